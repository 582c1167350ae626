#include "report/certificate_text.h"

#include <algorithm>

namespace tqm::report {

namespace {

constexpr double kPointsPerInch = 72;

double points(int pangoUnits) {
    return static_cast<double>(pangoUnits) / PANGO_SCALE;
}

int pangoUnits(double value) {
    return static_cast<int>(value * PANGO_SCALE);
}

}  // namespace

TextSetter::TextSetter(cairo_t* cr, CertificateFonts fonts)
    : cr_(cr), fonts_(std::move(fonts)), context_(pango_cairo_create_context(cr)) {
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

TextSetter::LayoutPtr TextSetter::newLayout(const TextStyle& style, double width) const {
    LayoutPtr result(pango_layout_new(context_));
    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family(font, style.family.c_str());
    pango_font_description_set_absolute_size(font, style.size * PANGO_SCALE);
    pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(result.get(), font);
    pango_font_description_free(font);
    if (width > 0) pango_layout_set_width(result.get(), pangoUnits(width));
    pango_layout_set_wrap(result.get(),
                          style.breakAnywhere ? PANGO_WRAP_CHAR : PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(result.get(), style.align);
    PangoAttrList* attributes = pango_attr_list_new();
    if (style.letterSpacingEm > 0)
        pango_attr_list_insert(attributes, pango_attr_letter_spacing_new(
                                               pangoUnits(style.letterSpacingEm * style.size)));
    // A hyphen at a break inside a code would read as part of the code.
    pango_attr_list_insert(attributes, pango_attr_insert_hyphens_new(FALSE));
    pango_layout_set_attributes(result.get(), attributes);
    pango_attr_list_unref(attributes);
    return result;
}

PangoLayout* TextSetter::layout(std::string_view text, const TextStyle& style, double width) {
    // The colour is not part of a layout; everything else that newLayout sets is.
    const auto sameLayout = [&](const ReusedLayout& kept) {
        return kept.width == width && kept.style.size == style.size &&
               kept.style.bold == style.bold && kept.style.align == style.align &&
               kept.style.letterSpacingEm == style.letterSpacingEm &&
               kept.style.breakAnywhere == style.breakAnywhere && kept.style.family == style.family;
    };
    // A table page uses a few styles and widths (one per column, heading or body): a short list
    // searched from the most recent holds them all.
    constexpr std::size_t kKeptLayouts = 32;
    auto found = std::find_if(layouts_.begin(), layouts_.end(), sameLayout);
    if (found == layouts_.end()) {
        if (layouts_.size() == kKeptLayouts) layouts_.pop_back();
        layouts_.insert(layouts_.begin(), ReusedLayout{style, width, newLayout(style, width)});
        found = layouts_.begin();
    } else if (found != layouts_.begin()) {
        std::rotate(layouts_.begin(), found, found + 1);
        found = layouts_.begin();
    }
    // Plain text, never markup: names typed by people may hold < and &.
    pango_layout_set_text(found->layout.get(), text.data(), static_cast<int>(text.size()));
    return found->layout.get();
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
