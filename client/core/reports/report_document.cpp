#include "reports/report_document.h"

#include "base/hundredths.h"

namespace tqm::reports {

Cell Cell::of(std::string text) {
    return {CellKind::Text, std::move(text), 0, {}};
}

Cell Cell::hundredths(std::int64_t value) {
    return {CellKind::Number, formatHundredths(value), static_cast<double>(value) / 100.0, {}};
}

Cell Cell::count(std::int64_t value) {
    return {CellKind::Number, std::to_string(value), static_cast<double>(value), {}};
}

Cell Cell::day(Date value) {
    return {CellKind::Date, formatDate(value), 0, value};
}

std::vector<std::string> reportHeader(const std::string& organization, Date reportDate) {
    std::vector<std::string> lines;
    if (!organization.empty()) lines.push_back("单位：" + organization);
    lines.push_back("报表日期：" + formatDate(reportDate));
    return lines;
}

}  // namespace tqm::reports
