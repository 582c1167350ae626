// Moodle's essay has one field for the marker, graderinfo. A short-answer question's reference
// answer and grading notes share it as two labelled sections, so that a marker in Moodle reads
// both and an import gets both back:
//
//   Reference answer:
//   <reference answer>
//   Grading notes:
//   <grading notes>
//
// Graderinfo without the labels is all grading notes.
#pragma once

#include <string>
#include <string_view>

namespace tqm::bank {

inline constexpr std::string_view kReferenceAnswerLabel = "Reference answer:";
inline constexpr std::string_view kGradingNotesLabel = "Grading notes:";

struct GraderInfo {
    std::string_view referenceAnswer;
    std::string_view gradingNotes;
};

// `text` is graderinfo already converted to plain text; the views point into it.
inline GraderInfo splitGraderInfo(std::string_view text) {
    const auto trim = [](std::string_view s) {
        const std::size_t first = s.find_first_not_of(" \n");
        if (first == std::string_view::npos) return std::string_view{};
        return s.substr(first, s.find_last_not_of(" \n") - first + 1);
    };
    if (!text.starts_with(kReferenceAnswerLabel)) return {{}, text};
    text.remove_prefix(kReferenceAnswerLabel.size());
    const std::string notesLine = "\n" + std::string(kGradingNotesLabel);
    const std::size_t notes = text.find(notesLine);
    if (notes == std::string_view::npos) return {trim(text), {}};
    return {trim(text.substr(0, notes)), trim(text.substr(notes + notesLine.size()))};
}

// The plain text for graderinfo; just the notes when there is no reference answer.
inline std::string joinGraderInfo(std::string_view referenceAnswer, std::string_view notes) {
    if (referenceAnswer.empty()) return std::string(notes);
    std::string text = std::string(kReferenceAnswerLabel) + "\n" + std::string(referenceAnswer);
    if (!notes.empty()) text += "\n" + std::string(kGradingNotesLabel) + "\n" + std::string(notes);
    return text;
}

}  // namespace tqm::bank
