// Where the core gets the time. Code that records or compares times takes a Clock so that tests
// can fast-forward a FakeClock through deadlines instead of sleeping.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace tqm {

using TimePoint = std::chrono::system_clock::time_point;

class Clock {
  public:
    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
};

class SystemClock final : public Clock {
  public:
    TimePoint now() const override { return std::chrono::system_clock::now(); }
};

// Stands still until a test moves it.
class FakeClock final : public Clock {
  public:
    explicit FakeClock(TimePoint start) : now_(start) {}
    TimePoint now() const override { return now_; }
    void advance(std::chrono::milliseconds by) { now_ += by; }
    void set(TimePoint to) { now_ = to; }

  private:
    TimePoint now_;
};

// Milliseconds since 1970-01-01T00:00:00Z, the form every timestamp takes in the database.
std::int64_t unixMillis(TimePoint time);
TimePoint fromUnixMillis(std::int64_t millis);

// "2026-11-24T10:30:00.125Z": ISO 8601 in UTC with milliseconds, for JSON and messages.
std::string formatIsoUtc(TimePoint time);

// "20261124-103000": UTC, safe in file names on every system.
std::string formatFileStamp(TimePoint time);

}  // namespace tqm
