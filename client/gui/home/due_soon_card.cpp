#include "home/due_soon_card.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include "cert/cert_texts.h"
#include "widgets/colours.h"

namespace tqm::gui {

DueSoonCard::DueSoonCard(wxWindow* parent)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_THEME) {
    SetBackgroundColour(colour(Colour::Background));
    // Fonts before labels: a label's size is measured when it is set.
    auto* title = new wxStaticText(this, wxID_ANY, wxString());
    title->SetFont(GetFont().Scaled(1.2f).Bold());
    title->SetLabel(_("Certificates due soon"));
    count_ = new wxStaticText(this, wxID_ANY, wxString());
    count_->SetFont(GetFont().Scaled(1.1f));
    count_->SetLabel(_("Reading the certificates..."));
    coverage_ = new wxStaticText(this, wxID_ANY, wxString());
    items_ = new wxBoxSizer(wxVERTICAL);
    link_ = new wxHyperlinkCtrl(this, wxID_ANY, _("Show the full list"), wxString());
    link_->Bind(wxEVT_HYPERLINK, [this](wxHyperlinkEvent&) {
        if (onOpen_) onOpen_();
    });

    auto* heading = new wxBoxSizer(wxHORIZONTAL);
    heading->Add(title, wxSizerFlags().CentreVertical());
    heading->AddStretchSpacer();
    heading->Add(link_, wxSizerFlags().CentreVertical());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int pad = FromDIP(12);
    sizer->Add(heading, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, pad));
    sizer->Add(count_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, pad));
    sizer->Add(items_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, pad));
    sizer->Add(coverage_, wxSizerFlags().Border(wxALL, pad));
    SetSizer(sizer);
}

void DueSoonCard::refresh(LearnerWorkspace& workspace) {
    loader_.request(workspace, dateAt(workspace.clock().now()), [this](CertificateLoad load) {
        if (load.snapshot) {
            show(*load.snapshot);
        } else {
            count_->SetLabel(wxString::Format(_("The certificates could not be read: %s."),
                                              wxString::FromUTF8(load.failure)));
        }
    });
}

void DueSoonCard::show(const CertificateSnapshot& snapshot) {
    const std::vector<cert::DueItem>& due = snapshot.dueWithin(kHomeDueDays);
    count_->SetLabel(
        due.empty()
            ? wxString::Format(
                  wxPLURAL("Nothing expires or needs a review in the next %d day.",
                           "Nothing expires or needs a review in the next %d days.", kHomeDueDays),
                  kHomeDueDays)
            : wxString::Format(wxPLURAL("%zu certificate expires or needs a review in the next "
                                        "%d days.",
                                        "%zu certificates expire or need a review in the next "
                                        "%d days.",
                                        due.size()),
                               due.size(), kHomeDueDays));
    items_->Clear(true);
    itemTexts_.clear();
    const cert::CertificateBookIndex& index = *snapshot.index;
    for (std::size_t i = 0; i < due.size() && i < kHomeDueItems; ++i) {
        const cert::DueItem& item = due[i];
        const cert::PersonSummary* person = index.person(item.personId);
        const cert::CertificateType* type = index.type(item.certificateTypeId);
        // TRANSLATORS: due day, person, certificate, what is due and when, e.g.
        // "2026-03-02  沈立新  焊接质检员上岗证  到期（还有 12 天）".
        const wxString text =
            wxString::Format(_("%s  %s  %s  %s (%s)"), dateText(item.dueOn),
                             person ? wxString::FromUTF8(person->name) : wxString(),
                             type ? wxString::FromUTF8(type->name) : wxString(),
                             dueKindLabel(item.kind), daysLeftText(item.daysLeft));
        auto* line = new wxStaticText(this, wxID_ANY, text);
        items_->Add(line, wxSizerFlags().Border(wxBOTTOM, FromDIP(3)));
        itemTexts_.push_back(text);
    }
    if (due.size() > kHomeDueItems) {
        auto* more = new wxStaticText(
            this, wxID_ANY,
            wxString::Format(wxPLURAL("and %zu more", "and %zu more", due.size() - kHomeDueItems),
                             due.size() - kHomeDueItems));
        more->SetForegroundColour(colour(Colour::MutedText));
        items_->Add(more);
    }
    const std::size_t gaps = snapshot.coverage.size();
    coverage_->SetLabel(gaps == 0 ? _("Every key position has at least two qualified people.")
                                  : wxString::Format(wxPLURAL("%zu key position has fewer than "
                                                              "two qualified people.",
                                                              "%zu key positions have fewer "
                                                              "than two qualified people.",
                                                              gaps),
                                                     gaps));
    coverage_->SetForegroundColour(colour(gaps == 0 ? Colour::Correct : Colour::Warning));
    GetParent()->Layout();
}

}  // namespace tqm::gui
