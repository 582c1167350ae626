#include "report/certificate_text.h"

namespace tqm::report {

namespace {

constexpr double kPointsPerInch = 72;

double points(int pangoUnits) {
    return static_cast<double>(pangoUnits) / PANGO_SCALE;
}

}  // namespace

TextSetter::TextSetter(cairo_t* cr, CertificateFonts fonts)
    : cr_(cr),
      fonts_(std::move(fonts)),
      context_(pango_cairo_create_context(cr)),
      layouts_(context_) {
    // One unit is one point, and metrics are not snapped to a screen's pixels, so what is measured
    // is exactly what the PDF prints.
    pango_cairo_context_set_resolution(context_, kPointsPerInch);
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context_, options);
    cairo_font_options_destroy(options);
}

TextSetter::~TextSetter() {
    g_object_unref(context_);
}

double TextSetter::measureWidth(std::string_view text, const std::string& family, double size,
                                bool bold) {
    return measure(text, {family, size, bold, {}, PANGO_ALIGN_LEFT}, 0).width;
}

double TextSetter::measureHeight(std::string_view text, const TextStyle& style, double width) {
    return measure(text, style, width).height;
}

TextSetter::Extents TextSetter::measure(std::string_view text, const TextStyle& style,
                                        double width) {
    PangoLayout* measured = layout(text, style, width);
    PangoRectangle logical;
    pango_layout_get_extents(measured, nullptr, &logical);
    return {points(logical.width), points(logical.height),
            points(pango_layout_get_baseline(measured))};
}

int TextSetter::lineCount(std::string_view text, const TextStyle& style, double width) {
    return pango_layout_get_line_count(layout(text, style, width));
}

double TextSetter::show(const std::string& what, std::string_view text, const TextStyle& style,
                        double x, double y, double width, std::vector<PageBox>& boxes) {
    PangoLayout* shown = layout(text, style, width);
    PangoRectangle logical;
    pango_layout_get_extents(shown, nullptr, &logical);
    // Letter spacing also follows the last character; centred text moves back by half of it.
    const double shift =
        style.align == PANGO_ALIGN_CENTER ? style.letterSpacingEm * style.size / 2 : 0;
    cairo_set_source_rgb(cr_, style.colour.r, style.colour.g, style.colour.b);
    cairo_move_to(cr_, x + shift, y);
    pango_cairo_show_layout(cr_, shown);
    boxes.push_back({what, x + shift + points(logical.x), y + points(logical.y),
                     points(logical.width), points(logical.height)});
    return points(logical.height);
}

double TextSetter::showFitted(const std::string& what, std::string_view text, TextStyle style,
                              double x, double y, double width, int maxLines, double minSize,
                              std::vector<PageBox>& boxes) {
    while (style.size > minSize && lineCount(text, style, width) > maxLines) {
        // A long text loses its wide spacing before it loses size.
        if (style.letterSpacingEm > 0.05)
            style.letterSpacingEm = 0.05;
        else
            style.size -= 1;
    }
    return show(what, text, style, x, y, width, boxes);
}

void TextSetter::hairline(double x, double y, double width, Rgb colour) {
    cairo_set_source_rgb(cr_, colour.r, colour.g, colour.b);
    cairo_set_line_width(cr_, 0.5);
    cairo_move_to(cr_, x, y);
    cairo_line_to(cr_, x + width, y);
    cairo_stroke(cr_);
}

}  // namespace tqm::report
