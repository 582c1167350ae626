// The words a course card uses about the end-of-course quiz (结业测验): where the person stands
// and what its button does, in the interface language.
#pragma once

#include <wx/string.h>

#include "session/course_quiz_state.h"

namespace tqm::gui {

// "Course quiz: passed with 8 / 10 points" and the like; nobody signed in without a state.
wxString courseQuizText(const session::CourseQuizState* state);
// "Take the quiz", "Continue the quiz", "Take it again"; empty when no attempt may start.
wxString courseQuizButtonLabel(const session::CourseQuizState& state);

}  // namespace tqm::gui
