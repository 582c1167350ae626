#include "app/process_figures.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include <time.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <unistd.h>

namespace tqm::gui {

std::optional<double> millisecondsSinceProcessStart() {
#ifdef __linux__
    // Field 22 of /proc/self/stat is the start time in clock ticks after boot; the second field
    // (the command name, in parentheses) may contain spaces, so fields are counted after it.
    std::ifstream in("/proc/self/stat");
    std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::size_t close = stat.rfind(')');
    if (close == std::string::npos) return std::nullopt;
    std::istringstream fields(stat.substr(close + 2));
    std::string field;
    for (int i = 3; i < 22 && fields >> field; ++i) {
    }
    unsigned long long startTicks = 0;
    if (!(fields >> startTicks)) return std::nullopt;
    timespec now{};
    if (clock_gettime(CLOCK_BOOTTIME, &now) != 0) return std::nullopt;
    const double ticksPerSecond = static_cast<double>(sysconf(_SC_CLK_TCK));
    const double nowMs = static_cast<double>(now.tv_sec) * 1000.0 + now.tv_nsec / 1e6;
    return nowMs - static_cast<double>(startTicks) * 1000.0 / ticksPerSecond;
#else
    return std::nullopt;
#endif
}

std::optional<double> residentMegabytes() {
#ifdef __linux__
    std::ifstream in("/proc/self/statm");
    unsigned long long sizePages = 0;
    unsigned long long residentPages = 0;
    if (!(in >> sizePages >> residentPages)) return std::nullopt;
    return static_cast<double>(residentPages) * static_cast<double>(sysconf(_SC_PAGESIZE)) /
           (1024.0 * 1024.0);
#else
    return std::nullopt;
#endif
}

std::optional<double> peakResidentMegabytes() {
#ifdef __linux__
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line)) {
        if (!line.starts_with("VmHWM:")) continue;
        std::istringstream fields(line.substr(6));
        unsigned long long kilobytes = 0;
        if (!(fields >> kilobytes)) return std::nullopt;
        return static_cast<double>(kilobytes) / 1024.0;
    }
#endif
    return std::nullopt;
}

void releaseFreedMemory() {
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

void HandlerTimer::enter() {
    if (depth_++ == 0) started_ = std::chrono::steady_clock::now();
}

void HandlerTimer::leave() {
    if (--depth_ != 0) return;
    const std::chrono::duration<double, std::milli> took =
        std::chrono::steady_clock::now() - started_;
    worst_ = std::max(worst_, took);
}

}  // namespace tqm::gui
