// The font-size setting. The whole interface follows the main window's font: the frame's font is
// the system's font scaled by the size chosen, and every screen derives its fonts from its own
// GetFont(), so one setting enlarges everything for workers who read small print with effort.
#pragma once

#include <array>
#include <optional>

#include <wx/font.h>

namespace tqm::gui {

enum class FontSize { Standard, Large, ExtraLarge };

inline constexpr std::array kAllFontSizes{FontSize::Standard, FontSize::Large,
                                          FontSize::ExtraLarge};

// 100, 125 and 150.
int fontSizePercent(FontSize size);
// The size whose percentage is `percent`; nothing for any other number.
std::optional<FontSize> fontSizeFromPercent(int percent);
// `basePoints` scaled by the size and rounded to whole points (10 → 10, 13, 15).
int scaledPointSize(int basePoints, FontSize size);
// `base` at scaledPointSize() points, otherwise unchanged.
wxFont scaledFont(const wxFont& base, FontSize size);

}  // namespace tqm::gui
