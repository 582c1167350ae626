#include "session/practice_session.h"

#include <algorithm>
#include <numeric>

#include "exam/seeded_random.h"
#include "exam/shown_order.h"
#include "session/practice_feedback.h"
#include "store/write_scope.h"

namespace tqm::session {

namespace {

using bank::QuestionType;

bool isEmptyAnswer(const exam::Answer& answer) {
    return std::holds_alternative<exam::NoAnswer>(answer);
}

}  // namespace

PracticeSession::PracticeSession(store::Database& database, const Clock& clock,
                                 const bank::Bank& bank, std::int64_t personId,
                                 const std::vector<PracticeItem>& items,
                                 const PracticeSettings& settings)
    : db_(database), clock_(clock), personId_(personId), settings_(settings) {
    exam::SeededRandom random(settings.seed);
    questions_.reserve(items.size());
    for (const PracticeItem& item : items) {
        const bank::Question& question = *item.question;
        const exam::FreezeRules rules{bank.scoringFor(question),
                                      exam::OrderingScoring::AllOrNothing};
        questions_.push_back(exam::freezeQuestion(
            bank.id, question,
            exam::randomShownOrder(question, settings.shuffleChoiceOptions, random), rules));
    }
}

PracticeFeedback PracticeSession::answer(std::size_t index, const exam::Answer& answer) {
    const exam::PaperQuestion& question = questions_.at(index);
    PracticeFeedback feedback;
    feedback.correctAnswer = exam::formatAnswer(correctAnswerOf(question));
    feedback.correctAnswerReadable = readableAnswerOf(question);
    feedback.parts = markParts(question, answer);
    feedback.explanation = question.explanation;
    feedback.score = exam::score(question, answer);

    if (question.type == QuestionType::ShortAnswer) {
        feedback.outcome = PracticeOutcome::Unscored;
        feedback.referenceAnswer = question.referenceAnswer;
        feedback.gradingNotes = question.gradingNotes;
        return feedback;
    }
    // Blanks left empty are no answer either, as the scorer judges them.
    if (isEmptyAnswer(answer) || feedback.score.status == exam::ScoreStatus::Unanswered) {
        feedback.outcome = PracticeOutcome::Skipped;
        return feedback;
    }
    feedback.correct = feedback.score.status == exam::ScoreStatus::Correct;
    feedback.bookEntry = recordOutcome(question, feedback.correct, feedback.outcome);
    return feedback;
}

PracticeTextResult PracticeSession::answerText(std::size_t index, std::string_view text) {
    exam::ParsedAnswer parsed = exam::parseAnswer(questions_.at(index), text);
    if (!parsed.ok()) return {std::move(parsed.errors), std::nullopt};
    return {{}, answer(index, parsed.answer)};
}

std::optional<store::BookEntry> PracticeSession::recordOutcome(const exam::PaperQuestion& question,
                                                               bool correct,
                                                               PracticeOutcome& outcome) {
    const TimePoint now = clock_.now();
    store::ReviewBookRepository book(db_, settings_.utcOffset);
    store::WriteScope scope(db_.sql(), "practice_answer_outcome");

    std::optional<store::BookEntry> entry =
        book.find(personId_, question.bankId, question.questionId);
    const bool review = entry && exam::isDue(entry->state, book.dayOf(now));
    std::optional<store::BookEntry> changed;
    if (review) {
        changed = book.recordReview(personId_, question.bankId, question.questionId, correct, now,
                                    settings_.review);
    } else if (!correct) {
        changed = book.recordWrong(personId_, question.bankId, question.questionId, now);
    }
    outcome = review ? PracticeOutcome::Reviewed : PracticeOutcome::Recorded;
    store::PracticeAnswerRepository(db_).record(
        {personId_, question.bankId, question.questionId, question.category, correct, now,
         review ? store::AnswerOrigin::Review : store::AnswerOrigin::Practice});
    scope.commit();
    return changed;
}

}  // namespace tqm::session
