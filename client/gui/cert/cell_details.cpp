#include "cert/cell_details.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include "cert/cert_texts.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

namespace {

wxString personText(const cert::PersonSummary& person) {
    return wxString::Format("%s  %s", wxString::FromUTF8(person.employeeNo),
                            wxString::FromUTF8(person.name));
}

}  // namespace

wxString certificateSummary(const CertificateSnapshot& snapshot,
                            const cert::RequirementStatusRow& row) {
    wxString text;
    const cert::Certificate* certificate =
        row.certificateId ? snapshot.index->certificate(*row.certificateId) : nullptr;
    if (!certificate) {
        if (row.status == cert::Status::NotYetRequired)
            text << wxString::Format(_("Required from %s."), dateText(row.requiredFrom)) << "\n";
        else
            text << _("No certificate of this type is held.") << "\n";
        return text;
    }
    const cert::CertificateStatus& status = row.certificate;
    text << wxString::Format(_("Certificate number: %s"), wxString::FromUTF8(certificate->number))
         << "\n";
    text << wxString::Format(_("Issued on: %s"), dateText(certificate->issuedOn)) << "\n";
    text << wxString::Format(_("Valid from: %s"), dateText(certificate->validFrom)) << "\n";
    text << wxString::Format(_("Valid until: %s"), dateText(status.validUntil, _("no expiry")))
         << "\n";
    if (status.nextReviewDue)
        text << wxString::Format(_("Next review: %s"), dateText(status.nextReviewDue)) << "\n";
    if (status.renewalOpensOn)
        text << wxString::Format(_("Renewal opens: %s"), dateText(status.renewalOpensOn)) << "\n";
    if (status.graceEndsOn)
        text << wxString::Format(_("Grace ends: %s"), dateText(status.graceEndsOn)) << "\n";
    if (status.revokedOn)
        text << wxString::Format(_("Revoked on: %s"), dateText(status.revokedOn)) << "\n";
    return text;
}

CellDetails::CellDetails(wxWindow* parent) : wxPanel(parent) {
    heading_ = new wxStaticText(this, wxID_ANY, wxString());
    heading_->SetFont(GetFont().Bold());
    body_ = new wxStaticText(this, wxID_ANY, wxString());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading_, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(6)));
    sizer->Add(body_, wxSizerFlags(1).Expand());
    SetSizer(sizer);
    SetMinSize(FromDIP(wxSize(230, -1)));
    clear();
}

void CellDetails::clear() {
    setText(_("Cell details"), _("Choose a cell to see the certificate number and dates."));
}

void CellDetails::setText(const wxString& heading, const wxString& body) {
    const int width = FromDIP(225);
    heading_->SetLabel(wrappedText(*heading_, heading, width));
    body_->SetLabel(wrappedText(*body_, body, width));
    Layout();
}

void CellDetails::showCell(const CertificateSnapshot& snapshot, cert::MatrixAxis axis,
                           std::int64_t rowId, std::int64_t typeId) {
    const cert::CertificateType* type = snapshot.index->type(typeId);
    if (!type) return clear();
    const wxString typeName = wxString::FromUTF8(type->name);
    wxString body;
    const auto rows = snapshot.rowsOf(axis, rowId, typeId);
    if (axis == cert::MatrixAxis::People) {
        const cert::PersonSummary* person = snapshot.index->person(rowId);
        if (!person) return clear();
        if (rows.empty()) body << _("None of this person's positions asks for this certificate.");
        for (const cert::RequirementStatusRow* row : rows) {
            const cert::Position* position = snapshot.index->position(row->positionId);
            // TRANSLATORS: position, requirement level and status, e.g. "Inspector, mandatory:
            // valid".
            body << wxString::Format(_("%s, %s: %s"),
                                     position ? wxString::FromUTF8(position->name) : wxString(),
                                     levelLabel(row->level), statusLabel(row->status))
                 << "\n";
        }
        if (!rows.empty()) body << "\n" << certificateSummary(snapshot, *rows.front());
        setText(personText(*person) + "\n" + typeName, body);
        return;
    }
    const cert::Position* position = snapshot.index->position(rowId);
    if (!position) return clear();
    if (rows.empty()) body << _("Nobody in this position holds or needs this certificate today.");
    for (const cert::RequirementStatusRow* row : rows) {
        const cert::PersonSummary* person = snapshot.index->person(row->personId);
        const cert::Certificate* certificate =
            row->certificateId ? snapshot.index->certificate(*row->certificateId) : nullptr;
        body << wxString::Format(_("%s: %s"), person ? personText(*person) : wxString(),
                                 statusLabel(row->status));
        if (certificate) body << "  " << wxString::FromUTF8(certificate->number);
        body << "\n";
    }
    setText(wxString::FromUTF8(position->name) + "\n" + typeName, body);
}

}  // namespace tqm::gui
