// The height of a table cell without laying it out when it plainly fits on one line.
//
// A table of ten thousand people has close to a million cells, nearly all short numbers and
// names. Laying each out with Pango to learn its height cost more than drawing it. A cell whose
// characters are all set in the style's own font, at that font's line height and baseline, and
// whose advances add up to well under the column's width takes exactly one line, and its height
// is the style's line height: the advances are measured once per character and style, and only
// cells that may wrap (or hold a character the font lacks) are laid out in full.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "report/certificate_text.h"

namespace tqm::report {

class LineFitMeasure {
  public:
    explicit LineFitMeasure(TextSetter& text) : text_(&text) {}
    LineFitMeasure(const LineFitMeasure&) = delete;
    LineFitMeasure& operator=(const LineFitMeasure&) = delete;
    LineFitMeasure(LineFitMeasure&&) noexcept = default;
    LineFitMeasure& operator=(LineFitMeasure&&) noexcept = default;

    // Exactly what text.measureHeight(cell, style, width) gives.
    double height(std::string_view cell, const TextStyle& style, double width);

    // The width at which the cell surely takes one line (the shortcut's width when it applies):
    // what a table gives a column that must not wrap.
    double oneLineWidth(std::string_view cell, const TextStyle& style);

    // How many cells were answered from the cached advances, and how many laid out in full.
    std::size_t shortcuts() const { return shortcuts_; }
    std::size_t layouts() const { return layouts_; }

  private:
    // The measures of one font (family, size, weight).
    struct Face {
        std::string family;
        double size = 0;
        bool bold = false;
        double lineHeight = 0;  // of one line, as an empty cell measures
        double baseline = 0;
        // Advance of each character alone; absent until first seen, negative when the character
        // cannot take the shortcut (another font, another line height, a control or mark).
        std::unordered_map<char32_t, double> advances;
    };

    Face& face(const TextStyle& style);
    double advance(Face& face, char32_t character, const TextStyle& style);
    // The sum of the advances when every character may take the shortcut.
    std::optional<double> unshapedWidth(std::string_view cell, Face& face, const TextStyle& style);

    TextSetter* text_;
    std::vector<std::unique_ptr<Face>> faces_;
    std::size_t shortcuts_ = 0;
    std::size_t layouts_ = 0;
};

}  // namespace tqm::report
