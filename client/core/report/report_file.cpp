#include "report/report_file.h"

#include <algorithm>
#include <map>
#include <vector>

#include <xlsxwriter.h>

#include "base/file_io.h"
#include "base/utf8.h"
#include "report/csv_export.h"
#include "report/report_csv_tables.h"
#include "report/report_xlsx_charts.h"
#include "report/table_pdf.h"
#include "report/xlsx_file.h"

namespace tqm::report {

namespace {

using reports::Cell;
using reports::CellKind;
using reports::ReportDocument;
using reports::ReportTable;

constexpr double kExcelUnixEpoch = 25569.0;  // 1970-01-01 counted from 1899-12-30
constexpr double kMinColumnWidth = 8.0;
constexpr double kMaxColumnWidth = 40.0;

// Passes row counts on to a ReportProgress about every hundredth of the total, so that a
// 10,000-row export calls it a hundred times rather than ten thousand.
class ProgressSteps {
  public:
    ProgressSteps(const ReportProgress& progress, std::size_t total)
        : progress_(progress), total_(total), step_(std::max<std::size_t>(1, total / 100)) {}

    void reached(std::size_t done) {
        if (!progress_ || done < next_ || done >= total_) return;
        progress_(done, total_);
        next_ = done + step_;
    }
    void finished() const {
        if (progress_) progress_(total_, total_);
    }

  private:
    const ReportProgress& progress_;
    std::size_t total_;
    std::size_t step_;
    std::size_t next_ = 0;
};

std::size_t allRows(const ReportDocument& document) {
    std::size_t rows = 0;
    for (const ReportTable& table : document.tables) rows += table.rows.size();
    return rows;
}

double displayWidth(std::string_view text) {
    double width = 0;
    for (std::size_t at = 0; at < text.size();) width += decodeUtf8(text, at) < 0x1100 ? 1 : 2;
    return width;
}

struct Formats {
    lxw_format* heading = nullptr;
    lxw_format* date = nullptr;
    lxw_format* title = nullptr;
};

class SheetWriter {
  public:
    SheetWriter(lxw_worksheet* sheet, const Formats& formats) : sheet_(sheet), formats_(formats) {}

    void text(lxw_row_t row, lxw_col_t col, const std::string& value, lxw_format* format) {
        widen(col, displayWidth(value));
        if (!value.empty()) keep(worksheet_write_string(sheet_, row, col, value.c_str(), format));
    }
    void cell(lxw_row_t row, lxw_col_t col, const Cell& value) {
        switch (value.kind) {
            case CellKind::Text:
                text(row, col, value.text, nullptr);
                return;
            case CellKind::Number:
                widen(col, displayWidth(value.text));
                keep(worksheet_write_number(sheet_, row, col, value.number, nullptr));
                return;
            case CellKind::Date:
                widen(col, 10);
                keep(worksheet_write_number(
                    sheet_, row, col,
                    kExcelUnixEpoch + static_cast<double>(value.date.time_since_epoch().count()),
                    formats_.date));
                return;
        }
    }
    lxw_error finish() {
        for (const auto& [col, width] : widths_)
            keep(worksheet_set_column(sheet_, col, col,
                                      std::clamp(width + 2, kMinColumnWidth, kMaxColumnWidth),
                                      nullptr));
        return error_;
    }

  private:
    void widen(lxw_col_t col, double width) { widths_[col] = std::max(widths_[col], width); }
    void keep(lxw_error error) {
        if (error_ == LXW_NO_ERROR) error_ = error;
    }

