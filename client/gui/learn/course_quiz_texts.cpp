#include "learn/course_quiz_texts.h"

#include <wx/intl.h>

#include "exam/exam_texts.h"

namespace tqm::gui {

using session::QuizStanding;

wxString courseQuizText(const session::CourseQuizState* state) {
    if (!state) return _("Course quiz: sign in to take it.");
    const wxString best = state->bestEarned ? pointsLabel(*state->bestEarned) : wxString("0");
    const wxString max = pointsLabel(state->maxPoints);
    switch (state->standing) {
        case QuizStanding::NotTaken:
            return _("Course quiz: not taken yet.");
        case QuizStanding::InProgress:
            return _("Course quiz: in progress.");
        case QuizStanding::AwaitingMarking:
            return _("Course quiz: submitted, awaiting marking.");
        case QuizStanding::Passed:
            return wxString::Format(_("Course quiz: passed with %s / %s points."), best, max);
        case QuizStanding::Failed:
            return wxString::Format(wxPLURAL("Course quiz: not passed yet, best %s / %s points; "
                                             "%d attempt left.",
                                             "Course quiz: not passed yet, best %s / %s points; "
                                             "%d attempts left.",
                                             state->attemptsLeft),
                                    best, max, state->attemptsLeft);
        case QuizStanding::OutOfAttempts:
            return wxString::Format(_("Course quiz: not passed (best %s / %s points) and no "
                                      "attempt is left; ask the organizer for another."),
                                    best, max);
    }
    return {};
}

wxString courseQuizButtonLabel(const session::CourseQuizState& state) {
    if (state.standing == QuizStanding::InProgress) return _("Continue the quiz");
    if (state.attemptsLeft <= 0) return {};
    return state.standing == QuizStanding::NotTaken ? _("Take the quiz") : _("Take it again");
}

}  // namespace tqm::gui
