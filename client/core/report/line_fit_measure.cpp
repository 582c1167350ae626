#include "report/line_fit_measure.h"

#include <glib.h>

namespace tqm::report {

namespace {

// Shaping moves glyphs off their lone advances (kerning of Latin pairs, for one): the sum must
// leave this much of the column free before a cell counts as one line. A cell closer to the edge
// is laid out in full.
double safetyMargin(double size, double unshaped) {
    return size + unshaped * 0.05;
}

// Characters that change the line itself (breaks, tabs, bidirectional controls) or join their
// neighbours (marks, zero-width characters): their lone measure says nothing about the cell.
bool mayTakeShortcut(gunichar character) {
    if (character == ' ') return true;
    if (g_unichar_iscntrl(character) || g_unichar_ismark(character) ||
        g_unichar_iszerowidth(character))
        return false;
    switch (g_unichar_type(character)) {
        case G_UNICODE_FORMAT:
        case G_UNICODE_LINE_SEPARATOR:
        case G_UNICODE_PARAGRAPH_SEPARATOR:
        case G_UNICODE_SURROGATE:
        case G_UNICODE_UNASSIGNED:
        case G_UNICODE_PRIVATE_USE:
            return false;
        default:
            return g_unichar_isprint(character);
    }
}

}  // namespace

LineFitMeasure::Face& LineFitMeasure::face(const TextStyle& style) {
    for (const auto& known : faces_)
        if (known->size == style.size && known->bold == style.bold && known->family == style.family)
            return *known;
    auto added = std::make_unique<Face>();
    added->family = style.family;
    added->size = style.size;
    added->bold = style.bold;
    const TextSetter::Extents empty = text_->measure("", style, 0);
    added->lineHeight = empty.height;
    added->baseline = empty.baseline;
    faces_.push_back(std::move(added));
    return *faces_.back();
}

double LineFitMeasure::advance(Face& face, char32_t character, const TextStyle& style) {
    const auto known = face.advances.find(character);
    if (known != face.advances.end()) return known->second;
    double width = -1;
    if (mayTakeShortcut(character)) {
        char utf8[8];
        const int length = g_unichar_to_utf8(character, utf8);
        const TextSetter::Extents alone =
            text_->measure(std::string_view(utf8, static_cast<std::size_t>(length)), style, 0);
        // Another font (a fallback for a character the face lacks) shows in the line's height
        // or baseline; such a cell is laid out in full.
        if (alone.height == face.lineHeight && alone.baseline == face.baseline) width = alone.width;
    }
    face.advances.emplace(character, width);
    return width;
}

std::optional<double> LineFitMeasure::unshapedWidth(std::string_view cell, Face& face,
                                                    const TextStyle& style) {
    double sum = 0;
    const char* at = cell.data();
    const char* const end = cell.data() + cell.size();
    while (at < end) {
        const gunichar character = g_utf8_get_char_validated(at, static_cast<gssize>(end - at));
        if (character == static_cast<gunichar>(-1) || character == static_cast<gunichar>(-2))
            return std::nullopt;
        const double width = advance(face, character, style);
        if (width < 0) return std::nullopt;
        sum += width;
        at = g_utf8_next_char(at);
    }
    return sum;
}

double LineFitMeasure::oneLineWidth(std::string_view cell, const TextStyle& style) {
    if (style.letterSpacingEm == 0) {
        Face& measured = face(style);
        if (const std::optional<double> unshaped = unshapedWidth(cell, measured, style))
            return *unshaped + safetyMargin(style.size, *unshaped);
    }
    // A line break in the cell still breaks; what is measured is its widest line.
    return text_->measure(cell, style, 0).width + 1;
}

double LineFitMeasure::height(std::string_view cell, const TextStyle& style, double width) {
    // Letter spacing is added by Pango between the shaped glyphs; such cells are few (titles).
    if (width > 0 && style.letterSpacingEm == 0) {
        Face& measured = face(style);
        const std::optional<double> unshaped = unshapedWidth(cell, measured, style);
        if (unshaped && *unshaped + safetyMargin(style.size, *unshaped) <= width) {
            ++shortcuts_;
            return measured.lineHeight;
        }
    }
    ++layouts_;
    return text_->measureHeight(cell, style, width);
}

}  // namespace tqm::report
