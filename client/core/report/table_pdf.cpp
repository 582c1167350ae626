#include "report/table_pdf.h"

#include <algorithm>
#include <array>
#include <memory>
#include <numeric>
#include <stdexcept>

#include <cairo-pdf.h>

#include "base/file_io.h"
#include "report/certificate_fonts.h"
#include "report/certificate_page.h"
#include "report/certificate_text.h"
#include "report/line_fit_measure.h"

namespace tqm::report {

namespace {

constexpr double kMargin = 42;  // about 15 mm
constexpr double kCellPadding = 4;
constexpr double kTextSize = 9.5;
constexpr double kTitleSize = 16;
constexpr double kFooterSize = 8.5;
constexpr double kFooterSpace = 24;
constexpr double kSectionGap = 18;
constexpr double kRunningHeaderSpace = 20;  // above a page that opens with a later table
constexpr double kBottom = kA4Height - kMargin - kFooterSpace;  // where rows must end
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

cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

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

// Where everything goes, worked out before anything is drawn so that the page count is known
// for the footers. Each row is measured once, while paginating, and drawn at that height.
class TableLayout {
  public:
    TableLayout(TextSetter& text, const TableDocument& document)
        : text_(text),
          doc_(document),
          measure_(text),
          rowHeights_(document.rows.size(), kUnmeasured),
          pageTop_(document.continues ? kMargin + kRunningHeaderSpace : kMargin) {
        const double weights = std::accumulate(
            doc_.columns.begin(), doc_.columns.end(), 0.0,
            [](double sum, const TableColumn& c) { return sum + std::max(c.width, 0.01); });
        double x = kMargin;
        for (const TableColumn& column : doc_.columns) {
            const double width = (kA4Width - 2 * kMargin) * std::max(column.width, 0.01) / weights;
            lefts_.push_back(x);
            widths_.push_back(width);
            x += width;
            bodyStyles_.push_back(style(false, column.align));
            headingStyles_.push_back(style(true, column.align));
        }
    }

    TextStyle style(bool bold, ColumnAlign align = ColumnAlign::Left) const {
        TextStyle s;
        s.family = text_.fonts().text;
        s.size = kTextSize;
        s.bold = bold;
        s.colour = kInk;
        s.align = pangoAlign(align);
        return s;
    }

    double rowHeight(const std::vector<std::string>& cells, bool bold) {
        const std::vector<TextStyle>& styles = bold ? headingStyles_ : bodyStyles_;
        double height = 0;
        for (std::size_t i = 0; i < doc_.columns.size(); ++i) {
            const std::string& cell = i < cells.size() ? cells[i] : empty_;
            height =
                std::max(height, measure_.height(cell, styles[i], widths_[i] - 2 * kCellPadding));
        }
        return height + 2 * kCellPadding;
    }

    double bodyRowHeight(std::size_t row) {
        double& height = rowHeights_[row];
        if (height == kUnmeasured) height = rowHeight(doc_.rows[row], false);
        return height;
    }

    double headingsHeight() {
        if (headingsHeight_ == kUnmeasured) headingsHeight_ = rowHeight(headings(), true);
        return headingsHeight_;
    }

    double headerHeight() {
        TextStyle title = style(true, ColumnAlign::Center);
        title.size = kTitleSize;
        double height =
            doc_.continues ? 0 : text_.measureHeight(doc_.title, title, kA4Width - 2 * kMargin) + 8;
        for (const std::string& line : doc_.headerLines)
            height += text_.measureHeight(line, style(false), kA4Width - 2 * kMargin) + 2;
        return height + 8;
    }

    // The rows of each page, as [first, last) ranges, when the first page starts at `start`;
    // `end` is set to where the last row ends.
    std::vector<std::pair<std::size_t, std::size_t>> paginate(double start, double& end) {
        if (doc_.chart) {
            end = start + headerHeight() + chartHeight();
            return {{0, 0}};
        }
        const double above = headerHeight() + headingsHeight();
        std::vector<std::pair<std::size_t, std::size_t>> pages;
        std::size_t first = 0;
        double y = start + above;
        for (std::size_t i = 0; i < doc_.rows.size(); ++i) {
            const double height = bodyRowHeight(i);
            if (y + height > kBottom && i > first) {
                pages.emplace_back(first, i);
                first = i;
                y = pageTop_ + above;
            }
            y += height;
        }
        pages.emplace_back(first, doc_.rows.size());
        end = y;
        return pages;
    }
    std::vector<std::pair<std::size_t, std::size_t>> paginate() {
        double end = 0;
        return paginate(pageTop_, end);
    }