    lxw_worksheet* sheet_;
    const Formats& formats_;
    std::map<lxw_col_t, double> widths_;
    lxw_error error_ = LXW_NO_ERROR;
};

lxw_error fillWorkbook(lxw_workbook* workbook, const ReportDocument& document,
                       ProgressSteps& steps) {
    std::size_t rowsDone = 0;
    Formats formats;
    formats.heading = workbook_add_format(workbook);
    format_set_bold(formats.heading);
    format_set_bottom(formats.heading, LXW_BORDER_THIN);
    formats.date = workbook_add_format(workbook);
    format_set_num_format(formats.date, "yyyy-mm-dd");
    formats.title = workbook_add_format(workbook);
    format_set_bold(formats.title);
    format_set_font_size(formats.title, 14);

    lxw_worksheet* about = workbook_add_worksheet(workbook, "报表信息");
    if (!about) return LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE;
    SheetWriter aboutWriter(about, formats);
    aboutWriter.text(0, 0, document.title, formats.title);
    for (std::size_t i = 0; i < document.headerLines.size(); ++i)
        aboutWriter.text(static_cast<lxw_row_t>(i + 1), 0, document.headerLines[i], nullptr);
    if (const lxw_error error = aboutWriter.finish(); error != LXW_NO_ERROR) return error;

    for (const ReportTable& table : document.tables) {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, table.name.c_str());
        if (!sheet) return LXW_ERROR_SHEETNAME_ALREADY_USED;
        SheetWriter writer(sheet, formats);
        for (std::size_t col = 0; col < table.headings.size(); ++col)
            writer.text(0, static_cast<lxw_col_t>(col), table.headings[col], formats.heading);
        for (std::size_t row = 0; row < table.rows.size(); ++row) {
            for (std::size_t col = 0; col < table.rows[row].size(); ++col)
                writer.cell(static_cast<lxw_row_t>(row + 1), static_cast<lxw_col_t>(col),
                            table.rows[row][col]);
            steps.reached(++rowsDone);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        if (const lxw_error error = writer.finish(); error != LXW_NO_ERROR) return error;
    }
    return addReportCharts(workbook, document);
}

TableDocument pdfSection(const ReportDocument& document, const ReportTable& table, bool first) {
    TableDocument pdf{document.title, {}, {}, {}, !first};
    // The first section carries the title and the report's header; each other table follows on
    // the same page when it fits, named by a header line of its own.
    if (first)
        pdf.headerLines = document.headerLines;
    else
        pdf.headerLines = {table.name};
    for (std::size_t col = 0; col < table.headings.size(); ++col) {
        const bool numeric = !table.rows.empty() && col < table.rows.front().size() &&
                             table.rows.front()[col].kind == CellKind::Number;
        pdf.columns.push_back({table.headings[col],
                               col < table.widths.size() ? table.widths[col] : 1,
                               numeric ? ColumnAlign::Right : ColumnAlign::Left});
    }
    for (const auto& row : table.rows) {
        std::vector<std::string> texts;
        for (const Cell& cell : row) texts.push_back(cell.text);
        pdf.rows.push_back(std::move(texts));
    }
    return pdf;
}

std::vector<TableDocument> pdfSections(const ReportDocument& document) {
    std::vector<TableDocument> sections;
    for (std::size_t i = 0; i < document.tables.size(); ++i)
        sections.push_back(pdfSection(document, document.tables[i], i == 0));
    for (const reports::ReportChart& chart : document.charts) {
        BarChart bars{chart.labels, {}};
        for (const auto& [name, values] : chart.series) bars.series.push_back({name, values});
        sections.push_back({document.title, {chart.title}, {}, {}, true, std::move(bars)});
    }
    if (sections.empty()) sections.push_back({document.title, document.headerLines, {}, {}, false});
    return sections;
}

}  // namespace

std::optional<ReportFormat> parseReportFormat(std::string_view word) {
    if (word == "pdf") return ReportFormat::Pdf;
    if (word == "xlsx") return ReportFormat::Xlsx;
    if (word == "csv") return ReportFormat::Csv;
    return std::nullopt;
}

std::string_view reportFormatWord(ReportFormat format) {
    switch (format) {
        case ReportFormat::Pdf:
            return "pdf";
        case ReportFormat::Xlsx:
            return "xlsx";
        case ReportFormat::Csv:
            return "csv";
    }
    return "pdf";
}

std::optional<ExportError> writeReport(const std::filesystem::path& file,
                                       const ReportDocument& document, ReportFormat format,
                                       const ReportProgress& progress) {
    const std::size_t total = format == ReportFormat::Csv
                                  ? (document.tables.empty() ? 0 : document.tables[0].rows.size())
                                  : allRows(document);
    ProgressSteps steps(progress, total);
    std::optional<ExportError> error;
    switch (format) {
        case ReportFormat::Pdf:
            error = writeTablesPdf(file, pdfSections(document),
                                   [&](std::size_t drawn) { steps.reached(drawn); });
            break;
        case ReportFormat::Xlsx:
            error = writeWorkbook(file, [&](lxw_workbook* workbook) {
                return fillWorkbook(workbook, document, steps);
            });
            break;
        case ReportFormat::Csv:
            // Each table is one quick file (10,000 rows in well under a second): the progress
            // goes from nothing to done.
            error = writeReportCsvFiles(file, document);
            break;
    }
    if (!error) steps.finished();
    return error;
}

ReportExportResult exportReport(store::Database& database, const ReportDocument& document,
                                const ReportExport& request, const ReportProgress& progress) {
    ReportExportResult result;
    result.error = writeReport(request.file, document, request.format, progress);
    if (result.error) return result;
    result.audit =
        store::AuditLog(database).append("export-report", request.file.string(),
                                         "by " + request.who + ": " + request.report + " as " +
                                             std::string(reportFormatWord(request.format)) +
                                             csvFilesNote(request, document));
    return result;
}

}  // namespace tqm::report
