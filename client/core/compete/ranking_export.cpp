#include "compete/ranking_export.h"

#include <xlsxwriter.h>

#include "exam/points.h"
#include "report/csv_export.h"
#include "report/result_format.h"
#include "report/xlsx_file.h"

namespace tqm::compete {

namespace {

constexpr double kMillisPerDay = 86'400'000.0;

using report::ColumnAlign;

std::vector<report::TableColumn> columnsOf(StandingsTable table) {
    if (table == StandingsTable::Ranking)
        return {{"名次", 0.7, ColumnAlign::Center}, {"工号", 1.1, ColumnAlign::Left},
                {"姓名", 1.1, ColumnAlign::Left},   {"单位", 1.8, ColumnAlign::Left},
                {"得分", 0.8, ColumnAlign::Right},  {"满分", 0.8, ColumnAlign::Right},
                {"用时", 0.9, ColumnAlign::Right},  {"提交时间", 1.8, ColumnAlign::Left}};
    return {{"单位", 2.4, ColumnAlign::Left},
            {"在册人数", 1, ColumnAlign::Right},
            {"参赛人数", 1, ColumnAlign::Right},
            {"参与率", 1, ColumnAlign::Right},
            {"平均分", 1, ColumnAlign::Right}};
}

std::vector<std::vector<std::string>> rowsOf(const Standings& standings, StandingsTable table,
                                             const report::ExportOptions& options) {
    std::vector<std::vector<std::string>> rows;
    if (table == StandingsTable::Ranking) {
        for (const RankedResult& ranked : standings.ranking) {
            const ContestResult& r = ranked.result;
            rows.push_back(
                {std::to_string(ranked.rank), r.employeeNo, r.name, unitLabel(r.unit),
                 exam::formatPoints(r.score), exam::formatPoints(r.maxPoints),
                 report::formatDuration(std::chrono::milliseconds(r.timeUsedMs)),
                 report::formatLocalTime(fromUnixMillis(r.submittedAt), options.utcOffset)});
        }
        return rows;
    }
    for (const UnitFigures& unit : standings.units)
        rows.push_back({unitLabel(unit.unit), std::to_string(unit.rosterCount),
                        std::to_string(unit.participants),
                        formatPermille(unit.participationPermille),
                        unit.averageScore ? exam::formatPoints(*unit.averageScore) : ""});
    return rows;
}

class Sheet {
  public:
    Sheet(lxw_worksheet* sheet, lxw_error& error) : sheet_(sheet), error_(error) {}
    void text(lxw_row_t row, lxw_col_t col, const std::string& value) {
        keep(worksheet_write_string(sheet_, row, col, value.c_str(), nullptr));
    }
    void number(lxw_row_t row, lxw_col_t col, double value, lxw_format* format = nullptr) {
        keep(worksheet_write_number(sheet_, row, col, value, format));
    }
    void header(const std::vector<report::TableColumn>& columns, lxw_format* bold) {
        for (lxw_col_t col = 0; col < columns.size(); ++col) {
            keep(worksheet_write_string(sheet_, 0, col, columns[col].heading.c_str(), bold));
            keep(worksheet_set_column(sheet_, col, col, 8 * columns[col].width + 4, nullptr));
        }
        worksheet_freeze_panes(sheet_, 1, 0);
    }

