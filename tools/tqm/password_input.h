// Reading the organizer password for commands that export ID numbers in full.
#pragma once

#include <optional>
#include <string>

namespace tqm::cli {

// The first line of the password file, or of standard input (without echo at a terminal);
// never a command-line argument, which other users could read in the process list and which
// stays in the shell's history. Nothing after a message saying why.
std::optional<std::string> readPassword(const std::string& passwordFile);

}  // namespace tqm::cli
