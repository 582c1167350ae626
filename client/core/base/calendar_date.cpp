#include "base/calendar_date.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace tqm {

namespace {

// Reads 1 to `maxDigits` digits at `pos`; nothing when there are none or too many.
std::optional<int> readNumber(std::string_view text, std::size_t& pos, std::size_t maxDigits) {
    const std::size_t start = pos;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
    const std::size_t digits = pos - start;
    if (digits == 0 || digits > maxDigits) return std::nullopt;
    int value = 0;
    std::from_chars(text.data() + start, text.data() + pos, value);
    return value;
}

}  // namespace

std::optional<Date> parseDate(std::string_view text) {
    std::size_t pos = 0;
    const auto year = readNumber(text, pos, 4);
    if (!year || pos != 4 || pos >= text.size()) return std::nullopt;
    const char separator = text[pos];
    if (separator != '-' && separator != '/' && separator != '.') return std::nullopt;
    ++pos;
    const auto month = readNumber(text, pos, 2);
    if (!month || pos >= text.size() || text[pos] != separator) return std::nullopt;
    ++pos;
    const auto day = readNumber(text, pos, 2);
    if (!day || pos != text.size()) return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year{*year},
                                           std::chrono::month{static_cast<unsigned>(*month)},
                                           std::chrono::day{static_cast<unsigned>(*day)}};
    if (!date.ok()) return std::nullopt;
    return Date{date};
}

std::string formatDate(Date date) {
    const std::chrono::year_month_day ymd{date};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return text;
}

Date addMonths(Date date, int months) {
    const std::chrono::year_month_day ymd{date};
    const std::chrono::year_month moved =
        std::chrono::year_month{ymd.year(), ymd.month()} + std::chrono::months{months};
    const std::chrono::day lastDay = std::chrono::year_month_day_last{
        moved.year(), std::chrono::month_day_last{moved.month()}}.day();
    return Date{std::chrono::year_month_day{moved.year(), moved.month(),
                                            std::min(ymd.day(), lastDay)}};
}

Date dateAt(TimePoint time, std::chrono::minutes utcOffset) {
    return std::chrono::floor<std::chrono::days>(time + utcOffset);
}

}  // namespace tqm
