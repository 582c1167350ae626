// The competition reader's rounds, their settings and their questions, and the helpers its
// files share.
#include <algorithm>
#include <charconv>
#include <set>
#include <sstream>

#include "bank/native_reader.h"
#include "compete/team_contest_parse.h"

namespace tqm::compete::contest_parse {

void Context::error(pugi::xml_node element, std::string code, std::string message) {
    const auto offset = static_cast<std::size_t>(element.offset_debug());
    errorAt(offset > 0 ? offset - 1 : 0, std::move(code), std::move(message));
}

void Context::errorAt(std::size_t offset, std::string code, std::string message) {
    const TextPosition at = lines_.position(offset);
    sink_.error(at.line, at.column, std::move(code), std::move(message));
}

std::string Context::requiredAttribute(pugi::xml_node element, const char* name) {
    std::string value = trimmed(element.attribute(name).value());
    if (value.empty())
        error(element, "missing-attribute",
              "<" + std::string(element.name()) + "> has no " + name + " attribute");
    return value;
}

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

bool isColour(std::string_view text) {
    return text.size() == 7 && text[0] == '#' &&
           std::all_of(text.begin() + 1, text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
           });
}

namespace {

std::optional<int> parseWhole(std::string_view text) {
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

}  // namespace

std::optional<int> wholeAttribute(pugi::xml_node element, const char* name, Context& context,
                                  int low, int high) {
    const pugi::xml_attribute attribute = element.attribute(name);
    if (!attribute) return std::nullopt;
    const auto value = parseWhole(attribute.value());
    if (!value || *value < low || *value > high) {
        context.error(element, "invalid-value",
                      "<" + std::string(element.name()) + ">: " + name + "=\"" + attribute.value() +
                          "\" is not a whole number from " + std::to_string(low) + " to " +
                          std::to_string(high));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> boolAttribute(pugi::xml_node element, const char* name, Context& context) {
    const pugi::xml_attribute attribute = element.attribute(name);
    if (!attribute) return std::nullopt;
    const std::string_view value = attribute.value();
    if (value == "true") return true;
    if (value == "false") return false;
    context.error(element, "invalid-value",
                  "<" + std::string(element.name()) + ">: " + name + "=\"" + attribute.value() +
                      "\" is neither true nor false");
    return std::nullopt;
}

BankSource loadBank(const std::string& bankFile, const std::filesystem::path& baseDir,
                    pugi::xml_node bankElement, Context& context) {
    BankSource source;
    if (bankFile.empty()) return source;
    bank::ReadResult read = bank::readBankFile(baseDir / bankFile, {.checkImageFiles = false});
    if (!read.ok()) {
        context.error(bankElement, "bad-bank",
                      "the bank \"" + bankFile +
                          "\" cannot be read or has errors; check it with tqm bank lint");
        return source;
    }
    source.present = true;
    source.bank = std::move(read.bank);
    return source;
}

ContestQuestion contestQuestionOf(const bank::Question& question) {
    ContestQuestion out;
    out.id = question.id;
    std::ostringstream text, answer;
    text << question.stem;
    using bank::QuestionType;
    switch (question.type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
            for (std::size_t i = 0; i < question.choices.size(); ++i) {
                const char letter = static_cast<char>('A' + i);
                text << '\n' << letter << ". " << question.choices[i].text;
                if (question.choices[i].correct) answer << letter;
            }
            break;
        case QuestionType::TrueFalse:
            answer << (question.answerTrue ? "正确" : "错误");
            break;
        case QuestionType::FillBlank:
            for (std::size_t i = 0; i < question.blanks.size(); ++i)
                answer << (i ? "；" : "")
                       << (question.blanks[i].accepted.empty() ? std::string_view{}
                                                               : question.blanks[i].accepted[0]);
            break;
        case QuestionType::Ordering:
            for (std::size_t i = 0; i < question.choices.size(); ++i)
                answer << (i ? " → " : "") << question.choices[i].text;
            break;
        case QuestionType::Matching:
            for (std::size_t i = 0; i < question.pairs.size(); ++i)
                answer << (i ? "；" : "") << question.pairs[i].prompt << " — "
                       << question.pairs[i].answer;
            break;
        case QuestionType::ShortAnswer:
            answer << question.referenceAnswer;
            break;
    }
    out.text = text.str();
    out.answer = answer.str();
    return out;
}

namespace {

std::optional<RoundKind> kindOf(std::string_view name) {
    for (RoundKind kind :
         {RoundKind::Required, RoundKind::BuzzIn, RoundKind::Risk, RoundKind::Speed})
        if (roundKindName(kind) == name) return kind;
    return std::nullopt;
}

// The settings each kind of round has (competition.xsd); any other attribute is most likely a
// misspelt one, which would otherwise silently keep its default.
std::vector<std::string_view> settingsOf(RoundKind kind) {
    switch (kind) {
        case RoundKind::Required:
            return {"title", "points", "deduction", "answer-seconds"};
        case RoundKind::BuzzIn:
            return {"title",     "points",         "deduction",      "foul-penalty",
                    "foul-bars", "window-seconds", "answer-seconds", "rebound"};
        case RoundKind::Risk:
            return {"title", "values", "pass", "answer-seconds"};
        case RoundKind::Speed:
            return {"title", "duration-seconds", "points", "deduction"};
    }
    return {};
}

void reportUnknownSettings(pugi::xml_node element, Context& context, RoundKind kind) {
    const std::vector<std::string_view> known = settingsOf(kind);
    for (pugi::xml_attribute attribute : element.attributes()) {
        if (std::find(known.begin(), known.end(), attribute.name()) != known.end()) continue;
        std::string list;
        for (const std::string_view name : known)
            list += (list.empty() ? "" : ", ") + std::string(name);
        context.error(element, "unknown-attribute",
                      "<" + std::string(element.name()) + "> has no setting \"" + attribute.name() +
                          "\"; its settings are " + list);
    }
}

void readSettings(pugi::xml_node element, Context& context, Round& round) {
    reportUnknownSettings(element, context, round.kind);
    RoundRules& rules = round.rules;
    constexpr int kMaxPoints = 10000;
    const auto set = [](std::optional<int> value, int& into) {
        if (value) into = *value;
    };
    set(wholeAttribute(element, "points", context, 0, kMaxPoints), rules.points);
    set(wholeAttribute(element, "deduction", context, 0, kMaxPoints), rules.deduction);
    set(wholeAttribute(element, "foul-penalty", context, 0, kMaxPoints), rules.foulPenalty);
    set(wholeAttribute(element, "window-seconds", context, 1, 600), rules.windowSeconds);
    set(wholeAttribute(element, "answer-seconds", context, 1, 3600), rules.answerSeconds);
    set(wholeAttribute(element, "duration-seconds", context, 1, 3600), rules.durationSeconds);
    if (const auto bars = boolAttribute(element, "foul-bars", context)) rules.foulBars = *bars;
    if (const auto rebound = boolAttribute(element, "rebound", context)) rules.rebound = *rebound;
    if (const auto pass = boolAttribute(element, "pass", context)) rules.passAllowed = *pass;
    if (round.kind != RoundKind::Risk) return;
    std::istringstream values(element.attribute("values").value());
    std::string word;
    std::set<int> seen;
    while (values >> word) {
        const auto value = parseWhole(word);
        if (!value || *value <= 0 || *value > kMaxPoints || !seen.insert(*value).second) {
            context.error(element, "invalid-value",
                          "<risk>: values=\"" + std::string(element.attribute("values").value()) +
                              "\" must list different whole numbers above 0, e.g. \"10 20 30\"");
            return;
        }
        rules.values.push_back(*value);
    }
    if (rules.values.empty())
        context.error(element, "missing-attribute",
                      "<risk> has no values attribute; list the stakes, e.g. values=\"10 20 30\"");
}

void readQuestion(pugi::xml_node element, Context& context, const BankSource& source,
                  Round& round) {
    const std::string ref = trimmed(element.attribute("ref").value());
    // A bank question written out (as a started competition keeps it) needs no bank.
    if (!ref.empty() && !element.child("text")) {
        if (!source.present) {
            context.error(element, "no-bank",
                          "question \"" + ref +
                              "\" names a bank question but the competition "
                              "names no readable <bank file=\"...\"/>");
        } else if (const bank::Question* question = source.bank.findQuestion(ref)) {
            round.questions.push_back(contestQuestionOf(*question));
        } else {
            context.error(element, "unknown-question", "the bank has no question \"" + ref + "\"");
        }
        return;
    }
    ContestQuestion question;
    question.id = ref;
    question.text = trimmed(element.child("text").text().get());
    question.answer = trimmed(element.child("answer").text().get());
    if (question.text.empty() || question.answer.empty()) {
        context.error(element, "incomplete-question",
                      "a question written in the file needs both <text> and <answer>");
        return;
    }
    round.questions.push_back(std::move(question));
}

}  // namespace

void readRound(pugi::xml_node element, Context& context, const BankSource& source,
               TeamContest& contest) {
    const auto kind = kindOf(element.name());
    if (!kind) {
        context.error(element, "unknown-element",
                      "<" + std::string(element.name()) +
                          "> is not a round; write <required>, <buzz-in>, <risk> or <speed>");
        return;
    }
    Round round;
    round.kind = *kind;
    round.title = trimmed(element.attribute("title").value());
    readSettings(element, context, round);
    bool anyQuestion = false;
    for (pugi::xml_node question : element.children("question")) {
        anyQuestion = true;
        readQuestion(question, context, source, round);
    }
    if (!anyQuestion)
        context.error(element, "round-without-questions",
                      "round " + std::to_string(contest.rounds.size() + 1) + " \"" + round.title +
                          "\" has no questions");
    contest.rounds.push_back(std::move(round));
}

}  // namespace tqm::compete::contest_parse
