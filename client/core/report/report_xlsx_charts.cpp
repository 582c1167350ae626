#include "report/report_xlsx_charts.h"

#include <optional>
#include <string>
#include <vector>

namespace tqm::report {

namespace {

using reports::ReportChart;
using reports::ReportDocument;
using reports::ReportTable;

// Where a series' figures are: a column of a sheet, rows 2 to 1 + count.
struct SeriesCells {
    std::string sheet;
    lxw_col_t column = 0;
};

// The table whose first column reads exactly the chart's labels, in order.
const ReportTable* tableOfLabels(const ReportDocument& document, const ReportChart& chart) {
    for (const ReportTable& table : document.tables) {
        if (table.rows.size() != chart.labels.size() || table.headings.empty()) continue;
        bool same = true;
        for (std::size_t row = 0; same && row < table.rows.size(); ++row)
            same = !table.rows[row].empty() && table.rows[row].front().text == chart.labels[row];
        if (same) return &table;
    }
    return nullptr;
}

std::optional<lxw_col_t> columnOf(const ReportTable& table, const std::string& heading) {
    for (std::size_t col = 1; col < table.headings.size(); ++col)
        if (table.headings[col] == heading) return static_cast<lxw_col_t>(col);
    return std::nullopt;
}

class ChartBuilder {
  public:
    ChartBuilder(lxw_workbook* workbook, const ReportDocument& document)
        : workbook_(workbook), document_(document) {}

    lxw_error add(const ReportChart& chart, std::size_t number) {
        if (chart.labels.empty() || chart.series.empty()) return LXW_NO_ERROR;
        const auto rows = static_cast<lxw_row_t>(chart.labels.size());
        const ReportTable* table = tableOfLabels(document_, chart);
        std::string categorySheet = table ? table->name : std::string();
        std::vector<SeriesCells> cells;
        for (const auto& [name, values] : chart.series) {
            const std::optional<lxw_col_t> column =
                table ? columnOf(*table, name) : std::optional<lxw_col_t>();
            if (column) {
                cells.push_back({table->name, *column});
                continue;
            }
            // Not in any table: the figures go to the data sheet, one column per series.
            const lxw_error error = writeData(chart, cells.size(), name, values);
            if (error != LXW_NO_ERROR) return error;
            cells.push_back({kDataSheet, static_cast<lxw_col_t>(dataColumn_ - 1)});
            if (!table) categorySheet = kDataSheet;
        }

        lxw_chart* excel = workbook_add_chart(workbook_, LXW_CHART_BAR);
        if (!excel) return LXW_ERROR_MEMORY_MALLOC_FAILED;
        for (std::size_t s = 0; s < chart.series.size(); ++s) {
            lxw_chart_series* series = chart_add_series(excel, nullptr, nullptr);
            if (!series) return LXW_ERROR_MEMORY_MALLOC_FAILED;
            const lxw_col_t labelColumn = categorySheet == kDataSheet ? categoryColumn_ : 0;
            chart_series_set_categories(series, categorySheet.c_str(), 1, labelColumn, rows,
                                        labelColumn);
            chart_series_set_values(series, cells[s].sheet.c_str(), 1, cells[s].column, rows,
                                    cells[s].column);
            chart_series_set_name(series, chart.series[s].first.c_str());
        }
        chart_title_set_name(excel, chart.title.c_str());
        chart_axis_set_name(excel->x_axis, "百分比（%）");
        chart_axis_set_min(excel->x_axis, 0);
        chart_axis_set_max(excel->x_axis, 100);
        if (table) chart_axis_set_name(excel->y_axis, table->headings.front().c_str());
        // Excel draws the first category at the bottom of a bar chart; reversed, the units read
        // top to bottom in the table's order, as in the PDF.
        chart_axis_set_reverse(excel->y_axis);
        chart_legend_set_position(excel, LXW_CHART_LEGEND_BOTTOM);

        const std::string sheetName = number == 1 ? "图表" : "图表" + std::to_string(number);
        lxw_chartsheet* sheet = workbook_add_chartsheet(workbook_, sheetName.c_str());
        if (!sheet) return LXW_ERROR_SHEETNAME_ALREADY_USED;
        return chartsheet_set_chart(sheet, excel);
    }

  private:
    static constexpr const char* kDataSheet = "图表数据";

    lxw_error writeData(const ReportChart& chart, std::size_t seriesIndex, const std::string& name,
                        const std::vector<double>& values) {
        if (!data_) {
            data_ = workbook_add_worksheet(workbook_, kDataSheet);
            if (!data_) return LXW_ERROR_SHEETNAME_ALREADY_USED;
        }
        lxw_error error = LXW_NO_ERROR;
        const auto keep = [&error](lxw_error result) {
            if (error == LXW_NO_ERROR) error = result;
        };
        if (seriesIndex == 0) {
            // A new block of columns for this chart: the labels, then one column per series.
            categoryColumn_ = dataColumn_;
            keep(worksheet_write_string(data_, 0, dataColumn_, chart.title.c_str(), nullptr));
            for (std::size_t row = 0; row < chart.labels.size(); ++row)
                keep(worksheet_write_string(data_, static_cast<lxw_row_t>(row + 1), dataColumn_,
                                            chart.labels[row].c_str(), nullptr));
            ++dataColumn_;
        }
        keep(worksheet_write_string(data_, 0, dataColumn_, name.c_str(), nullptr));
        for (std::size_t row = 0; row < values.size(); ++row)
            keep(worksheet_write_number(data_, static_cast<lxw_row_t>(row + 1), dataColumn_,
                                        values[row], nullptr));
        ++dataColumn_;
        return error;
    }

    lxw_workbook* workbook_;
    const ReportDocument& document_;
    lxw_worksheet* data_ = nullptr;
    lxw_col_t dataColumn_ = 0;
    lxw_col_t categoryColumn_ = 0;
};

}  // namespace

lxw_error addReportCharts(lxw_workbook* workbook, const ReportDocument& document) {
    ChartBuilder builder(workbook, document);
    for (std::size_t i = 0; i < document.charts.size(); ++i)
        if (const lxw_error error = builder.add(document.charts[i], i + 1); error != LXW_NO_ERROR)
            return error;
    return LXW_NO_ERROR;
}

}  // namespace tqm::report
