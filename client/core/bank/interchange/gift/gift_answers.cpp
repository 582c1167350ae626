#include "bank/interchange/gift/gift_answers.h"

#include <cmath>
#include <optional>

#include "bank/interchange/common/import_support.h"
#include "base/text_normalize.h"

namespace tqm::bank {

namespace {

constexpr auto npos = std::string_view::npos;

struct Answer {
    char marker = 0;               // '=' or '~'
    std::optional<double> weight;  // the percentage of a "%50%" prefix
    std::string_view body;         // after the weight, feedback included
};

// Reads one section's answers into the question, collecting what cannot be kept.
class AnswerReader {
  public:
    AnswerReader(GiftFormat format, Bank& bank, Question& question, std::vector<GiftIssue>& issues)
        : format_(format), bank_(bank), q_(question), issues_(issues) {}

    bool essay() {
        q_.type = QuestionType::ShortAnswer;
        // Moodle shows an essay's general feedback after the attempt: it is where GIFT authors
        // put the model answer, so it becomes the reference answer the marker works from.
        q_.referenceAnswer = q_.explanation;
        q_.explanation = {};
        if (q_.referenceAnswer.empty()) {
            warning("gift-no-reference",
                    "an essay has no reference answer (write one after ####); add it to the bank "
                    "before the question is marked");
        }
        return true;
    }
    bool choice(std::string_view section);
    bool matching(std::string_view section);
    bool trueFalse(std::string_view section, bool value);
    bool shortAnswer(std::string_view section);
    bool numerical(std::string_view section);

    void error(std::string code, std::string message) {
        issues_.push_back({Severity::Error, std::move(code), std::move(message)});
    }
    void warning(std::string code, std::string message) {
        issues_.push_back({Severity::Warning, std::move(code), std::move(message)});
    }
    // Called once the answers are read: one warning for all the feedback the model cannot keep.
    void reportDroppedFeedback();

  private:
    // Splits at unescaped `markers`; false (with an error) on text before the first marker or
    // a weight that is not a number.
    bool split(std::string_view section, std::string_view markers, std::vector<Answer>& out);
    // The body without its "#feedback", counting the feedback as dropped.
    std::string_view withoutFeedback(std::string_view body);
    std::string plain(std::string_view body) {
        return giftPlainText(body, takeGiftFormat(body, format_));
    }
    void reportPartialCredit(const std::vector<std::string>& dropped);

