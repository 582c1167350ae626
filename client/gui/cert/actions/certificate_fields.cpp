#include "cert/actions/certificate_fields.h"

#include <wx/intl.h>

#include "cert/cert_texts.h"

namespace tqm::gui {

namespace {

std::string trimmed(const wxString& text) {
    wxString copy = text;
    return copy.Trim(true).Trim(false).utf8_string();
}

}  // namespace

CertificateFields::CertificateFields(wxWindow* dialog, Date today) {
    numberBox = new wxTextCtrl(dialog, wxID_ANY);
    numberBox->SetHint(_("As printed on the certificate"));
    issuedOn = new DateField(dialog, today);
    validFrom = new DateField(dialog, std::nullopt, DateField::Empty::Allowed);
    validUntil = new DateField(dialog, std::nullopt, DateField::Empty::Allowed);
    issuerBox = new wxTextCtrl(dialog, wxID_ANY);
    evidencePicker = new wxFilePickerCtrl(
        dialog, wxID_ANY, wxString(), _("Choose the scan or PDF of the certificate"),
        _("Scans and PDF files (*.pdf;*.jpg;*.jpeg;*.png)|*.pdf;*.PDF;*.jpg;*.JPG;*.jpeg;*.png;"
          "*.PNG|All files|*"),
        wxDefaultPosition, wxDefaultSize, wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
}

std::string CertificateFields::number() const {
    return trimmed(numberBox->GetValue());
}

std::string CertificateFields::issuer() const {
    return trimmed(issuerBox->GetValue());
}

std::string CertificateFields::evidence() const {
    return trimmed(evidencePicker->GetPath());
}

wxString defaultDayHint(std::optional<Date> day) {
    if (!day) return _("Default: never expires");
    return wxString::Format(_("Default: %s"), dateText(day));
}

}  // namespace tqm::gui
