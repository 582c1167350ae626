#include "cert/actions/renew_certificate_dialog.h"

#include <wx/intl.h>
#include <wx/statline.h>

#include "cert/actions/certificate_summary.h"
#include "cert/cert_texts.h"
#include "cert/certificate_desk.h"
#include "cert/desk_defaults.h"

namespace tqm::gui {

RenewCertificateDialog::RenewCertificateDialog(wxWindow* parent, store::Database& database,
                                               std::shared_ptr<const CertificateSnapshot> snapshot,
                                               const cert::Certificate& old)
    : ActionDialog(parent, _("Renew a certificate"), database),
      snapshot_(std::move(snapshot)),
      old_(old),
      type_(snapshot_->index->type(old.certificateTypeId)),
      fields_(this, today()) {
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* heading = new wxStaticText(this, wxID_ANY, wxString());
    heading->SetFont(GetFont().Bold());
    heading->SetLabel(_("The certificate renewed"));
    top->Add(heading, wxSizerFlags().Border(wxBOTTOM, FromDIP(6)));
    top->Add(certificateSummary(this, *snapshot_, old_, today()), wxSizerFlags().Expand());
    top->Add(new wxStaticLine(this), wxSizerFlags().Expand().Border(wxTOP, FromDIP(12)));

    addRow(_("New number"), fields_.numberBox, DeskField::Number);
    addRow(_("Issued on"), fields_.issuedOn, DeskField::IssuedOn);
    addRow(_("Valid from"), fields_.validFrom, DeskField::ValidFrom);
    addRow(_("Valid until"), fields_.validUntil, DeskField::ValidUntil);
    addRow(_("Issuer"), fields_.issuerBox, DeskField::Issuer);
    addRow(_("Evidence file"), fields_.evidencePicker);
    fields_.issuerBox->SetHint(wxString::FromUTF8(old_.issuer));
    finish(top, _("Renew"));
    updateHints();

    Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent& event) {
        updateHints();
        event.Skip();
    });
}

void RenewCertificateDialog::updateHints() {
    const Date start = cert::renewalStart(old_, fields_.issueDay());
    setHint(DeskField::ValidFrom,
            old_.validUntil ? wxString::Format(_("Default: %s, the day after the old "
                                                 "certificate's last valid day"),
                                               dateText(start))
                            : wxString::Format(_("Default: %s, the issue day"), dateText(start)));
    if (type_)
        setHint(DeskField::ValidUntil, defaultDayHint(cert::defaultValidUntil(
                                           *type_, fields_.validFrom->value().value_or(start))));
    setHint(DeskField::Issuer,
            old_.issuer.empty()
                ? wxString()
                : wxString::Format(_("Default: %s"), wxString::FromUTF8(old_.issuer)));
}

bool RenewCertificateDialog::save() {
    clearRefusal();
    cert::RenewalRequest request;
    request.number = fields_.number();
    request.issuedOn = fields_.issueDay();
    request.validFrom = fields_.validFrom->value();
    request.validUntil = fields_.validUntil->value();
    request.issuer = fields_.issuer();
    request.evidenceFile = fields_.evidence();

    RequestFacts facts;
    facts.number = request.number;
    facts.day = request.issuedOn;
    facts.validFrom = request.validFrom.value_or(cert::renewalStart(old_, request.issuedOn));
    facts.validUntil = request.validUntil;
    if (!facts.validUntil && type_)
        facts.validUntil = cert::defaultValidUntil(*type_, *facts.validFrom);
    facts.oldIssuedOn = old_.issuedOn;
    facts.oldValidFrom = old_.validFrom;
    facts.oldRevokedOn = old_.revokedOn;
    return act(
        DeskAction::Renew, facts,
        [&](cert::CertificateDesk& desk) { return desk.renew(old_.id, request); },
        [](const cert::Certificate& saved) { return saved.id; });
}

}  // namespace tqm::gui