    GiftFormat format_;
    Bank& bank_;
    Question& q_;
    std::vector<GiftIssue>& issues_;
    std::size_t droppedFeedback_ = 0;
};

bool AnswerReader::split(std::string_view section, std::string_view markers,
                         std::vector<Answer>& out) {
    std::size_t at = npos;
    for (char m : markers) at = std::min(at, findUnescaped(section, std::string_view(&m, 1)));
    if (at == npos || !trimSpaces(section.substr(0, at)).empty()) {
        error("gift-unsupported", "the answer section has text before its first answer (" +
                                      inQuotes(section.substr(0, std::min(at, section.size()))) +
                                      "); each answer starts with " +
                                      (markers.size() == 1 ? "=" : "= or ~"));
        return false;
    }
    while (at != npos) {
        std::size_t next = npos;
        for (char m : markers)
            next = std::min(next, findUnescaped(section, std::string_view(&m, 1), at + 1));
        Answer answer;
        answer.marker = section[at];
        answer.body = section.substr(at + 1, next == npos ? npos : next - at - 1);
        const std::string_view body = trimSpaces(answer.body);
        if (body.starts_with('%')) {
            const std::size_t close = body.find('%', 1);
            const auto weight =
                close == npos ? std::nullopt : parseDecimal(body.substr(1, close - 1));
            if (!weight) {
                error("gift-bad-weights",
                      "the weight in " + inQuotes(answer.body) + " is not a percentage like %50%");
                return false;
            }
            answer.weight = weight;
            answer.body = body.substr(close + 1);
        }
        out.push_back(answer);
        at = next;
    }
    return true;
}

std::string_view AnswerReader::withoutFeedback(std::string_view body) {
    const std::size_t hash = findUnescaped(body, "#");
    if (hash == npos) return body;
    if (!trimSpaces(body.substr(hash + 1)).empty()) ++droppedFeedback_;
    return body.substr(0, hash);
}

void AnswerReader::reportDroppedFeedback() {
    if (droppedFeedback_ == 0) return;
    warning("gift-feedback-dropped",
            "a bank question keeps one explanation, not feedback per answer; " +
                std::to_string(droppedFeedback_) +
                (droppedFeedback_ == 1 ? " answer feedback was dropped"
                                       : " answer feedbacks were dropped"));
}

void AnswerReader::reportPartialCredit(const std::vector<std::string>& dropped) {
    if (dropped.empty()) return;
    std::string list;
    for (const std::string& d : dropped) list += (list.empty() ? "" : ", ") + d;
    warning("gift-partial-credit-dropped",
            "the bank gives no partial credit for single answers, so " + list +
                (dropped.size() == 1 ? " is" : " are") + " now treated as wrong");
}

bool AnswerReader::choice(std::string_view section) {
    std::vector<Answer> answers;
    if (!split(section, "=~", answers)) return false;
    bool singleAnswer = false;  // Moodle: any "=" makes it a one-right-answer question
    for (const Answer& a : answers) singleAnswer = singleAnswer || a.marker == '=';

    std::vector<std::string> partial;
    std::vector<double> positive;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const Answer& a = answers[i];
        const std::string text = plain(withoutFeedback(a.body));
        if (text.empty()) {
            error("gift-empty-answer", "answer " + std::to_string(i + 1) + " has no text");
            return false;
        }
        const double weight = a.weight.value_or(a.marker == '=' ? 100.0 : 0.0);
        bool correct = weight > 0;
        if (singleAnswer && a.marker == '~' && weight > 0) {
            partial.push_back(inQuotes(text) + " (" + formatDecimal(weight) + "%)");
            correct = false;
        }
        if (correct) positive.push_back(weight);
        q_.choices.push_back({bank_.keep(text), correct});
    }
    if (positive.empty()) {
        error("gift-no-correct-answer",
              "no answer is marked right; mark one with = or give weights such as ~%50%");
        return false;
    }
    if (singleAnswer) {
        if (positive.size() > 1) {
            error("gift-several-correct",
                  std::to_string(positive.size()) +
                      " answers are marked right with =; a question with several right answers "
                      "gives each a weight such as ~%50%");
            return false;
        }
        q_.type = QuestionType::SingleChoice;
        reportPartialCredit(partial);
        return true;
    }
    double sum = 0;
    for (double w : positive) sum += w;
    if (std::fabs(sum - 100.0) > 0.05) {
        error("gift-bad-weights", "the positive weights add up to " + formatDecimal(sum) +
                                      "%; they must add up to 100%");
        return false;
    }
    if (positive.size() == 1) {
        q_.type = QuestionType::SingleChoice;
        return true;
    }
    q_.type = QuestionType::MultipleChoice;
    q_.scoring = MultipleChoiceScoring::Partial;
    for (double w : positive) {
        if (std::fabs(w - positive.front()) > 0.05) {
            warning("gift-unequal-weights",
                    "the right answers have different weights; the bank's partial scoring gives "
                    "each right answer an equal share");
            break;
        }
    }
    return true;
}

bool AnswerReader::matching(std::string_view section) {
    std::vector<Answer> answers;
    if (!split(section, "=", answers)) return false;
    std::vector<std::string> extras;
    for (const Answer& a : answers) {
        const std::size_t arrow = findUnescaped(a.body, "->");
        if (arrow == npos) {
            error("gift-bad-matching", "the answer " + inQuotes(a.body) +
                                           " has no \"->\"; matching answers are written "
                                           "=prompt -> answer");
            return false;
        }
        const std::string prompt = plain(a.body.substr(0, arrow));
        const std::string answer = plain(a.body.substr(arrow + 2));
        if (answer.empty()) {
            error("gift-empty-answer",
                  "the prompt " + inQuotes(prompt) + " has no answer after ->");
            return false;
        }
        if (prompt.empty()) {
            extras.push_back(inQuotes(answer));
            continue;
        }
        q_.pairs.push_back({bank_.keep(prompt), bank_.keep(answer)});
    }
    q_.type = QuestionType::Matching;
    if (!extras.empty()) {
        std::string list;
        for (const std::string& e : extras) list += (list.empty() ? "" : ", ") + e;
        warning("gift-matching-extra-dropped",
                "a bank matching question has no extra wrong answers, so " + list +
                    (extras.size() == 1 ? " (without a prompt) was" : " (without prompts) were") +
                    " dropped");
    }
    return true;
}

bool AnswerReader::trueFalse(std::string_view section, bool value) {
    // "T#feedback for a wrong answer#feedback for a right one"
    const std::size_t hash = findUnescaped(section, "#");
    if (hash != npos) {
        std::string_view rest = section.substr(hash + 1);
        const std::size_t second = findUnescaped(rest, "#");
        if (!trimSpaces(rest.substr(0, second)).empty()) ++droppedFeedback_;
        if (second != npos && !trimSpaces(rest.substr(second + 1)).empty()) ++droppedFeedback_;
    }
    q_.type = QuestionType::TrueFalse;
    q_.answerTrue = value;
    return true;
}

bool AnswerReader::shortAnswer(std::string_view section) {
    std::vector<Answer> answers;
    if (!split(section, "=", answers)) return false;
    Blank blank;
    std::vector<std::string> partial;
    for (const Answer& a : answers) {
        const std::string text = plain(withoutFeedback(a.body));
        const double weight = a.weight.value_or(100.0);
        if (weight >= 100.0 && !text.empty()) {
            blank.accepted.push_back(bank_.keep(text));
        } else if (weight > 0) {
            partial.push_back(inQuotes(text) + " (" + formatDecimal(weight) + "%)");
        }
    }
    if (blank.accepted.empty()) {
        error("gift-no-correct-answer",
              "no answer is worth 100%; write =answer for each right one");
        return false;
    }
    q_.type = QuestionType::FillBlank;
    q_.blanks.push_back(std::move(blank));
    reportPartialCredit(partial);
    return true;
}

bool AnswerReader::numerical(std::string_view section) {
    // A "~" ends the right answers: what follows is feedback for any wrong answer.
    const std::size_t tilde = findUnescaped(section, "~");
    if (tilde != npos) {
        if (!trimSpaces(withoutFeedback(section.substr(tilde + 1))).empty()) {
            error("gift-unsupported",
                  "a numerical question's ~ may only carry feedback for wrong answers (~#...)");
            return false;
        }
        section = section.substr(0, tilde);
    }
    std::vector<Answer> answers;
    if (findUnescaped(section, "=") == npos) {
        answers.push_back({'=', std::nullopt, section});
    } else if (!split(section, "=", answers)) {
        return false;
    }
    std::optional<Blank> right;
    std::vector<std::string> partial;
    for (const Answer& a : answers) {
        const std::string_view text = trimSpaces(withoutFeedback(a.body));
        Blank blank;
        const std::size_t range = text.find("..");
        const std::size_t colon = text.find(':');
        std::optional<double> first = parseDecimal(text.substr(0, std::min(range, colon)));
        std::optional<double> second = first;
        if (range != npos) second = parseDecimal(text.substr(range + 2));
        if (colon != npos) second = parseDecimal(text.substr(colon + 1));
        if (!first || !second || (colon != npos && *second < 0) ||
            (range != npos && *second < *first)) {
            error("gift-bad-number", inQuotes(text) +
                                         " is not a numerical answer; write #3.14:0.01 (value and "
                                         "tolerance), #1..5 (a range) or #42");
            return false;
        }
        if (range != npos) {
            blank.number = (*first + *second) / 2;
            blank.tolerance = (*second - *first) / 2;
        } else {
            blank.number = *first;
            blank.tolerance = colon != npos ? *second : 0.0;
        }
        const double weight = a.weight.value_or(100.0);
        if (weight >= 100.0 && !right) {
            right = blank;
        } else if (weight > 0) {
            partial.push_back(inQuotes(text) + " (" + formatDecimal(weight) + "%)");
        }
    }
    if (!right) {
        error("gift-no-correct-answer", "no numerical answer is worth 100%");
        return false;
    }
    q_.type = QuestionType::FillBlank;
    q_.blanks.push_back(*right);
    reportPartialCredit(partial);
    return true;
}

std::optional<bool> trueFalseValue(std::string_view section) {
    const std::size_t hash = findUnescaped(section, "#");
    const std::string key = toHalfWidth(trimSpaces(section.substr(0, hash)));
    std::string upper;
    for (char c : key) upper += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
    if (upper == "T" || upper == "TRUE") return true;
    if (upper == "F" || upper == "FALSE") return false;
    return std::nullopt;
}

}  // namespace

