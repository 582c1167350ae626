// Results as an Excel workbook (libxlsxwriter): sheet 成绩 with one row per person and sheet
// 答题明细 with one row per answer, the same columns as the CSV export. Header rows are bold and
// frozen; scores are numbers shown with two decimals, time used is a duration ([h]:mm:ss) and
// submission times are dates at the options' UTC offset, so a spreadsheet can sort and sum them.
#pragma once

#include <filesystem>
#include <optional>
#include <span>

#include "report/result_rows.h"

namespace tqm::report {

// The workbook is built in a temporary file beside `file`, then written over `file` through
// base/file_io.h's rename, so a failed export never leaves half a workbook and keeps any earlier
// file as it was.
std::optional<ExportError> writeResultsXlsx(const std::filesystem::path& file,
                                            std::span<const PersonResultRow> people,
                                            std::span<const AnswerResultRow> answers,
                                            const ExportOptions& options = {});

}  // namespace tqm::report
