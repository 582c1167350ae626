// The certificate desk's refusals (cert/action_refusal.h) in the user's words, and the field of
// the dialog each one concerns, so that a refused action keeps its dialog open with the reason
// right next to what has to be corrected.
#pragma once

#include <optional>
#include <string>

#include <wx/string.h>

#include "base/calendar_date.h"
#include "cert/action_refusal.h"

namespace tqm::gui {

enum class DeskAction { Issue, Renew, Revoke, Review };

// The fields of the action dialogs a refusal can point at; General for the dialog as a whole.
enum class DeskField {
    General,
    Person,
    Type,
    Number,
    IssuedOn,
    ValidFrom,
    ValidUntil,
    Issuer,
    RevokedOn,
    Reason,
    DoneOn,
    NewValidUntil,
};

// What the dialog asked for, to name it in the message.
struct RequestFacts {
    std::string number;             // the certificate entered (issue, renew) or acted on
    std::optional<Date> day;        // issued on, revoked on or done on
    std::optional<Date> validFrom;  // as the desk would take it
    std::optional<Date> validUntil;
    std::optional<Date> oldIssuedOn;  // the certificate acted on (renew, revoke)
    std::optional<Date> oldValidFrom;
    std::optional<Date> oldRevokedOn;
};

struct RefusalShown {
    DeskField field = DeskField::General;
    wxString text;
};

RefusalShown describeRefusal(DeskAction action, const cert::ActionRefusal& refusal,
                             const RequestFacts& facts);

}  // namespace tqm::gui
