#include "base/hundredths.h"

#include <algorithm>
#include <cstdlib>

namespace tqm {

std::optional<std::int64_t> parseHundredths(std::string_view text) {
    const bool negative = text.starts_with('-');
    if (negative) text.remove_prefix(1);
    const std::size_t dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view fraction =
        dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
    const auto digitsOnly = [](std::string_view s) {
        return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (whole.empty() || whole.size() > 9 || !digitsOnly(whole) || !digitsOnly(fraction) ||
        fraction.size() > 2 || (dot != std::string_view::npos && fraction.empty()))
        return std::nullopt;
    std::int64_t value = 0;
    for (char c : whole) value = value * 10 + (c - '0');
    value *= 100;
    if (!fraction.empty()) value += (fraction[0] - '0') * 10;
    if (fraction.size() == 2) value += fraction[1] - '0';
    return negative ? -value : value;
}

std::string formatHundredths(std::int64_t hundredths) {
    std::string text = hundredths < 0 ? "-" : "";
    const std::int64_t magnitude = std::llabs(hundredths);
    text += std::to_string(magnitude / 100);
    const std::int64_t fraction = magnitude % 100;
    if (fraction != 0) {
        text += '.';
        text += static_cast<char>('0' + fraction / 10);
        if (fraction % 10 != 0) text += static_cast<char>('0' + fraction % 10);
    }
    return text;
}

}  // namespace tqm
