// How results are written for people in every export: Chinese labels, durations and local times.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "bank/question.h"
#include "base/clock.h"
#include "exam/scoring.h"

namespace tqm::report {

// "1:05:09": hours (as many as needed), minutes and seconds; parts of a second are dropped.
std::string formatDuration(std::chrono::milliseconds duration);

// "2026-11-24 09:30:05": the wall-clock time at `utcOffset` from UTC, to the second.
std::string formatLocalTime(TimePoint time, std::chrono::minutes utcOffset);

// "2026-11-24T09:30:05+08:00": ISO 8601 with the offset, for JSON.
std::string formatIsoLocal(TimePoint time, std::chrono::minutes utcOffset);

// "+08:00", "-03:30", "+00:00".
std::string formatUtcOffset(std::chrono::minutes utcOffset);

// 通过 / 未通过 / 待评分
std::string_view verdictLabel(exam::Verdict verdict);

// 正确 / 部分正确 / 错误 / 未作答 / 待评分
std::string_view statusLabel(exam::ScoreStatus status);

}  // namespace tqm::report
