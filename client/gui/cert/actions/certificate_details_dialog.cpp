#include "cert/actions/certificate_details_dialog.h"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "cert/actions/certificate_summary.h"
#include "cert/cert_texts.h"
#include "widgets/colours.h"
#include "widgets/list_columns.h"

namespace tqm::gui {

namespace {

const cert::Certificate* renewalOf(const cert::CertificateBook& book, std::int64_t id) {
    for (const cert::Certificate& candidate : book.certificates)
        if (candidate.renewsId == id) return &candidate;
    return nullptr;
}

}  // namespace

CertificateDetailsDialog::CertificateDetailsDialog(
    wxWindow* parent, std::shared_ptr<const CertificateSnapshot> snapshot,
    const cert::Certificate& certificate, Date today)
    : wxDialog(parent, wxID_ANY, _("Certificate details"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      snapshot_(std::move(snapshot)) {
    SetFont(parent->GetFont());
    const cert::CertificateBookIndex& index = *snapshot_->index;
    rows_.emplace_back(_("Origin"), sourceLabel(certificate.source));
    if (!certificate.evidenceFile.empty())
        rows_.emplace_back(_("Evidence file"), wxString::FromUTF8(certificate.evidenceFile));
    if (certificate.renewsId)
        if (const cert::Certificate* old = index.certificate(*certificate.renewsId))
            rows_.emplace_back(_("Renews"), wxString::FromUTF8(old->number));
    if (const cert::Certificate* newer = renewalOf(snapshot_->book, certificate.id))
        rows_.emplace_back(_("Renewed by"), wxString::FromUTF8(newer->number));
    if (certificate.revokedOn)
        rows_.emplace_back(_("Revoked"),
                           wxString::Format(_("from %s: %s"), dateText(certificate.revokedOn),
                                            wxString::FromUTF8(certificate.revokedReason)));

    // The record's other fields, in the same two columns as the summary.
    wxFlexGridSizer* more = certificateSummary(this, *snapshot_, certificate, today);
    for (const auto& [label, value] : rows_) {
        auto* name = new wxStaticText(this, wxID_ANY, label);
        name->SetForegroundColour(colour(Colour::MutedText));
        more->Add(name, wxSizerFlags().Right());
        more->Add(new wxStaticText(this, wxID_ANY, value), wxSizerFlags().Expand());
    }
    if (!certificate.verificationCode.empty()) {
        auto* name = new wxStaticText(this, wxID_ANY, _("Verification code"));
        name->SetForegroundColour(colour(Colour::MutedText));
        // A text box, so that the code can be selected and copied.
        auto* code =
            new wxTextCtrl(this, wxID_ANY, wxString::FromUTF8(certificate.verificationCode),
                           wxDefaultPosition, wxDefaultSize, wxTE_READONLY);
        more->Add(name, wxSizerFlags().Right().CentreVertical());
        more->Add(code, wxSizerFlags().Expand());
        rows_.emplace_back(_("Verification code"), code->GetValue());
    }

    reviews_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 120)),
                              wxLC_REPORT | wxLC_SINGLE_SEL);
    appendFittedColumn(*reviews_, _("Due on"), 95);
    appendFittedColumn(*reviews_, _("Done on"), 95);
    appendFittedColumn(*reviews_, _("Review result"), 70);
    appendFittedColumn(*reviews_, _("New last valid day"), 110);
    appendFittedColumn(*reviews_, _("Remarks"), 180);
    for (const cert::ReviewEvent& review : certificate.reviews) {
        const long row = reviews_->InsertItem(reviews_->GetItemCount(), dateText(review.dueOn));
        reviews_->SetItem(row, 1, dateText(review.doneOn, _("pending")));
        reviews_->SetItem(row, 2, review.result ? reviewResultLabel(*review.result) : wxString());
        reviews_->SetItem(row, 3, dateText(review.validUntil));
        reviews_->SetItem(row, 4, wxString::FromUTF8(review.note));
    }

    const int border = FromDIP(16);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(more, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));
    auto* heading = new wxStaticText(this, wxID_ANY, wxString());
    heading->SetFont(GetFont().Bold());
    heading->SetLabel(_("Reviews"));
    sizer->Add(heading, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(reviews_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(CreateStdDialogButtonSizer(wxCLOSE), wxSizerFlags().Expand().Border(wxALL, border));
    if (wxWindow* close = FindWindow(wxID_CLOSE)) close->SetLabel(_("Close"));
    SetSizerAndFit(sizer);
    SetSize(wxSize(std::max(GetSize().x, FromDIP(600)), GetSize().y));
    SetEscapeId(wxID_CLOSE);
    Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); }, wxID_CLOSE);
}

wxString CertificateDetailsDialog::valueOf(const wxString& label) const {
    for (const auto& [name, value] : rows_)
        if (name == label) return value;
    return {};
}

}  // namespace tqm::gui
