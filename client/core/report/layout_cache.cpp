#include "report/layout_cache.h"

namespace tqm::report {

namespace {

int pangoUnits(double value) {
    return static_cast<int>(value * PANGO_SCALE);
}

// A text longer than this is rarely repeated word for word (names, remarks): not worth a layout.
constexpr std::size_t kLongestRepeated = 32;
// Bounds per style: the sets are emptied when full, so a long table of unique names and numbers
// costs little memory; the texts that keep coming back are caught again at once.
constexpr std::size_t kSeenOnceLimit = 4096;
constexpr std::size_t kRepeatedLimit = 512;
// A table page uses a style and width per column, heading or body; more than this is unusual.
constexpr std::size_t kStyleLimit = 64;

bool sameLayout(const TextStyle& a, double aWidth, const TextStyle& b, double bWidth) {
    // The colour is not part of a layout; everything else that newLayout sets is.
    return aWidth == bWidth && a.size == b.size && a.bold == b.bold && a.align == b.align &&
           a.letterSpacingEm == b.letterSpacingEm && a.breakAnywhere == b.breakAnywhere &&
           a.family == b.family;
}

}  // namespace

LayoutCache::LayoutPtr LayoutCache::newLayout(const TextStyle& style, double width) const {
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

LayoutCache::StyleLayouts& LayoutCache::forStyle(const TextStyle& style, double width) {
    for (std::size_t tried = 0; tried < styles_.size(); ++tried) {
        const std::size_t at = (lastStyle_ + tried) % styles_.size();
        if (sameLayout(styles_[at]->style, styles_[at]->width, style, width)) {
            lastStyle_ = at;
            return *styles_[at];
        }
    }
    if (styles_.size() == kStyleLimit) styles_.clear();
    auto added = std::make_unique<StyleLayouts>();
    added->style = style;
    added->width = width;
    added->reused = newLayout(style, width);
    styles_.push_back(std::move(added));
    lastStyle_ = styles_.size() - 1;
    return *styles_.back();
}

PangoLayout* LayoutCache::layout(std::string_view text, const TextStyle& style, double width) {
    StyleLayouts& layouts = forStyle(style, width);
    if (text.size() <= kLongestRepeated) {
        const std::string key(text);
        const auto kept = layouts.repeated.find(key);
        if (kept != layouts.repeated.end()) return kept->second.get();
        if (layouts.seenOnce.erase(key) > 0) {
            if (layouts.repeated.size() == kRepeatedLimit) layouts.repeated.clear();
            LayoutPtr own = newLayout(style, width);
            // Plain text, never markup: names typed by people may hold < and &.
            pango_layout_set_text(own.get(), text.data(), static_cast<int>(text.size()));
            return layouts.repeated.emplace(key, std::move(own)).first->second.get();
        }
        if (layouts.seenOnce.size() == kSeenOnceLimit) layouts.seenOnce.clear();
        layouts.seenOnce.insert(key);
    }
    pango_layout_set_text(layouts.reused.get(), text.data(), static_cast<int>(text.size()));
    return layouts.reused.get();
}

}  // namespace tqm::report
