// A QR code as a square of dark and light modules, for drawing as vector squares.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace tqm::report {

struct QrCode {
    int size = 0;            // modules per side, without the quiet zone
    std::vector<bool> dark;  // size * size, row by row

    bool isDark(int row, int column) const {
        return dark[static_cast<std::size_t>(row * size + column)];
    }
};

// The text encoded byte for byte (8-bit mode) at error correction level M, which still reads with
// 15 % of the code smudged or torn; nothing when the text is too long for any QR version.
std::optional<QrCode> encodeQr(std::string_view text);

}  // namespace tqm::report
