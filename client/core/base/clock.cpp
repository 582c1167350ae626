#include "base/clock.h"

#include <cstdio>

namespace tqm {

namespace {

struct UtcParts {
    int year;
    unsigned month, day;
    long long hours, minutes, seconds, millis;
};

// std::chrono's calendar instead of gmtime(), which is neither thread-safe nor the same call on
// every system.
UtcParts utcParts(TimePoint time) {
    using namespace std::chrono;
    const auto millis = floor<milliseconds>(time);
    const auto day = floor<days>(millis);
    const year_month_day date{day};
    const auto inDay = millis - day;
    return {static_cast<int>(date.year()),
            static_cast<unsigned>(date.month()),
            static_cast<unsigned>(date.day()),
            duration_cast<hours>(inDay).count(),
            duration_cast<minutes>(inDay).count() % 60,
            duration_cast<seconds>(inDay).count() % 60,
            inDay.count() % 1000};
}

}  // namespace

std::int64_t unixMillis(TimePoint time) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count();
}

TimePoint fromUnixMillis(std::int64_t millis) {
    return TimePoint{
        std::chrono::duration_cast<TimePoint::duration>(std::chrono::milliseconds{millis})};
}

std::string formatIsoUtc(TimePoint time) {
    const UtcParts p = utcParts(time);
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02lld:%02lld:%02lld.%03lldZ", p.year, p.month,
                  p.day, p.hours, p.minutes, p.seconds, p.millis);
    return text;
}

std::string formatFileStamp(TimePoint time) {
    const UtcParts p = utcParts(time);
    char text[32];
    std::snprintf(text, sizeof text, "%04d%02u%02u-%02lld%02lld%02lld", p.year, p.month, p.day,
                  p.hours, p.minutes, p.seconds);
    return text;
}

}  // namespace tqm
