// How the papers-and-exams tab words what the core reports: refusals of the exam service and
// problems with a blueprint, translated from their codes (the core's English text is shown only
// for a code the client does not know).
#pragma once

#include <wx/string.h>

#include "widgets/value_texts.h"

#include "base/diagnostic.h"
#include "exam/blueprint.h"
#include "session/exam_service.h"

namespace tqm::gui {

wxString organizerRefusalText(const session::Refusal& refusal);

// A sentence for one problem of a blueprint: reading it, checking it against its bank, a trial
// paper, or the rule counts.
wxString blueprintProblemText(const Diagnostic& problem);

// "第 2 大题第 1 条规则" for messages and lists.
wxString ruleName(std::size_t section, std::size_t rule);


}  // namespace tqm::gui
