#include "cert/assign/assign_texts.h"

#include <chrono>

#include <wx/intl.h>

#include "cert/cert_texts.h"
#include "cert/certificate_status.h"

namespace tqm::gui {

namespace {

wxString utf8(const std::string& text) {
    return wxString::FromUTF8(text);
}

// What is wrong with the certificate held (or that none is), on the assignment's first day.
wxString heldText(const cert::CertificateType& type, const std::optional<cert::Certificate>& held,
                  Date from) {
    if (!held) return _("No certificate of this type.");
    const cert::CertificateStatus status = cert::certificateStatus(*held, type, from);
    const wxString number = utf8(held->number);
    switch (status.status) {
        case cert::Status::Expired:
            return wxString::Format(_("Certificate %s ran out on %s."), number,
                                    dateText(status.validUntil));
        case cert::Status::Revoked:
            return wxString::Format(_("Certificate %s was revoked on %s."), number,
                                    dateText(status.revokedOn));
        case cert::Status::NotYetValid:
            return wxString::Format(_("Certificate %s is valid only from %s."), number,
                                    dateText(held->validFrom));
        default:
            return wxString::Format(_("Certificate %s: %s."), number, statusLabel(status.status));
    }
}

}  // namespace

wxString assignmentWarningText(const cert::AssignmentWarning& warning,
                               const cert::CertificateType& type,
                               const std::optional<cert::Certificate>& held, Date from) {
    const int daysAllowed = static_cast<int>((warning.requiredFrom - from).count());
    const wxString when =
        daysAllowed > 0
            ? wxString::Format(
                  wxPLURAL("It must be held from %s (%d day allowed to obtain it).",
                           "It must be held from %s (%d days allowed to obtain it).", daysAllowed),
                  dateText(warning.requiredFrom), daysAllowed)
            : wxString(_("It must be held from the first day."));
    // TRANSLATORS: a certificate type, what is wrong with the person's certificate, and from
    // when the position asks for it.
    return wxString::Format(_("%s: %s %s"), utf8(type.name), heldText(type, held, from), when);
}

wxString assignmentWarningHeading(const wxString& person, const wxString& position,
                                  std::size_t count) {
    return wxString::Format(
        wxPLURAL("%s does not meet this mandatory requirement of the key position %s:",
                 "%s does not meet these mandatory requirements of the key position %s:", count),
        person, position);
}

AssignRefusalText assignRefusalText(const cert::ActionRefusal& refusal, const wxString& person,
                                    const wxString& position,
                                    const std::optional<cert::AssignmentSpan>& overlapping) {
    if (refusal.code == "overlapping-assignment") {
        if (overlapping && !overlapping->to)
            return {AssignField::From,
                    wxString::Format(_("This overlaps %s's time as %s (from %s on). Choose other "
                                       "days, or end that assignment first."),
                                     person, position, dateText(overlapping->from))};
        if (overlapping)
            return {AssignField::From,
                    wxString::Format(_("This overlaps %s's time as %s (%s to %s). Choose other "
                                       "days."),
                                     person, position, dateText(overlapping->from),
                                     dateText(overlapping->to))};
        return {AssignField::From,
                wxString::Format(_("%s already holds %s on some of these days. Choose other days."),
                                 person, position)};
    }
    if (refusal.code == "dates-out-of-order")
        return {AssignField::To, _("The last day cannot be before the first day.")};
    if (refusal.code == "unknown-person")
        return {AssignField::Position,
                _("This person is no longer in the database. Close this window and choose the "
                  "person again.")};
    if (refusal.code == "unknown-position")
        return {AssignField::Position,
                _("This position is no longer in the database. Choose another one.")};
    return {AssignField::Position,
            wxString::Format(_("The assignment was not saved: %s"), utf8(refusal.message))};
}

wxString endRefusalText(const cert::ActionRefusal& refusal, Date pieceFrom) {
    if (refusal.code == "dates-out-of-order")
        return wxString::Format(
            _("The last day cannot be before %s, the first day of this assignment."),
            dateText(pieceFrom));
    if (refusal.code == "assignment-ended")
        return _("This assignment has already ended. Close this window to see its last day.");
    if (refusal.code == "unknown-assignment")
        return _(
            "This assignment is no longer in the database. Close this window to see the "
            "positions as they are now.");
    return wxString::Format(_("The assignment was not ended: %s"), utf8(refusal.message));
}

}  // namespace tqm::gui
