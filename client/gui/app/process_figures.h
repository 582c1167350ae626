// Figures of the running program for the startup benchmark (tools/bench/client_startup.cpp):
// how long since the process started and how much memory it holds resident.
#pragma once

#include <chrono>
#include <optional>

namespace tqm::gui {

// Milliseconds since the kernel started this process (10 ms resolution on Linux); nothing where
// the system does not say.
std::optional<double> millisecondsSinceProcessStart();

// The resident set size in megabytes (MiB); nothing where the system does not say.
std::optional<double> residentMegabytes();
// The largest resident set size since the process started, in megabytes (MiB): what a large
// load held at its height. Nothing where the system does not say.
std::optional<double> peakResidentMegabytes();

// Hands the memory freed by a large load (a bank's parse documents, freed in the reading
// thread's own malloc arena) back to the system, which the allocator would otherwise keep.
void releaseFreedMemory();

// Times the outermost event handler calls while it is switched on, keeping the slowest.
class HandlerTimer {
  public:
    void enter();
    void leave();
    void reset() { worst_ = {}; }
    std::chrono::duration<double, std::milli> worst() const { return worst_; }

  private:
    int depth_ = 0;
    std::chrono::steady_clock::time_point started_;
    std::chrono::duration<double, std::milli> worst_{};
};

}  // namespace tqm::gui
