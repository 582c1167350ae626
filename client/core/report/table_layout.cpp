#include "report/table_layout.h"

#include <algorithm>
#include <array>
#include <numeric>

#include "report/certificate_page.h"
#include "report/table_columns.h"

namespace tqm::report {

namespace {

constexpr double kMargin = 42;  // about 15 mm
constexpr double kCellPadding = 4;
constexpr double kTextSize = 9.5;
constexpr double kMinTextSize = 7;  // what a wide table may shrink to before its codes wrap
constexpr double kMinPortraitTextSize = 8.5;  // a table that would fit portrait in this size
constexpr double kTitleSize = 16;
constexpr double kFooterSize = 8.5;
constexpr double kFooterSpace = 24;
constexpr double kRunningHeaderSpace = 20;  // above a page that opens with a later table
// Cells and headings up to these lengths (in characters) are codes, names, dates and figures
// that should not wrap; longer ones (remarks, long titles) wrap to give the others room.
constexpr std::size_t kShortCell = 16;
constexpr std::size_t kShortHeading = 8;
constexpr Rgb kInk{0.1, 0.1, 0.1};
constexpr Rgb kMuted{0.35, 0.35, 0.35};
constexpr Rgb kRule{0.6, 0.6, 0.6};
constexpr std::array<Rgb, 4> kSeriesColours{
    {{0.27, 0.45, 0.77}, {0.93, 0.49, 0.19}, {0.44, 0.68, 0.28}, {0.6, 0.6, 0.6}}};
constexpr double kBarHeight = 9;
constexpr double kBarGap = 2;
constexpr double kGroupGap = 8;
constexpr double kLegendHeight = 18;
constexpr double kLabelShare = 0.25;  // of the page's width, for the labels left of the bars

PangoAlignment pangoAlign(ColumnAlign align) {
    switch (align) {
        case ColumnAlign::Center:
            return PANGO_ALIGN_CENTER;
        case ColumnAlign::Right:
            return PANGO_ALIGN_RIGHT;
        case ColumnAlign::Left:
            break;
    }
    return PANGO_ALIGN_LEFT;
}

std::size_t characters(const std::string& text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char byte) { return (byte & 0xC0) != 0x80; }));
}

void setColour(cairo_t* cr, Rgb colour) {
    cairo_set_source_rgb(cr, colour.r, colour.g, colour.b);
}

std::string formatPercent(double value) {
    const auto tenths = static_cast<long long>(value * 10 + 0.5);
    std::string text = std::to_string(tenths / 10);
    if (tenths % 10 != 0) text += "." + std::to_string(tenths % 10);
    return text + "%";
}

}  // namespace

TableLayout::TableLayout(TextSetter& text, const TableDocument& document,
                         std::optional<bool> landscape)
    : text_(text),
      doc_(document),
      measure_(text),
      textSize_(kTextSize),
      rowHeights_(document.rows.size(), kUnmeasured),
      pageTop_(document.continues ? kMargin + kRunningHeaderSpace : kMargin) {
    fitColumnsToPage(landscape);
}

double TableLayout::pageWidth() const {
    return landscape_ ? kA4Height : kA4Width;
}

double TableLayout::pageHeight() const {
    return landscape_ ? kA4Width : kA4Height;
}

double TableLayout::bottom() const {
    return pageHeight() - kMargin - kFooterSpace;
}

TextStyle TableLayout::style(bool bold, ColumnAlign align) const {
    TextStyle s;
    s.family = text_.fonts().text;
    s.size = textSize_;
    s.bold = bold;
    s.colour = kInk;
    s.align = pangoAlign(align);
    return s;
}

// Every cell is measured on one line (from cached advances, so a table of 10,000 rows takes a
// few tens of milliseconds); the widest decides.
void TableLayout::fitColumnsToPage(std::optional<bool> landscape) {
    std::vector<ColumnNeeds> needs;
    for (std::size_t col = 0; col < doc_.columns.size(); ++col) {
        const TableColumn& column = doc_.columns[col];
        ColumnNeeds need;
        need.weight = column.width;
        const double heading = measure_.oneLineWidth(column.heading, style(true));
        need.natural = heading;
        if (characters(column.heading) <= kShortHeading) need.least = heading;
        const TextStyle body = style(false);
        for (const std::vector<std::string>& row : doc_.rows) {
            if (col >= row.size()) continue;
            const double width = measure_.oneLineWidth(row[col], body);
            need.natural = std::max(need.natural, width);
            if (characters(row[col]) <= kShortCell) need.least = std::max(need.least, width);
        }
        needs.push_back(need);
    }
    const PageWidths page{kA4Width - 2 * kMargin, kA4Height - 2 * kMargin, kCellPadding,
                          kMinTextSize / kTextSize, kMinPortraitTextSize / kTextSize};
    const ColumnFit fit =
        landscape ? fitColumnsTo(needs, page, *landscape) : fitColumns(needs, page);
    landscape_ = fit.landscape;
    textSize_ = kTextSize * fit.scale;
    widths_ = fit.widths;
    double x = kMargin;
    for (std::size_t col = 0; col < doc_.columns.size(); ++col) {
        lefts_.push_back(x);
        x += widths_[col];
        bodyStyles_.push_back(style(false, doc_.columns[col].align));
        headingStyles_.push_back(style(true, doc_.columns[col].align));
    }
    tableWidth_ = x - kMargin;
}

