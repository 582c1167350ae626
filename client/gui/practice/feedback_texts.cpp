#include "practice/feedback_texts.h"

#include <wx/intl.h>

#include "exam/points.h"
#include "widgets/value_texts.h"

namespace tqm::gui {

Verdict verdictOf(const session::PracticeFeedback& feedback) {
    using session::PracticeOutcome;
    if (feedback.outcome == PracticeOutcome::Unscored) return Verdict::Essay;
    if (feedback.outcome == PracticeOutcome::Skipped) return Verdict::Skipped;
    if (feedback.correct) return Verdict::Right;
    return feedback.score.earned > 0 ? Verdict::PartlyRight : Verdict::Wrong;
}

wxString verdictText(const session::PracticeFeedback& feedback) {
    switch (verdictOf(feedback)) {
        case Verdict::Right:
            return _("Right!");
        case Verdict::PartlyRight:
            return wxString::Format(_("Partly right: %s of %s points"),
                                    pointsLabel(feedback.score.earned),
                                    pointsLabel(feedback.score.max));
        case Verdict::Wrong:
            return _("Not right.");
        case Verdict::Skipped:
            return _("Skipped. Here is the correct answer.");
        case Verdict::Essay:
            return _("Compare your answer with the reference answer.");
    }
    return {};
}

wxString correctAnswerText(const exam::PaperQuestion& question,
                           const session::PracticeFeedback& feedback) {
    if (question.type == bank::QuestionType::TrueFalse)
        return question.answerTrue ? _("True") : _("False");
    return wxString::FromUTF8(feedback.correctAnswerReadable);
}

wxString bookText(const session::PracticeFeedback& feedback) {
    if (!feedback.bookEntry) return {};
    const exam::ReviewState& state = feedback.bookEntry->state;
    if (!state.inBook) return _("Answered right often enough: it has left your wrong-answer book.");
    const wxString due = dayText(state.due);
    if (feedback.outcome == session::PracticeOutcome::Reviewed) {
        return feedback.correct
                   ? wxString::Format(_("Review recorded. Next review on %s."), due)
                   : wxString::Format(_("Review recorded; it starts over. Next review on %s."),
                                      due);
    }
    return wxString::Format(_("Added to your wrong-answer book. Review it on %s."), due);
}

wxString progressText(std::size_t index, const session::RoundTally& tally) {
    return wxString::Format(_("Question %zu of %zu, %zu right"), index + 1, tally.questions,
                            tally.correct);
}

wxString dayText(std::chrono::sys_days day) {
    const std::chrono::year_month_day ymd(day);
    return wxString::Format("%04d-%02u-%02u", static_cast<int>(ymd.year()),
                            static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

}  // namespace tqm::gui
