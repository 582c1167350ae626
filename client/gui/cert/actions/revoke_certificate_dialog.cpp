#include "cert/actions/revoke_certificate_dialog.h"

#include <wx/intl.h>
#include <wx/statline.h>

#include "cert/actions/certificate_summary.h"
#include "cert/certificate_desk.h"
#include "widgets/colours.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

RevokeCertificateDialog::RevokeCertificateDialog(
    wxWindow* parent, store::Database& database,
    std::shared_ptr<const CertificateSnapshot> snapshot, const cert::Certificate& certificate)
    : ActionDialog(parent, _("Revoke a certificate"), database),
      snapshot_(std::move(snapshot)),
      certificate_(certificate) {
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(certificateSummary(this, *snapshot_, certificate_, today()), wxSizerFlags().Expand());
    warning_ = new wxStaticText(this, wxID_ANY, wxString());
    warning_->SetFont(GetFont().Bold());
    warning_->SetForegroundColour(colour(Colour::Error));
    setWrappedLabel(
        *warning_,
        _("A revocation cannot be undone. From the chosen day the certificate no longer counts "
          "for any position, it cannot be renewed, and the revocation is written to the audit "
          "log."),
        FromDIP(520));
    top->Add(new wxStaticLine(this), wxSizerFlags().Expand().Border(wxTOP, FromDIP(12)));
    top->Add(warning_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(12)));

    day_ = new DateField(this, today());
    reason_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 64)),
                             wxTE_MULTILINE);
    addRow(_("Revoked from"), day_, DeskField::RevokedOn);
    addRow(_("Reason for revoking"), reason_, DeskField::Reason);
    setHint(DeskField::RevokedOn, _("The first day the certificate no longer counts."));
    // Under the box rather than in it: GTK greys a multi-line box's text set after a hint.
    setHint(DeskField::Reason, _("For example: a serious breach of the inspection procedure"));
    finish(top, _("Revoke certificate"));
}

bool RevokeCertificateDialog::save() {
    clearRefusal();
    const Date on = *day_->value();
    wxString reason = reason_->GetValue();
    reason.Trim(true).Trim(false);
    RequestFacts facts;
    facts.number = certificate_.number;
    facts.day = on;
    facts.oldIssuedOn = certificate_.issuedOn;
    return act(
        DeskAction::Revoke, facts,
        [&](cert::CertificateDesk& desk) {
            return desk.revoke(certificate_.id, on, reason.utf8_string());
        },
        [](const cert::Certificate& saved) { return saved.id; });
}

}  // namespace tqm::gui
