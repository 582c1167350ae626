#include "report/table_columns.h"

#include <algorithm>
#include <numeric>

namespace tqm::report {

namespace {

double sumOf(const std::vector<ColumnNeeds>& needs, double ColumnNeeds::*measure) {
    return std::accumulate(needs.begin(), needs.end(), 0.0,
                           [&](double sum, const ColumnNeeds& n) { return sum + n.*measure; });
}

}  // namespace

ColumnFit fitColumnsTo(const std::vector<ColumnNeeds>& needs, const PageWidths& page,
                       bool landscape) {
    ColumnFit fit;
    fit.landscape = landscape;
    if (needs.empty()) return fit;
    const double width = landscape ? page.landscape : page.portrait;
    const double padding = 2 * page.padding * static_cast<double>(needs.size());
    const double forText = std::max(width - padding, 0.0);
    const double least = sumOf(needs, &ColumnNeeds::least);
    const double natural = sumOf(needs, &ColumnNeeds::natural);
    // Text widths scale with the type size; the padding stays.
    if (least > forText) fit.scale = std::max(page.minScale, forText / least);
    const double scale = fit.scale;
    for (const ColumnNeeds& n : needs) fit.widths.push_back(n.least * scale + 2 * page.padding);
    if (natural * scale <= forText) {
        // Every cell on one line: the spare width is shared by weight.
        const double spare = forText - natural * scale;
        const double weights = std::accumulate(
            needs.begin(), needs.end(), 0.0,
            [](double sum, const ColumnNeeds& n) { return sum + std::max(n.weight, 0.01); });
        for (std::size_t i = 0; i < needs.size(); ++i)
            fit.widths[i] = needs[i].natural * scale + 2 * page.padding +
                            spare * std::max(needs[i].weight, 0.01) / weights;
    } else if (least * scale < forText) {
        // Some long cells wrap: what is left over the least widths goes to the columns that
        // lack the most.
        const double spare = forText - least * scale;
        const double lacking = (natural - least) * scale;
        for (std::size_t i = 0; i < needs.size(); ++i)
            fit.widths[i] += spare * (needs[i].natural - needs[i].least) * scale / lacking;
    } else if (least * scale > forText) {
        // Even the smallest readable type is too wide: short cells wrap too, every column
        // narrowed alike.
        const double shrink = forText / (least * scale);
        for (std::size_t i = 0; i < needs.size(); ++i)
            fit.widths[i] = needs[i].least * scale * shrink + 2 * page.padding;
    }
    return fit;
}

ColumnFit fitColumns(const std::vector<ColumnNeeds>& needs, const PageWidths& page) {
    const double padding = 2 * page.padding * static_cast<double>(needs.size());
    const double least = sumOf(needs, &ColumnNeeds::least) * page.portraitMinScale;
    return fitColumnsTo(needs, page, least + padding > page.portrait);
}

}  // namespace tqm::report