double TableLayout::rowHeight(const std::vector<std::string>& cells, bool bold) {
    const std::vector<TextStyle>& styles = bold ? headingStyles_ : bodyStyles_;
    double height = 0;
    for (std::size_t i = 0; i < doc_.columns.size(); ++i) {
        const std::string& cell = i < cells.size() ? cells[i] : empty_;
        height = std::max(height, measure_.height(cell, styles[i], widths_[i] - 2 * kCellPadding));
    }
    return height + 2 * kCellPadding;
}

double TableLayout::bodyRowHeight(std::size_t row) {
    double& height = rowHeights_[row];
    if (height == kUnmeasured) height = rowHeight(doc_.rows[row], false);
    return height;
}

double TableLayout::headingsHeight() {
    if (headingsHeight_ == kUnmeasured) headingsHeight_ = rowHeight(headings(), true);
    return headingsHeight_;
}

double TableLayout::headerHeight(bool opening) {
    TextStyle title = style(true, ColumnAlign::Center);
    title.size = kTitleSize;
    const double width = pageWidth() - 2 * kMargin;
    const bool withTitle = opening && !doc_.continues;
    double height = withTitle ? text_.measureHeight(doc_.title, title, width) + 8 : 0;
    TextStyle line = style(false);
    line.size = kTextSize;
    for (std::size_t i = 0; i < headerLinesShown(opening); ++i)
        height += text_.measureHeight(doc_.headerLines[i], line, width) + 2;
    return height + 8;
}

// A table's later pages open under the running header with the headings alone (a later table
// keeps its name above them): the report's header is not repeated on every page.
std::size_t TableLayout::headerLinesShown(bool opening) const {
    if (opening) return doc_.headerLines.size();
    return doc_.continues ? std::min<std::size_t>(1, doc_.headerLines.size()) : 0;
}

TableLayout::Ranges TableLayout::paginate(double start, double& end) {
    if (doc_.chart) {
        end = start + headerHeight(true) + chartHeight();
        return {{0, 0}};
    }
    const double above = headerHeight(true) + headingsHeight();
    const double aboveLater = headerHeight(false) + headingsHeight();
    Ranges pages;
    std::size_t first = 0;
    double y = start + above;
    for (std::size_t i = 0; i < doc_.rows.size(); ++i) {
        const double height = bodyRowHeight(i);
        if (y + height > bottom() && i > first) {
            pages.emplace_back(first, i);
            first = i;
            y = laterPageTop() + aboveLater;
        }
        y += height;
    }
    pages.emplace_back(first, doc_.rows.size());
    end = y;
    return pages;
}

bool TableLayout::startsFitAt(double y) {
    if (doc_.chart) return y + headerHeight(true) + chartHeight() <= bottom();
    const double first = doc_.rows.empty() ? 0 : bodyRowHeight(0);
    return y + headerHeight(true) + headingsHeight() + first <= bottom();
}

std::vector<std::string> TableLayout::headings() const {
    std::vector<std::string> out;
    for (const TableColumn& c : doc_.columns) out.push_back(c.heading);
    return out;
}

double TableLayout::laterPageTop() const {
    return kMargin + kRunningHeaderSpace;
}

void TableLayout::drawRows(cairo_t* cr, std::size_t first, std::size_t last, double y,
                           bool opening) {
    std::vector<PageBox> boxes;
    const double width = pageWidth() - 2 * kMargin;
    if (opening && !doc_.continues) {
        TextStyle title = style(true, ColumnAlign::Center);
        title.size = kTitleSize;
        y += text_.show("title", doc_.title, title, kMargin, y, width, boxes) + 8;
    }
    // Header lines keep the full size when a wide table's cells are set smaller.
    TextStyle line = style(false);
    line.size = kTextSize;
    line.colour = kMuted;
    // A later table's first header line is its name: set as a heading, not as a muted note.
    TextStyle name = style(true);
    name.size = kTextSize;
    for (std::size_t i = 0; i < headerLinesShown(opening); ++i)
        y += text_.show("header", doc_.headerLines[i], doc_.continues && i == 0 ? name : line,
                        kMargin, y, width, boxes) +
             2;
    y += 8;
    if (doc_.chart) {
        drawChart(cr, *doc_.chart, y);
        return;
    }
    y = drawRow(cr, headings(), headingsHeight(), y, true, false);
    for (std::size_t i = first; i < last; ++i)
        y = drawRow(cr, doc_.rows[i], bodyRowHeight(i), y, false, (i - first) % 2 == 1);
}

