// The words and colours the certificate screens show for the core's values: statuses, levels,
// what falls due, coverage problems. The core speaks in enums; this is where they become the
// user's language.
#pragma once

#include <array>
#include <optional>

#include <wx/colour.h>
#include <wx/string.h>

#include "base/calendar_date.h"
#include "cert/certificate_model.h"
#include "cert/certificate_status.h"
#include "cert/certificate_warnings.h"
#include "cert/status_word.h"

namespace tqm::gui {

// Every status, in the order the legend lists them (best to worst).
inline constexpr std::array<cert::Status, 9> kAllStatuses = {
    cert::Status::Valid,   cert::Status::RenewalOpen,    cert::Status::ReviewDue,
    cert::Status::InGrace, cert::Status::NotYetRequired, cert::Status::NotYetValid,
    cert::Status::Expired, cert::Status::Revoked,        cert::Status::Missing,
};

// A word or two for a matrix cell: 有效, 可续证, 待复审 ...
wxString statusLabel(cert::Status status);
// What the status means, in a sentence, for the legend.
wxString statusExplanation(cert::Status status);
// The background of a cell or a row in the status.
wxColour statusColour(cert::Status status);

wxString levelLabel(cert::RequirementLevel level);
wxString dueKindLabel(cert::DueKind kind);
wxString coverageLabel(cert::CoverageProblem problem);
wxString reviewResultLabel(cert::ReviewResult result);
wxString sourceLabel(cert::CertificateSource source);

// "2026-11-24"; `none` when there is no date.
wxString dateText(std::optional<Date> date, const wxString& none = wxString());
// "还有 12 天", "今天", "已过 3 天".
wxString daysLeftText(int daysLeft);

}  // namespace tqm::gui
