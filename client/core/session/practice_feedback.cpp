#include "session/practice_feedback.h"

#include <algorithm>
#include <charconv>

#include "bank/answer_matching.h"

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

namespace {

bool isBlankText(std::string_view text) {
    return text.find_first_not_of(" \t") == std::string_view::npos;
}

std::vector<MarkedPart> markChoices(const exam::PaperQuestion& question,
                                    const exam::Answer& answer) {
    std::vector<bool> correct;
    std::vector<bool> chosen;
    if (question.type == QuestionType::TrueFalse) {
        correct = {question.answerTrue, !question.answerTrue};
        chosen = {false, false};
        if (const auto* truth = std::get_if<exam::TrueFalseAnswer>(&answer))
            chosen[truth->value ? 0 : 1] = true;
    } else {
        for (const exam::PaperOption& option : question.options) correct.push_back(option.correct);
        chosen.assign(correct.size(), false);
        if (const auto* choice = std::get_if<exam::ChoiceAnswer>(&answer))
            for (std::size_t index : choice->chosen)
                if (index < chosen.size()) chosen[index] = true;
    }
    std::vector<MarkedPart> parts(correct.size());
    for (std::size_t i = 0; i < parts.size(); ++i) {
        parts[i].mark = chosen[i]    ? (correct[i] ? PartMark::Right : PartMark::Wrong)
                        : correct[i] ? PartMark::Missed
                                     : PartMark::Plain;
    }
    return parts;
}

std::vector<MarkedPart> markBlanks(const exam::PaperQuestion& question,
                                   const exam::Answer& answer) {
    const auto* given = std::get_if<exam::BlankAnswer>(&answer);
    std::vector<MarkedPart> parts;
    for (std::size_t i = 0; i < question.blanks.size(); ++i) {
        const exam::PaperBlank& frozen = question.blanks[i];
        MarkedPart part;
        part.accepted = blankAlternatives(frozen);
        const std::string_view text =
            given && i < given->texts.size() ? std::string_view(given->texts[i]) : "";
        if (isBlankText(text)) {
            part.mark = PartMark::Missed;
        } else {
            bank::Blank blank;
            blank.accepted.assign(frozen.accepted.begin(), frozen.accepted.end());
            blank.number = frozen.number;
            blank.tolerance = frozen.tolerance;
            part.mark = bank::blankAccepts(blank, text, question.caseSensitive) ? PartMark::Right
                                                                                : PartMark::Wrong;
        }
        parts.push_back(std::move(part));
    }
    return parts;
}

std::vector<MarkedPart> markOrder(const exam::PaperQuestion& question, const exam::Answer& answer) {
    const auto* given = std::get_if<exam::OrderAnswer>(&answer);
    const std::vector<std::size_t>& right = question.correctOrder;
    std::vector<MarkedPart> parts(question.options.size(), {PartMark::Missed, {}, 0});
    for (std::size_t place = 0; place < right.size(); ++place)
        if (right[place] < parts.size()) parts[right[place]].rightIndex = place;
    if (!given) return parts;
    for (std::size_t place = 0; place < given->order.size(); ++place) {
        const std::size_t item = given->order[place];
        if (item >= parts.size()) continue;
        const bool inPlace = place < right.size() && right[place] == item;
        parts[item].mark = inPlace ? PartMark::Right : PartMark::Wrong;
    }
    return parts;
}

std::vector<MarkedPart> markMatches(const exam::PaperQuestion& question,
                                    const exam::Answer& answer) {
    const auto* given = std::get_if<exam::MatchAnswer>(&answer);
    std::vector<MarkedPart> parts;
    for (std::size_t prompt = 0; prompt < question.matchPrompts.size(); ++prompt) {
        MarkedPart part{PartMark::Missed, {}, question.matchKey.at(prompt)};
        const std::optional<std::size_t> chosen =
            given && prompt < given->chosen.size() ? given->chosen[prompt] : std::nullopt;
        if (chosen) {
            // Two answers with the same text are interchangeable, as in scoring.
            const bool right =
                *chosen < question.matchAnswers.size() &&
                question.matchAnswers[*chosen] == question.matchAnswers[part.rightIndex];
            part.mark = right ? PartMark::Right : PartMark::Wrong;
        }
        parts.push_back(std::move(part));
    }
    return parts;
}

}  // namespace

std::vector<MarkedPart> markParts(const exam::PaperQuestion& question, const exam::Answer& answer) {
    switch (question.type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
        case QuestionType::TrueFalse:
            return markChoices(question, answer);
        case QuestionType::FillBlank:
            return markBlanks(question, answer);
        case QuestionType::Ordering:
            return markOrder(question, answer);
        case QuestionType::Matching:
            return markMatches(question, answer);
        case QuestionType::ShortAnswer:
            break;
    }
    return {};
}

}  // namespace tqm::session
