// One table (or bar chart) of a table PDF laid out on A4 pages: the width of each column, the
// page's orientation, the height of each row and which rows go on which page. Used by
// table_pdf.cpp, which places the sections of a report one after another and numbers the pages.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <cairo.h>

#include "report/certificate_text.h"
#include "report/line_fit_measure.h"
#include "report/table_pdf.h"

namespace tqm::report {

class TableLayout {
  public:
    // Measures the columns and turns the page on its side when they need it; `landscape` forces
    // the orientation instead.
    TableLayout(TextSetter& text, const TableDocument& document,
                std::optional<bool> landscape = std::nullopt);

    bool landscape() const { return landscape_; }
    double pageWidth() const;
    double pageHeight() const;
    double textSize() const { return textSize_; }
    const std::vector<double>& columnWidths() const { return widths_; }

    // The rows of each page, as [first, last) ranges, when the first page starts at `start`;
    // `end` is set to where the last row ends.
    using Ranges = std::vector<std::pair<std::size_t, std::size_t>>;
    Ranges paginate(double start, double& end);
    // Where this section starts when it opens a page: a later table leaves room for the running
    // header, so that every page names the report, its organization and date.
    double pageTop() const { return pageTop_; }
    // Where a table's later pages start: under the running header.
    double laterPageTop() const;
    // Whether the header, the headings and the first row fit between `y` and the foot.
    bool startsFitAt(double y);

    // Draws rows [first, last) from `y` down, under the header (the whole header when `opening`
    // the table, else only a later table's name).
    void drawRows(cairo_t* cr, std::size_t first, std::size_t last, double y, bool opening);
    void drawFooter(int page, int pages);
    // A small line at the top of a page that does not open with the report's own header.
    void drawRunningHeader(const std::string& header);

  private:
    TextStyle style(bool bold, ColumnAlign align = ColumnAlign::Left) const;
    void fitColumnsToPage(std::optional<bool> landscape);
    double bottom() const;
    double rowHeight(const std::vector<std::string>& cells, bool bold);
    double bodyRowHeight(std::size_t row);
    double headingsHeight();
    double headerHeight(bool opening);
    std::size_t headerLinesShown(bool opening) const;
    double chartHeight() const;
    std::vector<std::string> headings() const;
    void drawChart(cairo_t* cr, const BarChart& chart, double y);
    double drawRow(cairo_t* cr, const std::vector<std::string>& cells, double height, double y,
                   bool heading, bool shaded);

    static constexpr double kUnmeasured = -1;

    TextSetter& text_;
    const TableDocument& doc_;
    LineFitMeasure measure_;
    bool landscape_ = false;
    double textSize_;
    std::vector<double> lefts_;
    std::vector<double> widths_;
    double tableWidth_ = 0;
    std::vector<TextStyle> bodyStyles_;     // per column
    std::vector<TextStyle> headingStyles_;  // per column
    std::vector<double> rowHeights_;        // per row, kUnmeasured until measured
    double headingsHeight_ = kUnmeasured;
    const std::string empty_;
    double pageTop_;
};

}  // namespace tqm::report
