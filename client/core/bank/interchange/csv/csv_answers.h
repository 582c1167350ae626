// The answer notations of the CSV template (question-bank/README.md, "CSV spreadsheet template"):
// option letters, true/false words, blanks separated by "|" with alternatives separated by "/",
// and matching pairs "A=answer|B=answer". Problems come back as sentences about the answer cell.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tqm::bank {

// Option letters in the order written: "AC", "A,C", "A、C", "a c" -> {0, 2}. Adds a problem for
// anything that is not a letter or separator and for a letter beyond `optionCount`.
std::vector<std::size_t> parseOptionLetters(std::string_view answer, std::size_t optionCount,
                                            std::vector<std::string>& problems);

// 对/错, 正确/错误, √/×, ✓/✗, T/F, true/false, 是/否, Y/N (any letter case); empty when none.
std::optional<bool> parseTrueFalse(std::string_view answer);

struct CsvBlank {
    std::vector<std::string> accepted;
    std::optional<double> number;  // "1.33±0.01" (or "1.33+-0.01")
    double tolerance = 0.0;
};

// "实施/执行|处置/改进": blanks separated by "|", accepted alternatives by "/"; "\|", "\/" and
// "\\" write the characters themselves.
std::vector<CsvBlank> parseBlanks(std::string_view answer, std::vector<std::string>& problems);

// The number of blanks a stem marks: runs of three or more "_".
std::size_t countBlankMarkers(std::string_view stem);

// "A=找出主要问题|B=分析原因": the answer of each option, indexed by option; every one of the
// `optionCount` options needs exactly one.
std::vector<std::string> parseMatchingAnswers(std::string_view answer, std::size_t optionCount,
                                              std::vector<std::string>& problems);

// "基础;三全；PDCA,质量" -> {"基础", "三全", "PDCA", "质量"}: split on ; ； , ，, trimmed.
std::vector<std::string> splitList(std::string_view text);

}  // namespace tqm::bank
