// A report as tables of typed cells, before it becomes a file: a title, header lines (the
// organization, the report date, what the report covers) and one or more tables. report/
// writes it as PDF, XLSX (one sheet per table, numbers as numbers, dates as dates) or CSV.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "base/calendar_date.h"

namespace tqm::reports {

enum class CellKind : std::uint8_t { Text, Number, Date };

struct Cell {
    CellKind kind = CellKind::Text;
    std::string text;  // as printed in PDF and CSV, whatever the kind
    double number = 0;
    Date date{};

    static Cell of(std::string text);
    static Cell hundredths(std::int64_t value);  // hours, points: "12.5"
    static Cell count(std::int64_t value);
    static Cell day(Date value);

    bool operator==(const Cell&) const = default;
};

struct ReportTable {
    std::string name;  // the sheet's name: short, no / \ ? * [ ]
    std::vector<std::string> headings;
    std::vector<double> widths;  // relative widths for PDF, one per heading
    std::vector<std::vector<Cell>> rows;
};

// Bars in percent per label, one series per figure compared (participation, pass rate).
struct ReportChart {
    std::string title;
    std::vector<std::string> labels;
    std::vector<std::pair<std::string, std::vector<double>>> series;  // name, one value per label
};

struct ReportDocument {
    std::string title;
    std::vector<std::string> headerLines;
    std::vector<ReportTable> tables;       // the first is the main one (the CSV export's)
    std::vector<ReportChart> charts = {};  // drawn in the PDF after the tables
};

// "单位：某厂" and "报表日期：2026-11-24", the lines every report opens with (the first is
// left out when `organization` is empty).
std::vector<std::string> reportHeader(const std::string& organization, Date reportDate);

}  // namespace tqm::reports
