// Exact decimal numbers with at most two places, held as whole hundredths: points (exam/points.h)
// and study hours (course/course.h) are written this way in files and shown this way on screen,
// so neither ever passes through binary floating point.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tqm {

// "2", "2.5", "0.25", "-1" (a leading minus is read so that callers can say "must be positive"
// rather than "not a number"); nothing for anything else: no digits before the point, a point
// without digits after it, a third decimal, more than nine digits before the point, spaces.
std::optional<std::int64_t> parseHundredths(std::string_view text);

// The shortest text that parseHundredths reads back as the same value: "2", "2.5", "0.25", "-1.5".
std::string formatHundredths(std::int64_t hundredths);

}  // namespace tqm
