#include "password_input.h"

#include <unistd.h>

#include <fstream>
#include <iostream>

#include "output.h"

#ifndef _WIN32
#include <termios.h>
#endif

namespace tqm::cli {
namespace {

std::string withoutLineEnd(std::string line) {
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    return line;
}

// Standard input without echo while a person types at a terminal, so the password never shows.
class HiddenInput {
  public:
    HiddenInput() {
#ifndef _WIN32
        if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &saved_) != 0) return;
        termios quiet = saved_;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        active_ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        if (active_) std::cerr << "Organizer password: " << std::flush;
#endif
    }
    ~HiddenInput() {
#ifndef _WIN32
        if (!active_) return;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_);
        std::cerr << '\n';
#endif
    }
    HiddenInput(const HiddenInput&) = delete;
    HiddenInput& operator=(const HiddenInput&) = delete;

  private:
#ifndef _WIN32
    termios saved_{};
#endif
    bool active_ = false;
};

}  // namespace

std::optional<std::string> readPassword(const std::string& passwordFile) {
    std::string line;
    if (!passwordFile.empty()) {
        std::ifstream in(passwordFile, std::ios::binary);
        if (!in || !std::getline(in, line)) {
            printSummary("tqm: cannot read the password file " + passwordFile);
            return std::nullopt;
        }
        return withoutLineEnd(line);
    }
    const HiddenInput hidden;
    if (!std::getline(std::cin, line)) {
        printSummary(
            "tqm: no organizer password on standard input; type it, or give "
            "--password-file FILE");
        return std::nullopt;
    }
    return withoutLineEnd(line);
}

}  // namespace tqm::cli
