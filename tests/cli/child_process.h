// A `tqm` process the test keeps talking to while it runs: its standard output is read line by
// line as it is written, and the test can kill it at any moment (the crash test's SIGKILL).
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace tqm::clitest {

class RunningTqm {
  public:
    // Starts `tqm args...` in `workDir` with standard input from /dev/null and standard error
    // into a file the test can read after the process ended.
    RunningTqm(const std::vector<std::string>& args, const std::filesystem::path& workDir);
    ~RunningTqm();
    RunningTqm(const RunningTqm&) = delete;
    RunningTqm& operator=(const RunningTqm&) = delete;

    // The next complete line of standard output, waiting at most `timeout`; nothing when the
    // time ran out or the output ended.
    std::optional<std::string> readLine(std::chrono::milliseconds timeout);

    // Every complete line written before the process ended (call after kill() or wait()).
    std::vector<std::string> drainLines();

    // SIGKILL, then reaps the process.
    void kill();
    // Waits for the process to end; its exit code, or 128 + the signal that ended it.
    int wait();

  private:
    bool fill(std::chrono::milliseconds timeout);

    pid_t pid_ = -1;
    int out_ = -1;
    std::string buffer_;
    bool ended_ = false;
    int status_ = 0;
    bool reaped_ = false;
};

}  // namespace tqm::clitest
