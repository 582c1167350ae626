#include "cert/actions/desk_refusal_text.h"

#include <wx/intl.h>

#include "cert/cert_texts.h"

namespace tqm::gui {

namespace {

wxString utf8(const std::string& text) {
    return wxString::FromUTF8(text);
}

RefusalShown datesOutOfOrder(DeskAction action, const RequestFacts& facts) {
    if (action == DeskAction::Revoke)
        return {DeskField::RevokedOn,
                wxString::Format(_("The revocation day %s is before the certificate was issued "
                                   "on %s. Choose a later day."),
                                 dateText(facts.day), dateText(facts.oldIssuedOn))};
    return {DeskField::ValidUntil,
            wxString::Format(_("The last valid day %s is before the first valid day %s. Check "
                               "both dates on the certificate."),
                             dateText(facts.validUntil), dateText(facts.validFrom))};
}

RefusalShown invalidField(DeskAction action, const cert::ActionRefusal& refusal) {
    switch (action) {
        case DeskAction::Revoke:
            return {DeskField::Reason, _("Enter why the certificate is revoked.")};
        case DeskAction::Review:
            return {DeskField::NewValidUntil,
                    _("A failed review cannot extend the certificate: leave the new last valid "
                      "day empty.")};
        case DeskAction::Issue:
        case DeskAction::Renew:
            break;
    }
    return {DeskField::General,
            wxString::Format(_("The certificate could not be saved: %s"), utf8(refusal.message))};
}

}  // namespace

RefusalShown describeRefusal(DeskAction action, const cert::ActionRefusal& refusal,
                             const RequestFacts& facts) {
    const std::string& code = refusal.code;
    if (code == "empty-number") return {DeskField::Number, _("Enter the certificate number.")};
    if (code == "duplicate-number")
        return {DeskField::Number,
                wxString::Format(_("Certificate number %s is already in use. Check the number "
                                   "printed on the certificate."),
                                 utf8(facts.number))};
    if (code == "unknown-person")
        return {DeskField::Person, _("Choose the person who holds the certificate.")};
    if (code == "unknown-type") return {DeskField::Type, _("Choose the certificate type.")};
    if (code == "issued-in-future")
        return {DeskField::IssuedOn,
                wxString::Format(_("The issue day %s has not come yet. Enter the day printed on "
                                   "the certificate."),
                                 dateText(facts.day))};
    if (code == "dates-out-of-order") return datesOutOfOrder(action, facts);
    if (code == "renewal-not-later")
        return {DeskField::ValidFrom,
                wxString::Format(_("The new certificate must start after %s, the first valid "
                                   "day of the one it renews."),
                                 dateText(facts.oldValidFrom))};
    if (code == "renews-revoked")
        return {DeskField::General,
                wxString::Format(_("This certificate was revoked on %s and cannot be renewed. "
                                   "Issue a new certificate instead."),
                                 dateText(facts.oldRevokedOn))};
    if (code == "already-renewed")
        return {DeskField::General,
                _("This certificate has already been renewed. Renew the newer certificate "
                  "instead.")};
    if (code == "review-revoked")
        return {DeskField::General, _("A revoked certificate is not reviewed.")};
    if (code == "already-revoked")
        return {DeskField::General, _("This certificate has already been revoked.")};
    if (code == "unknown-certificate")
        return {DeskField::General,
                _("The certificate is no longer in the database. Close this window; the list "
                  "will be read again.")};
    if (code == "done-in-future")
        return {DeskField::DoneOn,
                wxString::Format(_("The review day %s has not come yet. Record a review once it "
                                   "has been done."),
                                 dateText(facts.day))};
    if (code == "review-recorded")
        return {DeskField::General, _("This review has already been recorded.")};
    if (code == "invalid-field") return invalidField(action, refusal);
    return {DeskField::General,
            wxString::Format(_("The certificate could not be saved: %s"), utf8(refusal.message))};
}

}  // namespace tqm::gui
