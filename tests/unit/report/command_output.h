// Runs a command-line program for the tests that check an export with the tools people use on
// it (pdfinfo, pdftotext, pdftoppm, zbarimg).
#pragma once

#include <array>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

namespace tqm::reporttest {

struct CommandOutput {
    int status = -1;
    std::string out;  // standard output only
};

inline CommandOutput runCommand(const std::string& command) {
    CommandOutput result;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return result;
    std::array<char, 4096> buffer{};
    std::size_t read = 0;
    while ((read = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        result.out.append(buffer.data(), read);
    result.status = pclose(pipe);
    return result;
}

inline bool hasProgram(const std::string& name) {
    return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

}  // namespace tqm::reporttest
