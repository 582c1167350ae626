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
