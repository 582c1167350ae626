// Calendar dates (no time of day) as certificates, positions and reviews use them: a day in the
// workstation's own calendar, written "2026-11-24" in files, the database and JSON.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "base/clock.h"

namespace tqm {

using Date = std::chrono::sys_days;

// "2026-11-24" with four-digit year and two-digit month and day; nothing for anything else,
// including dates that do not exist (2026-02-30). "2026/11/24" and "2026.11.24" (as spreadsheets
// write them) are read too, and "2026/1/5" with single digits.
std::optional<Date> parseDate(std::string_view text);

// "2026-11-24".
std::string formatDate(Date date);

// The same day of the month `months` later (or earlier when negative); the last day of the month
// when the month is shorter (2026-01-31 + 1 month = 2026-02-28).
Date addMonths(Date date, int months);

// The calendar day of `time` at `utcOffset` (China Standard Time, +08:00, by default).
Date dateAt(TimePoint time, std::chrono::minutes utcOffset = std::chrono::minutes{8 * 60});

}  // namespace tqm
