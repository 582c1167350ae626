// One mapping per Moodle question type, from the <question> element to the bank model.
#include <algorithm>
#include <array>
#include <cmath>

#include "bank/interchange/moodle/moodle_grader_info.h"
#include "bank/interchange/moodle/moodle_import_detail.h"
#include "base/text_normalize.h"

namespace tqm::bank::moodle {

namespace {

// Moodle's grade fractions in percent (question_bank's fraction options); their negatives are
// allowed too. Moodle refuses to import an answer with any other fraction.
constexpr std::array<double, 21> kGradeFractions{
    100, 90, 83.33333, 80,       75,       70,   66.66667, 60, 50, 40, 33.33333,
    30,  25, 20,       16.66667, 14.28571, 12.5, 11.11111, 10, 5,  0};
constexpr std::string_view kGradeFractionList =
    "100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, "
    "14.28571, 12.5, 11.11111, 10, 5 or 0 (or the negative of one of them)";

// Moodle compares fractions with a tolerance of 0.00001, i.e. 0.001 percent.
bool samePercent(double a, double b) {
    return std::fabs(a - b) < 0.001;
}
bool isFull(const MoodleAnswer& a) {
    return samePercent(a.fraction, 100.0);
}

bool isGradeFraction(double percent) {
    return std::any_of(kGradeFractions.begin(), kGradeFractions.end(),
                       [&](double allowed) { return samePercent(std::fabs(percent), allowed); });
}

std::string shownText(std::string_view text) {
    constexpr std::size_t kMaxChars = 30;
    std::string shown;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if ((byte & 0xC0) != 0x80 && ++chars > kMaxChars) {
            shown += "...";
            break;
        }
        shown += text[i] == '\n' ? ' ' : text[i];
    }
    return "\"" + shown + "\"";
}

std::string answerLabel(std::size_t index, const MoodleAnswer& answer) {
    return "answer " + std::to_string(index + 1) + " (" + shownText(answer.text) + ")";
}

// Reports every answer whose fraction Moodle itself would refuse; false when there is one.
bool checkFractions(QuestionImport& q, const std::vector<MoodleAnswer>& answers) {
    bool ok = true;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const MoodleAnswer& a = answers[i];
        if (a.fractionIsNumber && isGradeFraction(a.fraction)) continue;
        ok = false;
        const std::string shown =
            a.fractionIsNumber ? formatPercent(a.fraction) : "\"" + a.fractionText + "\"";
        q.error("moodle-invalid-fraction",
                answerLabel(i, a) + " has fraction " + shown +
                    ", which Moodle does not accept; Moodle requires one of " +
                    std::string(kGradeFractionList));
    }
    return ok;
}

std::string listPartialAnswers(const std::vector<MoodleAnswer>& answers) {
    std::string list;
    for (const MoodleAnswer& a : answers) {
        if (a.fraction <= 0 || isFull(a)) continue;
        if (!list.empty()) list += ", ";
        list += shownText(a.text) + " (" + formatPercent(a.fraction) + "%)";
    }
    return list;
}

void warnPartialDropped(QuestionImport& q, const std::vector<MoodleAnswer>& answers,
                        std::string_view consequence) {
    const std::string partial = listPartialAnswers(answers);
    if (partial.empty()) return;
    q.warning("moodle-partial-answers-dropped", "partial-credit answers " + partial +
                                                    " have no equivalent here; " +
                                                    std::string(consequence));
}

void noCorrectAnswer(QuestionImport& q, std::string_view requirement) {
    q.error("moodle-no-correct-answer",
            "no answer is worth 100%; Moodle requires " + std::string(requirement));
}

// Moodle's shortanswer treats "*" as a wildcard and "\*" as a literal asterisk.
std::string unescapeAsterisks(QuestionImport& q, std::string_view answer) {
    std::string out;
    bool wildcard = false;
    for (std::size_t i = 0; i < answer.size(); ++i) {
        if (answer[i] == '\\' && i + 1 < answer.size() && answer[i + 1] == '*') {
            out += '*';
            ++i;
        } else {
            wildcard = wildcard || answer[i] == '*';
            out += answer[i];
        }
    }
    if (wildcard) {
        q.warning("moodle-wildcard-answer", "answer " + shownText(answer) +
                                                " uses Moodle's * wildcard, which is compared "
                                                "literally here");
    }
    return out;
}

}  // namespace

