// Text on a certificate page: pango layouts in points on a cairo context, wrapped to a width and
// shrunk to fit where a band has only so many lines.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <pango/pangocairo.h>

#include "report/certificate_fonts.h"
#include "report/certificate_page.h"
#include "report/layout_cache.h"
#include "report/text_style.h"

namespace tqm::report {

class TextSetter {
  public:
    TextSetter(cairo_t* cr, CertificateFonts fonts);
    ~TextSetter();
    TextSetter(const TextSetter&) = delete;
    TextSetter& operator=(const TextSetter&) = delete;

    const CertificateFonts& fonts() const { return fonts_; }

    double measureWidth(std::string_view text, const std::string& family, double size, bool bold);
    double measureHeight(std::string_view text, const TextStyle& style, double width);
    // The logical size of the text wrapped to `width` (0: unwrapped) and its first baseline, from
    // one layout.
    struct Extents {
        double width = 0;
        double height = 0;
        double baseline = 0;
    };
    Extents measure(std::string_view text, const TextStyle& style, double width);
    int lineCount(std::string_view text, const TextStyle& style, double width);

    // Draws the text wrapped to `width` with its top at `y`; records its box and returns its
    // height.
    double show(const std::string& what, std::string_view text, const TextStyle& style, double x,
                double y, double width, std::vector<PageBox>& boxes);
    // As show, first narrowing the letter spacing, then shrinking the size a point at a time (not
    // below `minSize`) until the text takes at most `maxLines` lines.
    double showFitted(const std::string& what, std::string_view text, TextStyle style, double x,
                      double y, double width, int maxLines, double minSize,
                      std::vector<PageBox>& boxes);

    void hairline(double x, double y, double width, Rgb colour);

  private:
    // The layout holding `text`, owned by the cache and valid until the next call.
    PangoLayout* layout(std::string_view text, const TextStyle& style, double width) {
        return layouts_.layout(text, style, width);
    }

    cairo_t* cr_;
    CertificateFonts fonts_;
    PangoContext* context_;
    LayoutCache layouts_;
};

}  // namespace tqm::report
