#include "session/practice_feedback.h"

#include <charconv>

namespace tqm::session {

namespace {

using bank::QuestionType;

// The shortest text that reads back as the same double: "3.5", "0.1", "4".
std::string numberText(double value) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string blankText(const exam::PaperBlank& blank) {
    if (!blank.accepted.empty()) return blank.accepted.front();
    if (blank.number) return numberText(*blank.number);
    return {};
}

std::string blankAlternatives(const exam::PaperBlank& blank) {
    std::string out;
    for (const std::string& accepted : blank.accepted) {
        if (!out.empty()) out += " / ";
        out += accepted;
    }
    if (blank.number) {
        if (!out.empty()) out += " / ";
        out += numberText(*blank.number);
        if (blank.tolerance > 0) out += " ± " + numberText(blank.tolerance);
    }
    return out;
}

std::string labelled(const exam::PaperQuestion& question, std::size_t shown) {
    return exam::optionLetter(shown) + ". " + question.options[shown].text;
}

void appendJoined(std::string& out, const std::string& part, std::string_view separator) {
    if (!out.empty()) out += separator;
    out += part;
}

}  // namespace

exam::Answer correctAnswerOf(const exam::PaperQuestion& question) {
    switch (question.type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice: {
            exam::ChoiceAnswer answer;
            for (std::size_t i = 0; i < question.options.size(); ++i)
                if (question.options[i].correct) answer.chosen.push_back(i);
            return answer;
        }
        case QuestionType::TrueFalse:
            return exam::TrueFalseAnswer{question.answerTrue};
        case QuestionType::FillBlank: {
            exam::BlankAnswer answer;
            for (const exam::PaperBlank& blank : question.blanks)
                answer.texts.push_back(blankText(blank));
            return answer;
        }
        case QuestionType::Ordering:
            return exam::OrderAnswer{question.correctOrder};
        case QuestionType::Matching: {
            exam::MatchAnswer answer;
            for (std::size_t key : question.matchKey) answer.chosen.emplace_back(key);
            return answer;
        }
        case QuestionType::ShortAnswer:
            return exam::EssayAnswer{question.referenceAnswer};
    }
    return exam::NoAnswer{};
}

std::string readableAnswerOf(const exam::PaperQuestion& question) {
    std::string out;
    switch (question.type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
            for (std::size_t i = 0; i < question.options.size(); ++i)
                if (question.options[i].correct) appendJoined(out, labelled(question, i), "；");
            break;
        case QuestionType::TrueFalse:
            out = question.answerTrue ? "对" : "错";
            break;
        case QuestionType::FillBlank:
            for (std::size_t i = 0; i < question.blanks.size(); ++i) {
                const std::string alternatives = blankAlternatives(question.blanks[i]);
                appendJoined(out,
                             question.blanks.size() == 1
                                 ? alternatives
                                 : "(" + std::to_string(i + 1) + ") " + alternatives,
                             "；");
            }
            break;
        case QuestionType::Ordering:
            for (std::size_t shown : question.correctOrder)
                appendJoined(out, labelled(question, shown), " → ");
            break;
        case QuestionType::Matching:
            for (std::size_t prompt = 0; prompt < question.matchPrompts.size(); ++prompt) {
                const std::size_t key = question.matchKey[prompt];
                appendJoined(out,
                             exam::optionLetter(prompt) + ". " + question.matchPrompts[prompt] +
                                 " — " + std::to_string(key + 1) + ". " +
                                 question.matchAnswers[key],
                             "；");
            }
            break;
        case QuestionType::ShortAnswer:
            out = question.referenceAnswer;
            break;
    }
    return out;
}

}  // namespace tqm::session
