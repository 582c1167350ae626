// Results as CSV for Excel and WPS: UTF-8 with a byte-order mark (without it Excel reads Chinese
// as the local ANSI code page), CRLF line ends and RFC 4180 quoting, Chinese column headers.
//
//   people   工号,姓名,单位,得分,满分,是否通过,用时,提交时间
//   answers  工号,姓名,题号,题目编号,题型,作答,得分,满分,判定
//
// Scores are exact decimals ("87.5", "90", "0.66"), time used is H:MM:SS and times are local at
// the options' UTC offset ("2026-11-24 09:30:05"). A text cell that starts with = + - @ or a tab
// gets a leading apostrophe, so a name or an answer typed as "=HYPERLINK(...)" is shown as text
// instead of being run as a formula when the file is opened in a spreadsheet.
#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "report/result_rows.h"

namespace tqm::report {

std::string personResultsCsv(std::span<const PersonResultRow> rows,
                             const ExportOptions& options = {});
std::string answerResultsCsv(std::span<const AnswerResultRow> rows,
                             const ExportOptions& options = {});

// One cell as the exports write it: the formula guard, then RFC 4180 quoting when needed.
std::string csvField(std::string_view text);

// Writes the bytes through a temporary file and a rename, so a failed write leaves `file` as it
// was.
std::optional<ExportError> writeCsvFile(const std::filesystem::path& file, const std::string& csv);

}  // namespace tqm::report