void TableLayout::drawFooter(int page, int pages) {
    std::vector<PageBox> boxes;
    TextStyle footer = style(false, ColumnAlign::Center);
    footer.size = kFooterSize;
    footer.colour = kMuted;
    text_.show("footer", "第 " + std::to_string(page) + " 页，共 " + std::to_string(pages) + " 页",
               footer, kMargin, pageHeight() - kMargin - kFooterSize * 1.5,
               pageWidth() - 2 * kMargin, boxes);
}

void TableLayout::drawRunningHeader(const std::string& header) {
    std::vector<PageBox> boxes;
    TextStyle small = style(false);
    small.size = kFooterSize;
    small.colour = kMuted;
    text_.show("running-header", header, small, kMargin, kMargin, pageWidth() - 2 * kMargin, boxes);
    text_.hairline(kMargin, kMargin + kRunningHeaderSpace - 6, pageWidth() - 2 * kMargin, kRule);
}

double TableLayout::chartHeight() const {
    if (!doc_.chart) return 0;
    const double group =
        static_cast<double>(doc_.chart->series.size()) * (kBarHeight + kBarGap) + kGroupGap;
    return kLegendHeight + static_cast<double>(doc_.chart->labels.size()) * group;
}

void TableLayout::drawChart(cairo_t* cr, const BarChart& chart, double y) {
    std::vector<PageBox> boxes;
    const double width = pageWidth() - 2 * kMargin;
    const double barsLeft = kMargin + width * kLabelShare;
    const double fullBar = width * (1 - kLabelShare) - 40;  // room for the value after a bar
    double x = barsLeft;
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
        setColour(cr, kSeriesColours[s % kSeriesColours.size()]);
        cairo_rectangle(cr, x, y + 2, 8, 8);
        cairo_fill(cr);
        text_.show("legend", chart.series[s].name, style(false), x + 12, y, 120, boxes);
        x += 132;
    }
    y += kLegendHeight;
    for (std::size_t l = 0; l < chart.labels.size(); ++l) {
        const double groupTop = y;
        for (std::size_t s = 0; s < chart.series.size(); ++s) {
            const double value =
                l < chart.series[s].values.size() ? chart.series[s].values[l] : 0.0;
            const double length = fullBar * std::clamp(value, 0.0, 100.0) / 100.0;
            setColour(cr, kSeriesColours[s % kSeriesColours.size()]);
            cairo_rectangle(cr, barsLeft, y, length, kBarHeight);
            cairo_fill(cr);
            TextStyle small = style(false);
            small.size = kFooterSize;
            text_.show("value", formatPercent(value), small, barsLeft + length + 3, y - 1, 40,
                       boxes);
            y += kBarHeight + kBarGap;
        }
        text_.show("label", chart.labels[l], style(false, ColumnAlign::Right), kMargin,
                   groupTop + (y - groupTop - kBarGap) / 2 - kTextSize * 0.7,
                   width * kLabelShare - 8, boxes);
        y += kGroupGap;
    }
    text_.hairline(barsLeft, y - kGroupGap / 2, fullBar, kRule);
}

double TableLayout::drawRow(cairo_t* cr, const std::vector<std::string>& cells, double height,
                            double y, bool heading, bool shaded) {
    const std::vector<TextStyle>& styles = heading ? headingStyles_ : bodyStyles_;
    if (heading || shaded) {
        const double grey = heading ? 0.88 : 0.96;
        cairo_set_source_rgb(cr, grey, grey, grey);
        cairo_rectangle(cr, kMargin, y, tableWidth_, height);
        cairo_fill(cr);
    }
    std::vector<PageBox> boxes;
    for (std::size_t i = 0; i < doc_.columns.size(); ++i)
        text_.show("cell", i < cells.size() ? cells[i] : empty_, styles[i],
                   lefts_[i] + kCellPadding, y + kCellPadding, widths_[i] - 2 * kCellPadding,
                   boxes);
    text_.hairline(kMargin, y + height, tableWidth_, kRule);
    return y + height;
}

}  // namespace tqm::report
