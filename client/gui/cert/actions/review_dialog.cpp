#include "cert/actions/review_dialog.h"

#include <wx/intl.h>
#include <wx/panel.h>
#include <wx/statline.h>

#include "cert/actions/certificate_summary.h"
#include "cert/cert_texts.h"
#include "cert/certificate_desk.h"
#include "cert/certificate_status.h"

namespace tqm::gui {

ReviewDialog::ReviewDialog(wxWindow* parent, store::Database& database,
                           std::shared_ptr<const CertificateSnapshot> snapshot,
                           const cert::Certificate& certificate)
    : ActionDialog(parent, _("Record a review"), database),
      snapshot_(std::move(snapshot)),
      certificate_(certificate) {
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(certificateSummary(this, *snapshot_, certificate_, today()), wxSizerFlags().Expand());
    if (const cert::CertificateType* type =
            snapshot_->index->type(certificate_.certificateTypeId)) {
        const cert::CertificateStatus status =
            cert::certificateStatus(certificate_, *type, today());
        if (status.nextReviewDue) {
            auto* due = new wxStaticText(this, wxID_ANY, wxString());
            due->SetFont(GetFont().Bold());
            due->SetLabel(wxString::Format(_("The review recorded is the one due on %s."),
                                           dateText(status.nextReviewDue)));
            top->Add(due, wxSizerFlags().Border(wxTOP, FromDIP(10)));
        }
    }
    top->Add(new wxStaticLine(this), wxSizerFlags().Expand().Border(wxTOP, FromDIP(12)));

    done_ = new DateField(this, today());
    auto* results = new wxPanel(this);
    passed_ = new wxRadioButton(results, wxID_ANY, _("Passed"), wxDefaultPosition, wxDefaultSize,
                                wxRB_GROUP);
    failed_ = new wxRadioButton(results, wxID_ANY, _("Failed"));
    auto* resultRow = new wxBoxSizer(wxHORIZONTAL);
    resultRow->Add(passed_, wxSizerFlags().CentreVertical());
    resultRow->Add(failed_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(20)));
    results->SetSizer(resultRow);
    newValidUntil_ = new DateField(this, std::nullopt, DateField::Empty::Allowed);
    note_ = new wxTextCtrl(this, wxID_ANY);
    addRow(_("Done on"), done_, DeskField::DoneOn);
    addRow(_("Review result"), results);
    addRow(_("New last valid day"), newValidUntil_, DeskField::NewValidUntil);
    addRow(_("Remarks"), note_);
    finish(top, _("Record review"));
    resultChanged();

    passed_->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { resultChanged(); });
    failed_->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { resultChanged(); });
}

void ReviewDialog::choosePassed(bool passed) {
    (passed ? passed_ : failed_)->SetValue(true);
    resultChanged();
}

void ReviewDialog::resultChanged() {
    const bool passed = passed_->GetValue();
    newValidUntil_->Enable(passed);
    if (!passed) newValidUntil_->setValue(std::nullopt);
    setHint(DeskField::NewValidUntil,
            passed ? _("Only when the review moves the end of validity; empty keeps it.")
                   : _("A failed review ends the certificate on the day it was done."));
}

bool ReviewDialog::save() {
    clearRefusal();
    cert::ReviewRecord record;
    record.doneOn = *done_->value();
    record.result = passed_->GetValue() ? cert::ReviewResult::Passed : cert::ReviewResult::Failed;
    record.newValidUntil = newValidUntil_->value();
    wxString note = note_->GetValue();
    record.note = note.Trim(true).Trim(false).utf8_string();
    RequestFacts facts;
    facts.number = certificate_.number;
    facts.day = record.doneOn;
    return act(
        DeskAction::Review, facts,
        [&](cert::CertificateDesk& desk) { return desk.recordReview(certificate_.id, record); },
        [this](const cert::ReviewEvent&) { return certificate_.id; });
}

}  // namespace tqm::gui