// How Moodle's multichoice grades maps to ours:
// - single answer: the answer worth 100% is the correct option; partial-credit answers (0..100)
//   count as wrong here, with a warning.
// - several answers: Moodle adds up the fractions of the chosen answers (clamped to 0..100), and
//   refuses questions whose positive fractions do not add up to 100%. Partial credit therefore
//   always exists once two answers are correct, so this is our partial rule
//   (少选得部分分，错选不得分): each correct option earns points / k. Equal shares (100/k) map
//   exactly; unequal ones are evened, with a warning. Wrong answers with negative fractions are
//   what makes "错选不得分" in Moodle; with 0 Moodle forgives a wrong choice, which the partial
//   rule does not.
// - several answers but only one worth 100%: that option alone is correct, so the question is a
//   single choice (our multiple choice needs two correct options).
// Moodle cannot express all-or-nothing with multichoice; the qtype_multichoiceset plugin can, and
// mapMultichoiceSet() imports it as all-or-nothing.
bool mapMultichoice(QuestionImport& q) {
    const std::vector<MoodleAnswer> answers = q.answers(AnswerText::Rich);
    if (!checkFractions(q, answers)) return false;
    const std::string single{trimSpaces(q.node.child_value("single"))};
    const bool isSingle = single.empty() || single == "true" || single == "1";
    Question& question = q.question;
    for (const MoodleAnswer& a : answers) question.choices.push_back({q.keep(a.text), false});

    if (isSingle) {
        if (std::none_of(answers.begin(), answers.end(), isFull)) {
            noCorrectAnswer(q,
                            "a single-answer multichoice question to have an answer with "
                            "fraction 100");
            return false;
        }
        for (std::size_t i = 0; i < answers.size(); ++i)
            question.choices[i].correct = isFull(answers[i]);
        warnPartialDropped(q, answers, "they count as wrong options");
        question.type = QuestionType::SingleChoice;
        return true;
    }

    double positiveSum = 0.0;
    std::vector<double> weights;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        if (answers[i].fraction <= 0) continue;
        positiveSum += answers[i].fraction;
        weights.push_back(answers[i].fraction);
        question.choices[i].correct = true;
    }
    // Moodle rounds the sum of the fractions to two decimals (whole percents) before comparing.
    if (std::round(positiveSum) != 100.0) {
        q.error("moodle-fractions-sum",
                "the positive fractions add up to " + formatPercent(positiveSum) +
                    "%; Moodle requires the correct answers of a multiple-answer question to add "
                    "up to 100%");
        return false;
    }
    if (weights.size() == 1) {
        question.type = QuestionType::SingleChoice;
        q.warning("moodle-one-correct-answer",
                  "only one answer is correct, so it was imported as a single-choice question");
        return true;
    }
    question.type = QuestionType::MultipleChoice;
    question.scoring = MultipleChoiceScoring::Partial;
    const double share = 100.0 / static_cast<double>(weights.size());
    if (!std::all_of(weights.begin(), weights.end(),
                     [&](double w) { return samePercent(w, share); })) {
        std::string list;
        for (const double w : weights) list += (list.empty() ? "" : ", ") + formatPercent(w);
        q.warning("moodle-weights-evened",
                  "the correct answers carry unequal fractions (" + list +
                      "); under partial scoring each correct option earns an equal share");
    }
    return true;
}

// qtype_multichoiceset ("All-or-Nothing Multiple Choice"): answers with a positive fraction are
// the correct ones, and only the exact set of them earns the points.
bool mapMultichoiceSet(QuestionImport& q) {
    Question& question = q.question;
    for (const MoodleAnswer& a : q.answers(AnswerText::Rich))
        question.choices.push_back({q.keep(a.text), a.fraction > 0});
    question.type = QuestionType::MultipleChoice;
    question.scoring = MultipleChoiceScoring::AllOrNothing;
    return true;
}

bool mapTrueFalse(QuestionImport& q) {
    std::optional<bool> answer;
    for (const MoodleAnswer& a : q.answers(AnswerText::Plain)) {
        std::string text = a.text;
        std::transform(text.begin(), text.end(), text.begin(), [](char c) {
            return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
        });
        if (isFull(a) && (text == "true" || text == "false")) answer = text == "true";
    }
    if (!answer) {
        noCorrectAnswer(q, "either the \"true\" or the \"false\" answer to have fraction 100");
        return false;
    }
    q.question.type = QuestionType::TrueFalse;
    q.question.answerTrue = *answer;
    return true;
}