  private:
    void keep(lxw_error error) {
        if (error_ == LXW_NO_ERROR) error_ = error;
    }
    lxw_worksheet* sheet_;
    lxw_error& error_;
};

lxw_error fillWorkbook(lxw_workbook* workbook, const Standings& standings, StandingsTable table,
                       const report::ExportOptions& options) {
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format* points = workbook_add_format(workbook);
    format_set_num_format(points, "0.00");
    lxw_format* duration = workbook_add_format(workbook);
    format_set_num_format(duration, "[h]:mm:ss");
    lxw_format* percent = workbook_add_format(workbook);
    format_set_num_format(percent, "0.0%");
    lxw_error error = LXW_NO_ERROR;
    const bool ranking = table == StandingsTable::Ranking;
    Sheet sheet(workbook_add_worksheet(workbook, ranking ? "排名" : "单位统计"), error);
    sheet.header(columnsOf(table), bold);
    lxw_row_t row = 1;
    if (ranking) {
        for (const RankedResult& ranked : standings.ranking) {
            const ContestResult& r = ranked.result;
            sheet.number(row, 0, ranked.rank);
            sheet.text(row, 1, r.employeeNo);
            sheet.text(row, 2, r.name);
            sheet.text(row, 3, unitLabel(r.unit));
            sheet.number(row, 4, static_cast<double>(r.score) / 100.0, points);
            sheet.number(row, 5, static_cast<double>(r.maxPoints) / 100.0, points);
            sheet.number(row, 6, static_cast<double>(r.timeUsedMs) / kMillisPerDay, duration);
            sheet.text(row, 7,
                       report::formatLocalTime(fromUnixMillis(r.submittedAt), options.utcOffset));
            ++row;
        }
        return error;
    }
    for (const UnitFigures& unit : standings.units) {
        sheet.text(row, 0, unitLabel(unit.unit));
        sheet.number(row, 1, static_cast<double>(unit.rosterCount));
        sheet.number(row, 2, static_cast<double>(unit.participants));
        if (unit.participationPermille)
            sheet.number(row, 3, static_cast<double>(*unit.participationPermille) / 1000.0,
                         percent);
        if (unit.averageScore)
            sheet.number(row, 4, static_cast<double>(*unit.averageScore) / 100.0, points);
        ++row;
    }
    return error;
}

}  // namespace

std::optional<StandingsFormat> standingsFormatFromName(std::string_view name) {
    if (name == "csv") return StandingsFormat::Csv;
    if (name == "xlsx") return StandingsFormat::Xlsx;
    if (name == "pdf") return StandingsFormat::Pdf;
    return std::nullopt;
}

std::string formatPermille(std::optional<std::int64_t> permille) {
    if (!permille) return "";
    return std::to_string(*permille / 10) + "." + std::to_string(*permille % 10) + "%";
}

std::string unitLabel(const std::string& unit) {
    return unit.empty() ? "（未填单位）" : unit;
}

report::TableDocument standingsDocument(const Standings& standings, StandingsTable table,
                                        TimePoint reportTime,
                                        const report::ExportOptions& options) {
    report::TableDocument document;
    const bool ranking = table == StandingsTable::Ranking;
    document.title = standings.competition.name + (ranking ? " 成绩排名" : " 各单位参赛统计");
    const std::string reportDate =
        report::formatLocalTime(reportTime, options.utcOffset).substr(0, 10);
    document.headerLines = {
        "竞赛时间：" +
            report::formatLocalTime(fromUnixMillis(standings.competition.opensAt),
                                    options.utcOffset) +
            " 至 " +
            report::formatLocalTime(fromUnixMillis(standings.competition.closesAt),
                                    options.utcOffset),
        "报表日期：" + reportDate + "　　参赛人数：" + std::to_string(standings.ranking.size()),
        ranking ? "排名规则：得分从高到低，得分相同按用时从短到长，再按交卷时间从早到晚"
                : "参与率 = 参赛人数（在册）÷ 在册人数；平均分为参赛者的平均得分"};
    document.columns = columnsOf(table);
    document.rows = rowsOf(standings, table, options);
    return document;
}

std::string standingsCsv(const Standings& standings, StandingsTable table,
                         const report::ExportOptions& options) {
    std::string csv = "\xEF\xBB\xBF";
    const auto line = [&csv](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i > 0) csv += ',';
            csv += report::csvField(cells[i]);
        }
        csv += "\r\n";
    };
    std::vector<std::string> headings;
    for (const report::TableColumn& column : columnsOf(table)) headings.push_back(column.heading);
    line(headings);
    for (const std::vector<std::string>& row : rowsOf(standings, table, options)) line(row);
    return csv;
}

std::optional<report::ExportError> writeStandings(const std::filesystem::path& file,
                                                  const Standings& standings, StandingsTable table,
                                                  StandingsFormat format, TimePoint reportTime,
                                                  const report::ExportOptions& options) {
    switch (format) {
        case StandingsFormat::Csv:
            return report::writeCsvFile(file, standingsCsv(standings, table, options));
        case StandingsFormat::Xlsx:
            return report::writeWorkbook(file, [&](lxw_workbook* workbook) {
                return fillWorkbook(workbook, standings, table, options);
            });
        case StandingsFormat::Pdf:
            break;
    }
    return report::writeTablePdf(file, standingsDocument(standings, table, reportTime, options));
}

}  // namespace tqm::compete
