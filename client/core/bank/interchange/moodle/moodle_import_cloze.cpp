// Cloze (embedded answers) import. A cloze question whose embedded answers are all short answers
// or numbers is a fill-in-the-blank question with several blanks, which is also how the exporter
// writes those; anything else (menus, broken markers) is rejected with every reason found.
#include <algorithm>
#include <cmath>

#include "bank/interchange/moodle/moodle_cloze.h"
#include "bank/interchange/moodle/moodle_import_detail.h"
#include "base/text_normalize.h"

namespace tqm::bank::moodle {

namespace {

constexpr std::string_view kBlankMarker = "____";

bool isFull(const ClozeAnswer& a) {
    return std::fabs(a.fraction - 100.0) < 0.001;
}

// "1.33:0.01" -> 1.33 with tolerance 0.01; "*" matches any answer and has no number.
struct NumericAnswer {
    std::optional<double> number;
    double tolerance = 0.0;
};

NumericAnswer parseNumericAnswer(std::string_view text) {
    const std::size_t colon = text.find(':');
    NumericAnswer answer;
    answer.number = parseDecimal(text.substr(0, colon));
    if (colon != std::string_view::npos)
        answer.tolerance = std::fabs(parseDecimal(text.substr(colon + 1)).value_or(0.0));
    return answer;
}

// Why Moodle (or this importer) cannot use the marker; empty when it can become a blank.
std::string markerProblem(const ClozeMarker& m, std::size_t number, std::string_view source) {
    const std::string label = "embedded answer " + std::to_string(number);
    if (m.answers.empty()) return label + " (" + std::string(source) + ") lists no answers";
    if (m.kind == ClozeKind::Unknown) return label + " has the unknown type \"" + m.type + "\"";
    if (m.kind == ClozeKind::Menu && m.answers.size() < 2)
        return label + " is a " + m.type +
               " menu with only one choice; Moodle requires at least two";
    if (m.kind == ClozeKind::Numerical) {
        for (const ClozeAnswer& a : m.answers) {
            if (a.text != "*" && !parseNumericAnswer(a.text).number)
                return label + " is numerical but \"" + a.text + "\" is not a number";
        }
    }
    if (std::none_of(m.answers.begin(), m.answers.end(), isFull))
        return label + " has no answer worth 100%; Moodle requires one";
    if (m.kind == ClozeKind::Menu)
        return label + " is a " + m.type +
               " menu; only SHORTANSWER and NUMERICAL answers can become blanks";
    return {};
}

Blank blankFrom(const ClozeMarker& m, QuestionImport& q, std::size_t number) {
    Blank blank;
    std::string dropped;
    for (const ClozeAnswer& a : m.answers) {
        if (!isFull(a)) {
            dropped += (dropped.empty() ? "\"" : ", \"") + a.text + "\"";
            continue;
        }
        if (m.kind == ClozeKind::Numerical) {
            const NumericAnswer numeric = parseNumericAnswer(a.text);
            if (!blank.number && numeric.number) {
                blank.number = numeric.number;
                blank.tolerance = numeric.tolerance;
            } else {
                dropped += (dropped.empty() ? "\"" : ", \"") + a.text + "\"";
            }
        } else {
            blank.accepted.push_back(q.keep(a.text));
        }
    }
    if (!dropped.empty()) {
        q.warning("moodle-partial-answers-dropped",
                  "embedded answer " + std::to_string(number) + " has answers " + dropped +
                      " that are not worth 100% or not the first number; they were dropped");
    }
    return blank;
}

}  // namespace

bool mapCloze(QuestionImport& q) {
    const pugi::xml_node textHolder = q.node.child("questiontext");
    const std::string raw = rawText(textHolder.child("text"));
    const std::vector<ClozeMarker> markers = findClozeMarkers(raw);

    std::string problems;
    if (markers.empty()) {
        problems =
            "it has no embedded answers; Moodle requires at least one, such as "
            "{1:SHORTANSWER:=answer}";
    }
    for (std::size_t i = 0; i < markers.size(); ++i) {
        const std::string problem = markerProblem(
            markers[i], i + 1, std::string_view(raw).substr(markers[i].offset, markers[i].length));
        if (!problem.empty()) problems += (problems.empty() ? "" : "; ") + problem;
    }
    if (!problems.empty()) {
        q.error("moodle-cloze-rejected", "the cloze question cannot be imported: " + problems);
        return false;
    }

    std::string withBlanks;
    std::size_t copied = 0;
    double weights = 0.0;
    bool anyCaseSensitive = false;
    bool anyCaseInsensitive = false;
    for (std::size_t i = 0; i < markers.size(); ++i) {
        const ClozeMarker& m = markers[i];
        withBlanks += raw.substr(copied, m.offset - copied);
        withBlanks += kBlankMarker;
        copied = m.offset + m.length;
        q.question.blanks.push_back(blankFrom(m, q, i + 1));
        anyCaseSensitive = anyCaseSensitive || m.kind == ClozeKind::ShortAnswerCaseSensitive;
        anyCaseInsensitive = anyCaseInsensitive || m.kind == ClozeKind::ShortAnswer;
        const std::string_view source = std::string_view(raw).substr(m.offset + 1);
        weights += parseDecimal(source.substr(0, source.find(':'))).value_or(1.0);
    }
    withBlanks += raw.substr(copied);

    q.question.type = QuestionType::FillBlank;
    q.question.stem = q.convertText(withBlanks, textHolder.attribute("format").as_string("html"));
    q.question.caseSensitive = anyCaseSensitive;
    if (anyCaseSensitive && anyCaseInsensitive) {
        q.warning("moodle-case-mixed",
                  "some embedded answers are case-sensitive and some are not; here the whole "
                  "question is case-sensitive");
    }
    // Moodle's grade for a cloze question is the sum of its embedded answers' weights.
    if (!q.node.child("defaultgrade")) q.question.points = weights;
    return true;
}

}  // namespace tqm::bank::moodle