bool readGiftAnswers(std::string_view section, GiftFormat format, Bank& bank, Question& question,
                     std::vector<GiftIssue>& issues) {
    AnswerReader reader(format, bank, question, issues);
    std::string_view answers = section;
    if (const std::size_t general = findUnescaped(section, "####"); general != npos) {
        std::string_view feedback = section.substr(general + 4);
        const std::string text = giftPlainText(feedback, takeGiftFormat(feedback, format));
        if (!text.empty()) question.explanation = bank.keep(text);
        answers = section.substr(0, general);
    }
    answers = trimSpaces(answers);

    bool ok = false;
    if (answers.empty()) {
        ok = reader.essay();
    } else if (answers.front() == '#') {
        ok = reader.numerical(answers.substr(1));
    } else if (findUnescaped(answers, "~") != npos) {
        ok = reader.choice(answers);
    } else if (findUnescaped(answers, "=") != npos && findUnescaped(answers, "->") != npos) {
        ok = reader.matching(answers);
    } else if (const auto value = trueFalseValue(answers)) {
        ok = reader.trueFalse(answers, *value);
    } else if (answers.front() == '=') {
        ok = reader.shortAnswer(answers);
    } else {
        reader.error("gift-unsupported",
                     "the answer section {" + std::string(answers) +
                         "} is no GIFT form: answers start with = or ~, or it is T, F, #number "
                         "or empty (an essay)");
    }
    if (ok) reader.reportDroppedFeedback();
    return ok;
}

}  // namespace tqm::bank
