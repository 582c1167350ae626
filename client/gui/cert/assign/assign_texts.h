// The words of assigning people to positions: each warning of CertificateDesk::assignmentWarnings
// as a sentence naming the certificate type and what is wrong with it, and each refusal of
// assign() or endAssignment() translated, with what to do next.
#pragma once

#include <optional>

#include <wx/string.h>

#include "cert/action_refusal.h"
#include "cert/assignment_spans.h"
#include "cert/certificate_model.h"
#include "cert/certificate_warnings.h"

namespace tqm::gui {

// "质量检验员上岗证：证书 ZJ-QI-2024-0011 已于 2025-07-05 过期。上岗当天即须持证。" `held` is the
// warning's certificate, when the person holds one; `from` is the assignment's first day.
wxString assignmentWarningText(const cert::AssignmentWarning& warning,
                               const cert::CertificateType& type,
                               const std::optional<cert::Certificate>& held, Date from);

// The sentence above the warnings: who lacks what the key position asks for.
wxString assignmentWarningHeading(const wxString& person, const wxString& position,
                                  std::size_t count);

// Which field a refusal of assign() is about, to show it next to that field.
enum class AssignField { Position, From, To };

struct AssignRefusalText {
    AssignField field = AssignField::Position;
    wxString text;
};

// `overlapping` is the span the new days collide with (for overlapping-assignment).
AssignRefusalText assignRefusalText(const cert::ActionRefusal& refusal, const wxString& person,
                                    const wxString& position,
                                    const std::optional<cert::AssignmentSpan>& overlapping);

// A refusal of endAssignment(); `pieceFrom` is the first day of the assignment being ended.
wxString endRefusalText(const cert::ActionRefusal& refusal, Date pieceFrom);

}  // namespace tqm::gui
