// The steady millisecond clock buzzes are timed with. Wall-clock time can jump (NTP, a user
// changing the time); a steady clock cannot, so the order of two presses a few milliseconds
// apart is never decided by a clock adjustment. Injected so that tests set the time.
#pragma once

#include <chrono>
#include <cstdint>

namespace tqm::compete {

class LiveClock {
  public:
    virtual ~LiveClock() = default;
    virtual std::int64_t steadyMs() const = 0;
};

class SteadyLiveClock final : public LiveClock {
  public:
    std::int64_t steadyMs() const override {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }
};

// Stands still until a test moves it.
class FakeLiveClock final : public LiveClock {
  public:
    explicit FakeLiveClock(std::int64_t startMs = 0) : now_(startMs) {}
    std::int64_t steadyMs() const override { return now_; }
    void advance(std::int64_t ms) { now_ += ms; }
    void set(std::int64_t ms) { now_ = ms; }

  private:
    std::int64_t now_;
};

}  // namespace tqm::compete
