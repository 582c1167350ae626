#include "question_display.h"

#include <cstdint>

#include "exam/blueprint.h"
#include "exam/points.h"
#include "session/practice_feedback.h"
#include "store/attempt_repository.h"

namespace tqm::cli {

namespace {

using bank::QuestionType;

std::string answerLine(const exam::Answer& answer) {
    if (std::holds_alternative<exam::NoAnswer>(answer)) return "  Your answer: (none)\n";
    return "  Your answer: " + exam::formatAnswer(answer) + "\n";
}

}  // namespace

std::string formatRemaining(std::int64_t millis) {
    const std::int64_t seconds = millis > 0 ? (millis + 999) / 1000 : 0;
    const std::int64_t hours = seconds / 3600;
    const std::int64_t minutes = seconds / 60 % 60;
    const auto two = [](std::int64_t n) { return (n < 10 ? "0" : "") + std::to_string(n); };
    if (hours > 0) return std::to_string(hours) + ":" + two(minutes) + ":" + two(seconds % 60);
    return std::to_string(minutes) + ":" + two(seconds % 60);
}

std::string displayOutcome(const exam::PaperQuestion& question, const exam::QuestionScore& score) {
    std::string out = "  " + std::string(exam::statusName(score.status)) + " (" +
                      exam::formatPoints(score.earned) + "/" + exam::formatPoints(score.max) +
                      "); answer: " + session::readableAnswerOf(question) + "\n";
    if (!question.explanation.empty()) out += "  解析: " + question.explanation + "\n";
    return out;
}

std::string answerHint(const exam::PaperQuestion& question) {
    switch (question.type) {
        case QuestionType::SingleChoice:
            return "the letter of one option, e.g. B";
        case QuestionType::MultipleChoice:
            return "the letters of every option you choose, e.g. AC";
        case QuestionType::TrueFalse:
            return "T (对) or F (错)";
        case QuestionType::FillBlank:
            return question.blanks.size() > 1 ? "one text per blank, separated by |, e.g. PDCA|戴明"
                                              : "the text of the blank";
        case QuestionType::Ordering:
            return "every letter once, in the right order, e.g. CABD";
        case QuestionType::Matching:
            return "prompt letter = answer number, e.g. A=2,B=1";
        case QuestionType::ShortAnswer:
            return "your answer as text (\\n for a new line)";
    }
    return {};
}

std::string displayQuestion(const exam::PaperQuestion& question, const QuestionHeader& header,
                            const exam::Answer& answer) {
    std::string out = "\n[" + std::to_string(header.seq) + "/" + std::to_string(header.count) +
                      "] " + std::string(bank::typeShortName(question.type)) + " (" +
                      exam::formatPoints(question.points) +
                      (question.points == 100 ? " point" : " points") + ")" +
                      (header.flagged ? "  [flagged]" : "") + "\n";
    out += question.stem + "\n";
    switch (question.type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
        case QuestionType::Ordering:
            for (std::size_t i = 0; i < question.options.size(); ++i)
                out += "  " + exam::optionLetter(i) + ". " + question.options[i].text + "\n";
            break;
        case QuestionType::Matching:
            for (std::size_t i = 0; i < question.matchPrompts.size(); ++i)
                out += "  " + exam::optionLetter(i) + ". " + question.matchPrompts[i] + "\n";
            for (std::size_t i = 0; i < question.matchAnswers.size(); ++i)
                out += "     " + std::to_string(i + 1) + ". " + question.matchAnswers[i] + "\n";
            break;
        default:
            break;
    }
    out += answerLine(answer);
    return out;
}

}  // namespace tqm::cli
