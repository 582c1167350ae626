// A printable A4 table report as PDF: a title and header lines (what the report is, when it was
// made), then a table whose rows run over as many pages as they need, with the column headings
// repeated on every page and "第 N 页，共 M 页" at the foot. Columns are as wide as their cells
// need; a table too wide for a portrait page prints landscape. Long cells wrap within their
// column. Chinese text is set with the installed CJK font (report/certificate_fonts.h).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "report/result_rows.h"

namespace tqm::report {

enum class ColumnAlign : std::uint8_t { Left, Center, Right };

struct TableColumn {
    std::string heading;
    // Relative: the share of the width left over once every column's widest cell fits (columns
    // are sized by measuring their headings and cells, see report/table_columns.h).
    double width = 1;
    ColumnAlign align = ColumnAlign::Left;
};

// Horizontal bars, one group per label and one bar per series, values in percent (0 to 100),
// drawn as vectors so they print sharp at any size.
struct BarSeries {
    std::string name;
    std::vector<double> values;  // one per label
};

struct BarChart {
    std::vector<std::string> labels;
    std::vector<BarSeries> series;  // at most four are told apart by colour
};

struct TableDocument {
    std::string title;                     // printed large at the top of every page
    std::vector<std::string> headerLines;  // below the title, e.g. "报表日期：2026-11-24"
    std::vector<TableColumn> columns;
    std::vector<std::vector<std::string>> rows;  // one text per column
    // In a PDF of several tables: printed without the title, right below the previous table
    // when its header lines, headings and first row still fit on that page.
    bool continues = false;
    // Drawn instead of the table when set (the columns and rows are then ignored).
    std::optional<BarChart> chart = std::nullopt;
};

struct TablePdf {
    std::string bytes;
    int pages = 0;
    // Per page: whether it is A4 landscape. A table whose columns do not fit a portrait page at
    // a readable size (codes, dates and figures each on one line) prints landscape, and so do
    // the short tables of the same report; long narrow tables print portrait.
    std::vector<bool> landscape;
    std::string problem;  // empty on success; otherwise what is wrong (no Chinese font)
};

TablePdf renderTablePdf(const TableDocument& document);
// Several tables in one PDF, each starting on a new page under its own title and header lines;
// the pages are numbered through the whole file.
// `rowsDrawn`, when given, is called after each page with the table rows drawn so far.
using RowsDrawn = std::function<void(std::size_t rowsDrawn)>;
TablePdf renderTablesPdf(const std::vector<TableDocument>& documents,
                         const RowsDrawn& rowsDrawn = {});

// Renders and writes atomically; the error names the file.
std::optional<ExportError> writeTablePdf(const std::filesystem::path& file,
                                         const TableDocument& document);
std::optional<ExportError> writeTablesPdf(const std::filesystem::path& file,
                                          const std::vector<TableDocument>& documents,
                                          const RowsDrawn& rowsDrawn = {});

}  // namespace tqm::report
