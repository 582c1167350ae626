#include "report/table_pdf.h"

#include <algorithm>
#include <memory>
#include <stdexcept>

#include <cairo-pdf.h>

#include "base/file_io.h"
#include "report/certificate_fonts.h"
#include "report/certificate_page.h"
#include "report/certificate_text.h"
#include "report/table_layout.h"

namespace tqm::report {

namespace {

constexpr double kSectionGap = 18;
// A narrow table of at most this many rows is set landscape in a report with a wide table; a
// longer one (such as a ledger's rows per course) prints portrait, more rows to a page.
constexpr std::size_t kShortTableRows = 60;

cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

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
            TableLayout* layout;
            std::size_t section, first, last;
            double top;
            int page;
            bool opening;  // the table's first page
        };
        std::vector<std::unique_ptr<TableLayout>> layouts;
        for (const TableDocument& document : documents)
            layouts.push_back(std::make_unique<TableLayout>(text, document));
        std::vector<std::unique_ptr<TableLayout>> turned;  // short narrow tables set landscape
        std::vector<Placement> placements;
        int page = 0;
        // A report with a wide table prints landscape; a short narrow table takes the
        // orientation of the page it follows on, a long narrow one opens portrait pages.
        bool landscapePage = std::any_of(layouts.begin(), layouts.end(),
                                         [](const auto& layout) { return layout->landscape(); });
        double y = 0;
        for (std::size_t section = 0; section < layouts.size(); ++section) {
            TableLayout* layout = layouts[section].get();
            const TableDocument& document = documents[section];
            const bool joins = section == 0 || document.continues;
            const bool isShort = document.chart || document.rows.size() <= kShortTableRows;
            if (joins && isShort && landscapePage && !layout->landscape()) {
                turned.push_back(std::make_unique<TableLayout>(text, document, true));
                layout = turned.back().get();
            }
            const bool sameSheet = section > 0 && document.continues &&
                                   layout->landscape() == landscapePage &&
                                   layout->startsFitAt(y + kSectionGap);
            double top = sameSheet ? y + kSectionGap : layout->pageTop();
            if (!sameSheet) {
                ++page;
                landscapePage = layout->landscape();
                pdf.landscape.push_back(landscapePage);
            }
            double end = 0;
            const auto ranges = layout->paginate(top, end);
            for (std::size_t i = 0; i < ranges.size(); ++i) {
                if (i > 0) {
                    ++page;
                    pdf.landscape.push_back(landscapePage);
                    top = layout->laterPageTop();
                }
                placements.push_back(
                    {layout, section, ranges[i].first, ranges[i].second, top, page, i == 0});
            }
            y = end;
        }
        pdf.pages = page;
        const std::string header = runningHeader(documents.front());
        std::size_t drawn = 0;
        for (std::size_t i = 0; i < placements.size(); ++i) {
            const Placement& at = placements[i];
            const bool opensPage = i == 0 || placements[i - 1].page != at.page;
            // The size of a page is set before anything is drawn on it.
            if (opensPage)
                cairo_pdf_surface_set_size(surface.get(), at.layout->pageWidth(),
                                           at.layout->pageHeight());
            if (opensPage && (documents[at.section].continues || !at.opening))
                at.layout->drawRunningHeader(header);
            at.layout->drawRows(cr.get(), at.first, at.last, at.top, at.opening);
            if (!documents[at.section].chart) drawn += at.last - at.first;
            if (rowsDrawn) rowsDrawn(drawn);
            if (i + 1 == placements.size() || placements[i + 1].page != at.page) {
                at.layout->drawFooter(at.page, pdf.pages);
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
