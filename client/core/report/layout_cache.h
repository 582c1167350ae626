// Pango layouts kept between the texts a page sets, so that a table's cells do not each build a
// layout (font description, attributes) and shape their text again.
//
// Each style and width keeps one layout whose text is replaced for every new text. A short text
// seen a second time (a "1.5" of hours, a unit, a course) gets a layout of its own that keeps its
// shaped lines, so every later cell with that text is drawn without shaping it again. A layout
// answers exactly what a fresh layout of the same text, style and width would.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <pango/pangocairo.h>

#include "report/text_style.h"

namespace tqm::report {

class LayoutCache {
  public:
    explicit LayoutCache(PangoContext* context) : context_(context) {}

    // The layout holding `text` set in `style` and wrapped to `width` (0: unwrapped), owned by
    // the cache and valid until the next call.
    PangoLayout* layout(std::string_view text, const TextStyle& style, double width);

  private:
    struct LayoutUnref {
        void operator()(PangoLayout* layout) const { g_object_unref(layout); }
    };
    using LayoutPtr = std::unique_ptr<PangoLayout, LayoutUnref>;

    struct StyleLayouts {
        TextStyle style;
        double width = 0;
        LayoutPtr reused;  // for texts seen once
        std::unordered_set<std::string> seenOnce;
        std::unordered_map<std::string, LayoutPtr> repeated;
    };

    LayoutPtr newLayout(const TextStyle& style, double width) const;
    StyleLayouts& forStyle(const TextStyle& style, double width);

    PangoContext* context_;
    std::vector<std::unique_ptr<StyleLayouts>> styles_;
    std::size_t lastStyle_ = 0;  // where the search starts: cells of a column come in runs
};

}  // namespace tqm::report