bool mapShortAnswer(QuestionImport& q) {
    const std::vector<MoodleAnswer> answers = q.answers(AnswerText::Plain);
    if (!checkFractions(q, answers)) return false;
    Blank blank;
    for (const MoodleAnswer& a : answers)
        if (isFull(a) && !a.text.empty())
            blank.accepted.push_back(q.keep(unescapeAsterisks(q, a.text)));
    if (blank.accepted.empty()) {
        noCorrectAnswer(q, "a short-answer question to have an answer with fraction 100");
        return false;
    }
    warnPartialDropped(q, answers, "only the answers worth 100% are accepted");
    const std::string usecase{trimSpaces(q.node.child_value("usecase"))};
    q.question.type = QuestionType::FillBlank;
    q.question.caseSensitive = usecase == "1" || usecase == "true";
    q.question.blanks.push_back(std::move(blank));
    return true;
}

bool mapNumerical(QuestionImport& q) {
    const std::vector<MoodleAnswer> answers = q.answers(AnswerText::Plain);
    if (!checkFractions(q, answers)) return false;
    std::optional<std::size_t> kept;
    std::string dropped;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const MoodleAnswer& a = answers[i];
        const bool number = parseDecimal(a.text).has_value();
        if (!number && a.text != "*") {
            q.error("moodle-invalid-number", answerLabel(i, a) + " is not a number");
            continue;
        }
        if (!kept && isFull(a) && number) {
            kept = i;
        } else {
            dropped += (dropped.empty() ? "" : ", ") + shownText(a.text) + " (" +
                       formatPercent(a.fraction) + "%)";
        }
    }
    if (q.failed()) return false;
    if (!kept) {
        noCorrectAnswer(q, "a numerical question to have an answer with fraction 100");
        return false;
    }
    Blank blank;
    blank.number = parseDecimal(answers[*kept].text);
    blank.tolerance =
        std::fabs(parseDecimal(answers[*kept].node.child_value("tolerance")).value_or(0.0));
    if (!dropped.empty()) {
        q.warning("moodle-numerical-answers-dropped",
                  "only the answer worth 100% is kept; answers " + dropped + " were dropped");
    }
    q.question.type = QuestionType::FillBlank;
    q.question.blanks.push_back(std::move(blank));
    return true;
}

bool mapMatching(QuestionImport& q) {
    std::string distractors;
    for (const pugi::xml_node sub : q.node.children("subquestion")) {
        const std::string_view prompt = q.richText(sub);
        const std::string answer = plainText(sub.child("answer"));
        if (prompt.empty()) {
            distractors += (distractors.empty() ? "" : ", ") + shownText(answer);
            continue;
        }
        q.question.pairs.push_back({prompt, q.keep(answer)});
    }
    if (!distractors.empty()) {
        q.warning("moodle-distractors-dropped",
                  "the extra answers " + distractors +
                      " match no prompt; a matching question here has no distractors, so they "
                      "were dropped");
    }
    q.question.type = QuestionType::Matching;
    return true;
}

bool mapEssay(QuestionImport& q) {
    const GraderInfo info = splitGraderInfo(q.richText(q.node.child("graderinfo")));
    q.question.type = QuestionType::ShortAnswer;
    q.question.referenceAnswer = info.referenceAnswer;
    q.question.gradingNotes = info.gradingNotes;
    return true;
}

// qtype_ordering keeps the items in their correct order and numbers them with the fraction
// attribute: 1 for the first item, 2 for the second, ...
bool mapOrdering(QuestionImport& q) {
    std::vector<MoodleAnswer> answers = q.answers(AnswerText::Rich);
    std::stable_sort(
        answers.begin(), answers.end(),
        [](const MoodleAnswer& a, const MoodleAnswer& b) { return a.fraction < b.fraction; });
    for (const MoodleAnswer& a : answers) q.question.choices.push_back({q.keep(a.text), false});
    q.question.type = QuestionType::Ordering;
    return true;
}

}  // namespace tqm::bank::moodle
