// A printable A4 table report as PDF: a title and header lines (what the report is, when it was
// made), then a table whose rows run over as many pages as they need, with the column headings
// repeated on every page and "第 N 页，共 M 页" at the foot. Long cells wrap within their
// column. Chinese text is set with the installed CJK font (report/certificate_fonts.h).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "report/result_rows.h"

namespace tqm::report {

enum class ColumnAlign : std::uint8_t { Left, Center, Right };

struct TableColumn {
    std::string heading;
    double width = 1;  // relative: the columns share the page's width in these proportions
    ColumnAlign align = ColumnAlign::Left;
};

struct TableDocument {
    std::string title;                     // printed large at the top of every page
    std::vector<std::string> headerLines;  // below the title, e.g. "报表日期：2026-11-24"
    std::vector<TableColumn> columns;
    std::vector<std::vector<std::string>> rows;  // one text per column
};

struct TablePdf {
    std::string bytes;
    int pages = 0;
    std::string problem;  // empty on success; otherwise what is wrong (no Chinese font)
};

TablePdf renderTablePdf(const TableDocument& document);

// Renders and writes atomically; the error names the file.
std::optional<ExportError> writeTablePdf(const std::filesystem::path& file,
                                         const TableDocument& document);

}  // namespace tqm::report
