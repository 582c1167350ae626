#include "report/result_format.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace tqm::report {

namespace {

struct LocalTime {
    std::chrono::year_month_day date;
    std::chrono::hh_mm_ss<std::chrono::seconds> time;
};

LocalTime localTime(TimePoint time, std::chrono::minutes utcOffset) {
    const auto local = std::chrono::floor<std::chrono::seconds>(time + utcOffset);
    const auto day = std::chrono::floor<std::chrono::days>(local);
    return {std::chrono::year_month_day{day}, std::chrono::hh_mm_ss{local - day}};
}

std::string formatted(const LocalTime& t, char separator) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u%c%02ld:%02ld:%02lld",
                  static_cast<int>(t.date.year()), static_cast<unsigned>(t.date.month()),
                  static_cast<unsigned>(t.date.day()), separator,
                  static_cast<long>(t.time.hours().count()),
                  static_cast<long>(t.time.minutes().count()),
                  static_cast<long long>(t.time.seconds().count()));
    return buffer;
}

}  // namespace

std::string formatDuration(std::chrono::milliseconds duration) {
    const long long total =
        std::max<long long>(0, std::chrono::duration_cast<std::chrono::seconds>(duration).count());
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld", total / 3600, total / 60 % 60,
                  total % 60);
    return buffer;
}

std::string formatLocalTime(TimePoint time, std::chrono::minutes utcOffset) {
    return formatted(localTime(time, utcOffset), ' ');
}

std::string formatIsoLocal(TimePoint time, std::chrono::minutes utcOffset) {
    return formatted(localTime(time, utcOffset), 'T') + formatUtcOffset(utcOffset);
}

std::string formatUtcOffset(std::chrono::minutes utcOffset) {
    const long long minutes = utcOffset.count();
    const long long magnitude = std::llabs(minutes);
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%c%02lld:%02lld", minutes < 0 ? '-' : '+', magnitude / 60,
                  magnitude % 60);
    return buffer;
}

std::string_view verdictLabel(exam::Verdict verdict) {
    switch (verdict) {
        case exam::Verdict::Pass:
            return "通过";
        case exam::Verdict::Fail:
            return "未通过";
        case exam::Verdict::Pending:
            return "待评分";
    }
    return "待评分";
}

std::string_view statusLabel(exam::ScoreStatus status) {
    switch (status) {
        case exam::ScoreStatus::Correct:
            return "正确";
        case exam::ScoreStatus::PartiallyCorrect:
            return "部分正确";
        case exam::ScoreStatus::Wrong:
            return "错误";
        case exam::ScoreStatus::Unanswered:
            return "未作答";
        case exam::ScoreStatus::Pending:
            return "待评分";
    }
    return "未作答";
}

}  // namespace tqm::report
