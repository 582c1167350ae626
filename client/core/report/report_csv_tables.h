// Every table of a training report as CSV (UTF-8 with a BOM, CRLF line ends, the exports' quoting
// and formula guard; report/csv_export.h): the main table goes to the file asked for, each further
// table beside it named after the table, so `-o 一期一档.csv` gives 一期一档.csv (签到表),
// 一期一档-课程安排.csv, 一期一档-考试1.csv ...
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "report/report_file.h"
#include "report/result_rows.h"
#include "reports/report_document.h"

namespace tqm::report {

std::string tableCsv(const reports::ReportTable& table);

// The files an export to `mainFile` writes, in the document's table order (the main one first).
// A table's name becomes part of a file name with any character a file system refuses replaced
// by "_".
std::vector<std::filesystem::path> reportCsvFiles(const std::filesystem::path& mainFile,
                                                  const reports::ReportDocument& document);

// Writes every table, each file atomically; stops at the first that cannot be written and names
// it. A document without tables still gets its main file, holding only the BOM.
std::optional<ExportError> writeReportCsvFiles(const std::filesystem::path& mainFile,
                                               const reports::ReportDocument& document);

// What the audit entry of a CSV export adds: ": " and the names of the files written, comma
// separated ("hours.csv, hours-按课程.csv"); empty for the other formats.
std::string csvFilesNote(const ReportExport& request, const reports::ReportDocument& document);

}  // namespace tqm::report
