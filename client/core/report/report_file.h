// Writing a training report (reports/report_document.h) as a file a user opens elsewhere:
// - PDF: A4, Chinese text embedded, the title and header lines on every page, the main table
//   with its headings repeated and page numbers (report/table_pdf.h).
// - XLSX: a first sheet 报表信息 with the title and header lines, then one sheet per table with a
//   bold, frozen header row, column widths fitted to the text, numbers as numbers and dates as
//   dates.
// - CSV: the main table in UTF-8 with a BOM, so Excel opens the Chinese text correctly.
// The file is written atomically; an export that fails leaves any earlier file as it was.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "report/result_rows.h"
#include "reports/report_document.h"
#include "store/audit_log.h"
#include "store/database.h"

namespace tqm::report {

enum class ReportFormat : std::uint8_t { Pdf, Xlsx, Csv };

std::optional<ReportFormat> parseReportFormat(std::string_view word);  // "pdf", "xlsx", "csv"
std::string_view reportFormatWord(ReportFormat format);

// How far a write has come: table rows written of all the rows the format writes (every table's
// for PDF and XLSX, the main table's for CSV). Called at most about a hundred times, with
// non-decreasing counts; the last call, once the file is written, reports the total of the total.
using ReportProgress = std::function<void(std::size_t rowsDone, std::size_t rowsTotal)>;

std::optional<ExportError> writeReport(const std::filesystem::path& file,
                                       const reports::ReportDocument& document, ReportFormat format,
                                       const ReportProgress& progress = {});

// What an export records in the audit log: who made it and what it covers.
struct ReportExport {
    std::filesystem::path file;
    ReportFormat format = ReportFormat::Pdf;
    std::string who;     // the operator's name or account; required by the audit log's rules
    std::string report;  // "class 2026-Q4-01", "hours 2026-01-01..2026-12-31"
};

struct ReportExportResult {
    std::optional<ExportError> error;
    std::optional<store::AuditEntry> audit;  // the entry written when the file was
};

// Writes the file, then the audit entry "export-report" (subject: the file; detail: who, what
// and the format). Nothing is logged when the file could not be written.
ReportExportResult exportReport(store::Database& database, const reports::ReportDocument& document,
                                const ReportExport& request, const ReportProgress& progress = {});

}  // namespace tqm::report
