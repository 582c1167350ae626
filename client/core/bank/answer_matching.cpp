#include "bank/answer_matching.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>

#include "base/text_normalize.h"

namespace tqm::bank {

namespace {

// Learners type numbers with full-width digits and signs on Chinese keyboards, so the answer is
// folded to half-width before parsing; anything but a whole number is not a number.
std::optional<double> parseNumber(std::string_view answer) {
    const std::string halfWidth = toHalfWidth(answer);
    std::string_view text = trimSpaces(halfWidth);
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    if (text.empty()) return std::nullopt;
    double value = 0.0;
    const char* end = text.data() + text.size();
    auto [stop, ec] = std::from_chars(text.data(), end, value, std::chars_format::fixed);
    if (ec != std::errc{} || stop != end || !std::isfinite(value)) return std::nullopt;
    return value;
}

// Decimal input such as 1.34 against 1.33 +- 0.01 lands a hair outside the tolerance in binary
// floating point; a relative slack far below any tolerance a trainer would write absorbs that.
bool withinTolerance(double value, double expected, double tolerance) {
    const double slack = 1e-9 * std::max(1.0, std::fabs(expected));
    return std::fabs(value - expected) <= tolerance + slack;
}

}  // namespace

bool blankAccepts(const Blank& blank, std::string_view answer, bool caseSensitive) {
    if (blank.number) {
        const std::optional<double> value = parseNumber(answer);
        if (value && withinTolerance(*value, *blank.number, blank.tolerance)) return true;
    }
    const std::string given = normalizeBlankAnswer(answer, caseSensitive);
    if (given.empty()) return false;
    return std::any_of(blank.accepted.begin(), blank.accepted.end(), [&](std::string_view a) {
        return normalizeBlankAnswer(a, caseSensitive) == given;
    });
}

}  // namespace tqm::bank
