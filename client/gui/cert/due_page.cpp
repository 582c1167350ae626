#include "cert/due_page.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include "cert/cert_texts.h"
#include "widgets/colours.h"
#include "widgets/list_columns.h"

namespace tqm::gui {

DuePage::DuePage(wxWindow* parent) : wxPanel(parent) {
    days_ = new wxChoice(this, wxID_ANY);
    for (int days : kDueHorizons)
        days_->Append(wxString::Format(wxPLURAL("Next %d day", "Next %d days", days), days));
    days_->SetSelection(0);
    summary_ = new wxStaticText(this, wxID_ANY, wxString());
    summary_->SetFont(GetFont().Bold());
    list_ = new DueList(this);
    coverageHeading_ = new wxStaticText(this, wxID_ANY, wxString());
    coverageHeading_->SetFont(GetFont().Bold());
    coverage_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                               wxLC_REPORT | wxLC_SINGLE_SEL);
    appendFittedColumn(*coverage_, _("Key position"), 160);
    appendFittedColumn(*coverage_, _("Problem"), 190);
    appendFittedColumn(*coverage_, _("People in it"), 100);
    appendFittedColumn(*coverage_, _("Qualified"), 200);

    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(new wxStaticText(this, wxID_ANY, _("Falling due in the:")),
             wxSizerFlags().CentreVertical());
    top->Add(days_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));
    top->Add(summary_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(16)));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int border = FromDIP(8);
    sizer->Add(top, wxSizerFlags().Expand().Border(wxALL, border));
    sizer->Add(list_, wxSizerFlags(3).Expand().Border(wxLEFT | wxRIGHT, border));
    sizer->Add(coverageHeading_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(coverage_, wxSizerFlags(2).Expand().Border(wxALL, border));
    SetSizer(sizer);

    days_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { showDue(); });
}

int DuePage::days() const {
    const int at = days_->GetSelection();
    return kDueHorizons.at(at < 0 ? 0 : static_cast<std::size_t>(at));
}

void DuePage::setDays(int days) {
    for (std::size_t i = 0; i < kDueHorizons.size(); ++i)
        if (kDueHorizons[i] == days) days_->SetSelection(static_cast<int>(i));
    showDue();
}

void DuePage::show(std::shared_ptr<const CertificateSnapshot> snapshot) {
    snapshot_ = std::move(snapshot);
    showDue();
    showCoverage();
}

void DuePage::showDue() {
    list_->show(snapshot_, days());
    const std::size_t count = list_->itemCount();
    summary_->SetLabel(
        count == 0 ? wxString::Format(wxPLURAL("Nothing falls due in the next %d day.",
                                               "Nothing falls due in the next %d days.", days()),
                                      days())
                   : wxString::Format(wxPLURAL("%zu certificate or review falls due.",
                                               "%zu certificates or reviews fall due.", count),
                                      count));
    Layout();
}

void DuePage::showCoverage() {
    coverage_->DeleteAllItems();
    if (!snapshot_) return;
    const cert::CertificateBookIndex& index = *snapshot_->index;
    for (const cert::CoverageWarning& warning : snapshot_->coverage) {
        const cert::Position* position = index.position(warning.positionId);
        const long row = coverage_->InsertItem(
            coverage_->GetItemCount(), position ? wxString::FromUTF8(position->name) : wxString());
        coverage_->SetItem(row, 1, coverageLabel(warning.problem));
        coverage_->SetItem(row, 2, wxString::Format("%d", warning.assigned));
        wxString qualified;
        for (std::int64_t personId : warning.qualifiedPeople)
            if (const cert::PersonSummary* person = index.person(personId))
                qualified << wxString::FromUTF8(person->employeeNo + " " + person->name);
        coverage_->SetItem(row, 3, qualified);
        coverage_->SetItemBackgroundColour(
            row, statusColour(warning.problem == cert::CoverageProblem::NotCovered
                                  ? cert::Status::Missing
                                  : cert::Status::RenewalOpen));
        coverage_->SetItemTextColour(row, colour(Colour::Text));
    }
    const std::size_t count = snapshot_->coverage.size();
    coverageHeading_->SetLabel(
        count == 0 ? _("Every key position has at least two qualified people.")
                   : wxString::Format(wxPLURAL("%zu key position has fewer than two qualified "
                                               "people:",
                                               "%zu key positions have fewer than two qualified "
                                               "people:",
                                               count),
                                      count));
    Layout();
}

}  // namespace tqm::gui
