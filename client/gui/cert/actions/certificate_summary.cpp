#include "cert/actions/certificate_summary.h"

#include <wx/intl.h>
#include <wx/stattext.h>

#include "cert/cert_texts.h"
#include "cert/certificate_status.h"
#include "widgets/colours.h"

namespace tqm::gui {

wxString validityText(const cert::Certificate& certificate) {
    // TRANSLATORS: a certificate's validity, from its first to its last valid day.
    return wxString::Format(_("%s to %s"), dateText(certificate.validFrom),
                            dateText(certificate.validUntil, _("no expiry")));
}

wxFlexGridSizer* certificateSummary(wxWindow* parent, const CertificateSnapshot& snapshot,
                                    const cert::Certificate& certificate, Date today) {
    const cert::CertificateBookIndex& index = *snapshot.index;
    const cert::CertificateType* type = index.type(certificate.certificateTypeId);
    const cert::PersonSummary* person = index.person(certificate.personId);

    auto* grid = new wxFlexGridSizer(2, parent->FromDIP(4), parent->FromDIP(12));
    grid->AddGrowableCol(1);
    auto row = [&](const wxString& label, const wxString& value, bool bold = false) {
        auto* name = new wxStaticText(parent, wxID_ANY, label);
        name->SetForegroundColour(colour(Colour::MutedText));
        auto* text = new wxStaticText(parent, wxID_ANY, wxString());
        if (bold) text->SetFont(parent->GetFont().Bold());
        text->SetLabel(value);
        grid->Add(name, wxSizerFlags().Right());
        grid->Add(text, wxSizerFlags().Expand());
    };
    row(_("Certificate number"), wxString::FromUTF8(certificate.number), true);
    if (type) row(_("Certificate"), wxString::FromUTF8(type->name));
    if (person) row(_("Holder"), wxString::FromUTF8(person->name + "  " + person->employeeNo));
    row(_("Issued on"), dateText(certificate.issuedOn));
    row(_("Validity"), validityText(certificate));
    row(_("Issuer"), wxString::FromUTF8(certificate.issuer));
    if (type)
        row(_("Status today"),
            statusLabel(cert::certificateStatus(certificate, *type, today).status));
    return grid;
}

}  // namespace tqm::gui
