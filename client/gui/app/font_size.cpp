#include "app/font_size.h"

#include <cmath>

namespace tqm::gui {

int fontSizePercent(FontSize size) {
    switch (size) {
        case FontSize::Large:
            return 125;
        case FontSize::ExtraLarge:
            return 150;
        case FontSize::Standard:
            break;
    }
    return 100;
}

std::optional<FontSize> fontSizeFromPercent(int percent) {
    for (FontSize size : kAllFontSizes)
        if (fontSizePercent(size) == percent) return size;
    return std::nullopt;
}

int scaledPointSize(int basePoints, FontSize size) {
    return static_cast<int>(std::lround(basePoints * fontSizePercent(size) / 100.0));
}

wxFont scaledFont(const wxFont& base, FontSize size) {
    wxFont font = base;
    font.SetPointSize(scaledPointSize(base.GetPointSize(), size));
    return font;
}

}  // namespace tqm::gui
