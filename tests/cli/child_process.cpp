#include "child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <stdexcept>

extern char** environ;

namespace tqm::clitest {

RunningTqm::RunningTqm(const std::vector<std::string>& args, const std::filesystem::path& workDir) {
    int pipeEnds[2];
    if (pipe2(pipeEnds, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe failed: " + std::string(std::strerror(errno)));
    out_ = pipeEnds[0];

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    const std::string dir = workDir.string();
    posix_spawn_file_actions_addchdir_np(&actions, dir.c_str());

    std::string binary = TQM_BINARY;
    std::vector<std::string> storage = args;
    std::vector<char*> argv{binary.data()};
    for (std::string& arg : storage) argv.push_back(arg.data());
    argv.push_back(nullptr);
    const int rc = posix_spawn(&pid_, binary.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(pipeEnds[1]);
    if (rc != 0) {
        close(out_);
        throw std::runtime_error("cannot start " + binary + ": " + std::strerror(rc));
    }
}

RunningTqm::~RunningTqm() {
    if (!reaped_) kill();
    if (out_ >= 0) close(out_);
}

bool RunningTqm::fill(std::chrono::milliseconds timeout) {
    if (ended_) return false;
    pollfd ready{out_, POLLIN, 0};
    const int polled = poll(&ready, 1, static_cast<int>(timeout.count()));
    if (polled <= 0) return false;
    std::array<char, 4096> chunk;
    const ssize_t got = read(out_, chunk.data(), chunk.size());
    if (got <= 0) {
        ended_ = true;
        return false;
    }
    buffer_.append(chunk.data(), static_cast<std::size_t>(got));
    return true;
}

std::optional<std::string> RunningTqm::readLine(std::chrono::milliseconds timeout) {
    const auto until = std::chrono::steady_clock::now() + timeout;
    while (true) {
        if (const std::size_t end = buffer_.find('\n'); end != std::string::npos) {
            std::string line = buffer_.substr(0, end);
            buffer_.erase(0, end + 1);
            return line;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            until - std::chrono::steady_clock::now());
        if (left.count() <= 0 || !fill(left)) {
            if (ended_ || std::chrono::steady_clock::now() >= until) return std::nullopt;
        }
    }
}

std::vector<std::string> RunningTqm::drainLines() {
    while (fill(std::chrono::milliseconds(1000))) {
    }
    std::vector<std::string> lines;
    std::size_t end = 0;
    while ((end = buffer_.find('\n')) != std::string::npos) {
        lines.push_back(buffer_.substr(0, end));
        buffer_.erase(0, end + 1);
    }
    return lines;
}

void RunningTqm::kill() {
    if (reaped_) return;
    ::kill(pid_, SIGKILL);
    wait();
}

int RunningTqm::wait() {
    if (!reaped_) {
        while (waitpid(pid_, &status_, 0) < 0)
            if (errno != EINTR) throw std::runtime_error("waitpid failed");
        reaped_ = true;
    }
    return WIFEXITED(status_) ? WEXITSTATUS(status_) : 128 + WTERMSIG(status_);
}

}  // namespace tqm::clitest
