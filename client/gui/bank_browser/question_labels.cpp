#include "bank_browser/question_labels.h"

#include <algorithm>
#include <cmath>

#include <wx/intl.h>

namespace tqm::gui {

wxString fromUtf8(std::string_view text) {
    return wxString::FromUTF8(text.data(), text.size());
}

wxString typeLabel(bank::QuestionType type) {
    using bank::QuestionType;
    switch (type) {
        case QuestionType::SingleChoice:
            return _("Single choice");
        case QuestionType::MultipleChoice:
            return _("Multiple choice");
        case QuestionType::TrueFalse:
            return _("True or false");
        case QuestionType::FillBlank:
            return _("Fill in the blank");
        case QuestionType::Ordering:
            return _("Ordering");
        case QuestionType::Matching:
            return _("Matching");
        case QuestionType::ShortAnswer:
            return _("Short answer");
    }
    return {};
}

wxString difficultyStars(int difficulty) {
    const int filled = std::clamp(difficulty, 0, 5);
    return wxString(wxUniChar(0x2605), filled) + wxString(wxUniChar(0x2606), 5 - filled);
}

wxString pointsText(double points) {
    if (std::floor(points) == points) return wxString::Format("%.0f", points);
    wxString text = wxString::FromCDouble(points, 2);
    while (text.EndsWith("0")) text.RemoveLast();
    return text;
}

wxString scoringLabel(bank::MultipleChoiceScoring scoring) {
    if (scoring == bank::MultipleChoiceScoring::Partial)
        return _(
            "Partial credit: each correct option chosen earns its share; any wrong option "
            "earns nothing.");
    return _("All or nothing: full points only for exactly the correct options.");
}

wxString severityLabel(Severity severity) {
    return severity == Severity::Error ? _("Error") : _("Warning");
}

wxString problemLabel(std::string_view code) {
    struct Entry {
        std::string_view code;
        const char* label;
    };
    static const Entry kLabels[] = {
        {"not-utf8", wxTRANSLATE("File is not UTF-8")},
        {"encoding-declared", wxTRANSLATE("Encoding other than UTF-8")},
        {"not-well-formed", wxTRANSLATE("Malformed XML")},
        {"wrong-root", wxTRANSLATE("Not a question bank")},
        {"unsupported-format", wxTRANSLATE("Unsupported format version")},
        {"unknown-element", wxTRANSLATE("Unknown element")},
        {"unknown-attribute", wxTRANSLATE("Unknown attribute")},
        {"missing-attribute", wxTRANSLATE("Missing attribute")},
        {"missing-element", wxTRANSLATE("Missing element")},
        {"invalid-value", wxTRANSLATE("Invalid value")},
        {"duplicate-element", wxTRANSLATE("Repeated element")},
        {"misplaced-text", wxTRANSLATE("Misplaced text")},
        {"duplicate-id", wxTRANSLATE("Duplicate question id")},
        {"duplicate-category", wxTRANSLATE("Duplicate category id")},
        {"unknown-category", wxTRANSLATE("Unknown category")},
        {"single-choice-correct-count", wxTRANSLATE("Wrong number of correct options")},
        {"multiple-choice-correct-count", wxTRANSLATE("Too few correct options")},
        {"too-few-options", wxTRANSLATE("Too few options")},
        {"blank-without-answer", wxTRANSLATE("Blank without an answer")},
        {"blank-count-mismatch", wxTRANSLATE("Blanks do not match the stem")},
        {"difficulty-out-of-range", wxTRANSLATE("Difficulty out of range")},
        {"negative-points", wxTRANSLATE("Negative points")},
        {"image-missing", wxTRANSLATE("Image not found")},
        {"image-path-outside", wxTRANSLATE("Image outside the bank folder")},
        {"empty-stem", wxTRANSLATE("Empty stem")},
        {"ordering-too-few-items", wxTRANSLATE("Too few items to order")},
        {"matching-too-few-pairs", wxTRANSLATE("Too few pairs to match")},
        {"near-duplicate", wxTRANSLATE("Near-duplicate question")},
        {"bank-folder-unreadable", wxTRANSLATE("Bank folder not readable")},
        // Importing other formats (bank/interchange).
        {"file-unreadable", wxTRANSLATE("File not readable")},
        {"save-failed", wxTRANSLATE("Not saved")},
        {"unknown-format", wxTRANSLATE("Unknown file format")},
        {"moodle-unsupported-type", wxTRANSLATE("Question type not supported")},
        {"moodle-no-correct-answer", wxTRANSLATE("No correct answer")},
        {"moodle-one-correct-answer", wxTRANSLATE("Only one correct answer")},
        {"moodle-cloze-rejected", wxTRANSLATE("Cloze question not supported")},
        {"moodle-bad-file", wxTRANSLATE("Embedded file not readable")},
        {"moodle-file-not-image", wxTRANSLATE("Embedded file is not an image")},
        {"moodle-external-image", wxTRANSLATE("Image outside the file")},
        {"moodle-case-mixed", wxTRANSLATE("Letter case rules mixed")},
        {"moodle-distractors-dropped", wxTRANSLATE("Wrong answers dropped")},
        {"moodle-duplicate-idnumber", wxTRANSLATE("Duplicate ID number")},
        {"moodle-fractions-sum", wxTRANSLATE("Answer weights do not add up")},
        {"moodle-invalid-field-tag", wxTRANSLATE("Invalid field tag")},
        {"moodle-invalid-fraction", wxTRANSLATE("Invalid answer weight")},
        {"moodle-invalid-grade", wxTRANSLATE("Invalid grade")},
        {"moodle-invalid-number", wxTRANSLATE("Invalid number")},
        {"moodle-numerical-answers-dropped", wxTRANSLATE("Numeric answers dropped")},
        {"moodle-partial-answers-dropped", wxTRANSLATE("Partly right answers dropped")},
        {"moodle-weights-evened", wxTRANSLATE("Answer weights evened out")},
        {"moodle-wildcard-answer", wxTRANSLATE("Wildcard answer")},
        {"moodle-scoring-changed", wxTRANSLATE("Scoring rule changed")},
        {"moodle-tag-too-long", wxTRANSLATE("Tag too long")},
        {"moodle-bank-fields-lost", wxTRANSLATE("Bank details not exported")},
        {"moodle-export-skipped", wxTRANSLATE("Question not exported")},
        {"gift-bad-matching", wxTRANSLATE("Malformed matching question")},
        {"gift-bad-number", wxTRANSLATE("Malformed number")},
        {"gift-bad-weights", wxTRANSLATE("Invalid answer weights")},
        {"gift-description", wxTRANSLATE("Text without a question")},
        {"gift-empty-answer", wxTRANSLATE("Empty answer")},
        {"gift-feedback-dropped", wxTRANSLATE("Feedback dropped")},
        {"gift-matching-extra-dropped", wxTRANSLATE("Extra matching answers dropped")},
        {"gift-no-correct-answer", wxTRANSLATE("No correct answer")},
        {"gift-no-reference", wxTRANSLATE("No reference answer")},
        {"gift-partial-credit-dropped", wxTRANSLATE("Partial credit dropped")},
        {"gift-several-correct", wxTRANSLATE("Several correct answers")},
        {"gift-unclosed-brace", wxTRANSLATE("Unclosed brace")},
        {"gift-unclosed-title", wxTRANSLATE("Unclosed title")},
        {"gift-unequal-weights", wxTRANSLATE("Unequal answer weights")},
        {"gift-unexpected-brace", wxTRANSLATE("Unexpected brace")},
        {"gift-unsupported", wxTRANSLATE("Not supported in GIFT import")},
        {"csv-bad-answer", wxTRANSLATE("Invalid answer")},
        {"csv-derived-id", wxTRANSLATE("Id derived from the row")},
        {"csv-duplicate-column", wxTRANSLATE("Repeated column")},
        {"csv-duplicate-id", wxTRANSLATE("Duplicate question id")},
        {"csv-extra-cells", wxTRANSLATE("Extra cells")},
        {"csv-ignored-value", wxTRANSLATE("Value ignored")},
        {"csv-invalid-value", wxTRANSLATE("Invalid value")},
        {"csv-missing-column", wxTRANSLATE("Missing column")},
        {"csv-missing-value", wxTRANSLATE("Missing value")},
        {"csv-no-header", wxTRANSLATE("No header row")},
        {"csv-option-gap", wxTRANSLATE("Gap between options")},
        {"csv-too-few-options", wxTRANSLATE("Too few options")},
        {"csv-unclosed-quote", wxTRANSLATE("Unclosed quote")},
        {"csv-unknown-column", wxTRANSLATE("Unknown column")},
        {"csv-unknown-type", wxTRANSLATE("Unknown question type")},
    };
    for (const Entry& entry : kLabels)
        if (entry.code == code) return wxGetTranslation(entry.label);
    return fromUtf8(code);
}

wxString excerpt(std::string_view text, std::size_t maxChars) {
    const std::size_t newline = text.find('\n');
    const bool moreLines = newline != std::string_view::npos;
    wxString line = fromUtf8(moreLines ? text.substr(0, newline) : text);
    if (line.length() > maxChars) return line.Left(maxChars) + wxUniChar(0x2026);
    return moreLines ? line + wxUniChar(0x2026) : line;
}

}  // namespace tqm::gui
