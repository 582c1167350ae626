// The columns of the CSV spreadsheet template (question-bank/README.md): which header names,
// Chinese or English, mean which column.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tqm::bank {

enum class CsvField : std::size_t {
    Id,
    Type,
    Category,
    Difficulty,
    Points,
    Title,
    Stem,
    Answer,
    Explanation,
    Source,
    Tags,
    Positions,
    Images,
    Scoring,
    Reference,
    Grading,
    Count
};

inline constexpr std::size_t kCsvOptionColumns = 8;  // 选项A .. 选项H

// Where each template column sits in a file, by the file's own header.
struct CsvColumns {
    std::array<std::optional<std::size_t>, static_cast<std::size_t>(CsvField::Count)> fields;
    std::array<std::optional<std::size_t>, kCsvOptionColumns> options;
    std::vector<std::string> headers;  // as written in the file, trimmed

    std::optional<std::size_t> of(CsvField field) const {
        return fields[static_cast<std::size_t>(field)];
    }
    // The header a message names: the file's own, or the template's Chinese name when the file
    // lacks the column.
    std::string nameOf(CsvField field) const;
    std::string nameOfOption(std::size_t option) const;
};

// What a header cell means.
struct CsvHeaderMeaning {
    std::optional<CsvField> field;
    std::optional<std::size_t> option;  // 0 for 选项A / option_a
};

// Recognises "编号"/"id", "选项A"/"option_a" and the rest; letter case, spaces, "_" and "-" and
// full-width forms do not matter. Empty when the header is not a template column.
CsvHeaderMeaning csvHeaderMeaning(std::string_view header);

// The template's Chinese header of a column: "编号", "题型", ...
std::string_view csvChineseName(CsvField field);

}  // namespace tqm::bank
