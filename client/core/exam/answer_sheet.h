// An answer file, as read by `tqm exam take --answers FILE`: one "SEQ ANSWER" line per answer,
// SEQ the question's 1-based number on the paper, one space or tab, then the answer in the text
// form of answer.h (the rest of the line, kept exactly). "SEQ" alone clears an answer. Blank
// lines and lines starting with "#" are skipped. A question may appear again further down: that
// changes its answer, as a learner can, so the entries keep the file's order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "exam/answer.h"
#include "exam/paper_question.h"

namespace tqm::exam {

struct AnswerSheetEntry {
    std::size_t sequence = 0;  // 1-based number on the paper
    Answer answer;
    std::uint32_t line = 0;
    bool operator==(const AnswerSheetEntry&) const = default;
};

struct AnswerSheet {
    std::vector<AnswerSheetEntry> entries;  // the lines without errors, in file order
    std::vector<Diagnostic> diagnostics;    // every problem, with line and column
};

// Reads `content` (UTF-8, with or without BOM, LF or CRLF) against the paper's questions.
// Diagnostic codes: "not-utf8", "answer-line", "unknown-question", "answer-syntax".
AnswerSheet readAnswerSheet(std::string_view fileName, std::string_view content,
                            std::span<const PaperQuestion> paper);

}  // namespace tqm::exam