    // Where this section starts when it opens a page: a later table leaves room for the running
    // header, so that every page names the report, its organization and date.
    double pageTop() const { return pageTop_; }

    // Whether the header, the headings and the first row fit between `y` and the foot.
    bool startsFitAt(double y) {
        if (doc_.chart) return y + headerHeight() + chartHeight() <= kBottom;
        const double first = doc_.rows.empty() ? 0 : bodyRowHeight(0);
        return y + headerHeight() + headingsHeight() + first <= kBottom;
    }

    std::vector<std::string> headings() const {
        std::vector<std::string> out;
        for (const TableColumn& c : doc_.columns) out.push_back(c.heading);
        return out;
    }

    // Draws rows [first, last) from `y` down, under the header.
    void drawRows(cairo_t* cr, std::size_t first, std::size_t last, double y) {
        std::vector<PageBox> boxes;
        const double width = kA4Width - 2 * kMargin;
        if (!doc_.continues) {
            TextStyle title = style(true, ColumnAlign::Center);
            title.size = kTitleSize;
            y += text_.show("title", doc_.title, title, kMargin, y, width, boxes) + 8;
        }
        TextStyle line = style(false);
        line.colour = kMuted;
        // A later table's first header line is its name: set as a heading, not as a muted note.
        TextStyle name = style(true);
        for (std::size_t i = 0; i < doc_.headerLines.size(); ++i)
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

    void drawPage(cairo_t* cr, std::size_t first, std::size_t last, int page, int pages) {
        drawRows(cr, first, last, kMargin);
        drawFooter(page, pages);
    }

    void drawFooter(int page, int pages) {
        std::vector<PageBox> boxes;
        const double width = kA4Width - 2 * kMargin;
        TextStyle footer = style(false, ColumnAlign::Center);
        footer.size = kFooterSize;
        footer.colour = kMuted;
        text_.show("footer",
                   "第 " + std::to_string(page) + " 页，共 " + std::to_string(pages) + " 页",
                   footer, kMargin, kA4Height - kMargin - kFooterSize * 1.5, width, boxes);
    }

    // A small line at the top of a page that does not open with the report's own header.
    void drawRunningHeader(const std::string& header) {
        std::vector<PageBox> boxes;
        TextStyle small = style(false);
        small.size = kFooterSize;
        small.colour = kMuted;
        text_.show("running-header", header, small, kMargin, kMargin, kA4Width - 2 * kMargin,
                   boxes);
        text_.hairline(kMargin, kMargin + kRunningHeaderSpace - 6, kA4Width - 2 * kMargin, kRule);
    }

    double chartHeight() const {
        if (!doc_.chart) return 0;
        const double group =
            static_cast<double>(doc_.chart->series.size()) * (kBarHeight + kBarGap) + kGroupGap;
        return kLegendHeight + static_cast<double>(doc_.chart->labels.size()) * group;
    }

  private:
    void drawChart(cairo_t* cr, const BarChart& chart, double y) {
        std::vector<PageBox> boxes;
        const double width = kA4Width - 2 * kMargin;
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

    static void setColour(cairo_t* cr, Rgb colour) {
        cairo_set_source_rgb(cr, colour.r, colour.g, colour.b);
    }

    static std::string formatPercent(double value) {
        const auto tenths = static_cast<long long>(value * 10 + 0.5);
        std::string text = std::to_string(tenths / 10);
        if (tenths % 10 != 0) text += "." + std::to_string(tenths % 10);
        return text + "%";
    }

    double drawRow(cairo_t* cr, const std::vector<std::string>& cells, double height, double y,
                   bool heading, bool shaded) {
        const std::vector<TextStyle>& styles = heading ? headingStyles_ : bodyStyles_;
        const double width = kA4Width - 2 * kMargin;
        if (heading || shaded) {
            const double grey = heading ? 0.88 : 0.96;
            cairo_set_source_rgb(cr, grey, grey, grey);
            cairo_rectangle(cr, kMargin, y, width, height);
            cairo_fill(cr);
        }
        std::vector<PageBox> boxes;
        for (std::size_t i = 0; i < doc_.columns.size(); ++i)
            text_.show("cell", i < cells.size() ? cells[i] : empty_, styles[i],
                       lefts_[i] + kCellPadding, y + kCellPadding, widths_[i] - 2 * kCellPadding,
                       boxes);
        text_.hairline(kMargin, y + height, width, kRule);
        return y + height;
    }

    static constexpr double kUnmeasured = -1;

    TextSetter& text_;
    const TableDocument& doc_;
    LineFitMeasure measure_;
    std::vector<double> lefts_;
    std::vector<double> widths_;
    std::vector<TextStyle> bodyStyles_;     // per column
    std::vector<TextStyle> headingStyles_;  // per column
    std::vector<double> rowHeights_;        // per row, kUnmeasured until measured
    double headingsHeight_ = kUnmeasured;
    const std::string empty_;
    double pageTop_;
};

// The report's title with its organization and report date: the header lines up to the one
// giving the date (reports::reportHeader puts "单位：…" and "报表日期：…" first), else the title.
std::string runningHeader(const TableDocument& first) {
    std::string header = first.title;
    for (const std::string& line : first.headerLines) {
        if (line.rfind("报表日期", 0) != 0 && line.rfind("单位：", 0) != 0) continue;
        header += "　" + line;
        if (line.rfind("报表日期", 0) == 0) break;
    }
    return header;
}

}  // namespace

TablePdf renderTablePdf(const TableDocument& document) {
    return renderTablesPdf({document});
}

TablePdf renderTablesPdf(const std::vector<TableDocument>& documents, const RowsDrawn& rowsDrawn) {
    TablePdf pdf;
    const std::optional<CertificateFonts> fonts = installedCertificateFonts();
    if (!fonts) {
        pdf.problem =
            "no installed font can print Chinese; install a Chinese font such as fonts-noto-cjk "
            "and export again.";
        return pdf;
    }
    if (documents.empty()) return pdf;
    {
        const std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
            cairo_pdf_surface_create_for_stream(&appendToString, &pdf.bytes, kA4Width, kA4Height),
            &cairo_surface_destroy);
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE,
                                       documents.front().title.c_str());
        const std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()),
                                                                    &cairo_destroy);
        TextSetter text(cr.get(), *fonts);
        // Every section is placed first, so each footer can give the document's page count.
        struct Placement {
            std::size_t section, first, last;
            double top;
            int page;
        };
        std::vector<TableLayout> layouts;
        layouts.reserve(documents.size());
        for (const TableDocument& document : documents) layouts.emplace_back(text, document);
        std::vector<Placement> placements;
        int page = 0;
        double y = kBottom;
        for (std::size_t section = 0; section < layouts.size(); ++section) {
            const bool sameSheet = section > 0 && documents[section].continues &&
                                   layouts[section].startsFitAt(y + kSectionGap);
            double top = sameSheet ? y + kSectionGap : layouts[section].pageTop();
            if (!sameSheet) ++page;
            double end = 0;
            const auto ranges = layouts[section].paginate(top, end);
            for (std::size_t i = 0; i < ranges.size(); ++i) {
                if (i > 0) {
                    ++page;
                    top = layouts[section].pageTop();
                }
                placements.push_back({section, ranges[i].first, ranges[i].second, top, page});
            }
            y = end;
        }
        pdf.pages = page;
        const std::string header = runningHeader(documents.front());
        std::size_t drawn = 0;
        for (std::size_t i = 0; i < placements.size(); ++i) {
            const Placement& at = placements[i];
            const bool opensPage = i == 0 || placements[i - 1].page != at.page;
            if (opensPage && documents[at.section].continues)
                layouts[at.section].drawRunningHeader(header);
            layouts[at.section].drawRows(cr.get(), at.first, at.last, at.top);
            if (!documents[at.section].chart) drawn += at.last - at.first;
            if (rowsDrawn) rowsDrawn(drawn);
            if (i + 1 == placements.size() || placements[i + 1].page != at.page) {
                layouts[at.section].drawFooter(at.page, pdf.pages);
                cairo_show_page(cr.get());
            }
        }
        cairo_surface_finish(surface.get());
        if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
            throw std::runtime_error(std::string("cairo could not finish the PDF: ") +
                                     cairo_status_to_string(cairo_surface_status(surface.get())));
    }
    return pdf;
}

std::optional<ExportError> writeTablePdf(const std::filesystem::path& file,
                                         const TableDocument& document) {
    return writeTablesPdf(file, {document});
}

std::optional<ExportError> writeTablesPdf(const std::filesystem::path& file,
                                          const std::vector<TableDocument>& documents,
                                          const RowsDrawn& rowsDrawn) {
    const TablePdf pdf = renderTablesPdf(documents, rowsDrawn);
    if (!pdf.problem.empty())
        return ExportError{file.string(), "cannot write " + file.string() + ": " + pdf.problem};
    std::string failure = writeFileAtomically(file, pdf.bytes);
    if (!failure.empty()) return ExportError{file.string(), std::move(failure)};
    return std::nullopt;
}

}  // namespace tqm::report
