// What the commands share: reading input files, printing diagnostics and summaries, JSON, and
// writing output files so that an interrupted run never leaves half a file behind.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "bank/native_reader.h"
#include "base/diagnostic.h"

namespace tqm::cli {

// Exit codes shared by every command (documented in tools/tqm/README.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;    // the input has errors, or nothing could be done
inline constexpr int kExitUsage = 2;     // the command line itself is wrong
inline constexpr int kExitInternal = 3;  // a bug: an unexpected exception

// The whole file, or nothing with a "file-not-found" or "cannot-read" error added to `out`.
std::optional<std::string> readInputFile(const std::filesystem::path& file,
                                         std::vector<Diagnostic>& out);

// The "file-not-found" error the commands report for an input that does not exist.
Diagnostic fileNotFound(const std::filesystem::path& file);

// readBankFile(), except that a file that does not exist gets "file-not-found", so that one bad
// name in `tqm bank lint *.xml` reads like any other problem and the other files are still read.
bank::ReadResult readBank(const std::string& file);

// One formatDiagnostic() line per diagnostic on standard output.
void printDiagnostics(const std::vector<Diagnostic>& diagnostics);

// "tqm: password-wrong: The password is wrong; nothing exported": a core refusal (code and
// English sentence) followed by what it means for the command, without a doubled stop.
std::string refusalLine(std::string_view code, std::string_view message, std::string_view outcome);

// "1 error", "2 errors", "0 warnings".
std::string countOf(std::size_t count, std::string_view singular, std::string_view plural);

// "2 errors, 1 warning"
std::string problemSummary(const std::vector<Diagnostic>& diagnostics);

// The shortest text that reads back as the same number: "1", "0.5", "20.25".
std::string formatNumber(double value);

// {"line", "column", "severity", "code", "message"}; the file is named by the enclosing object.
nlohmann::ordered_json diagnosticJson(const Diagnostic& diagnostic);

// Pretty-printed JSON and a line end on standard output. Bytes that are not UTF-8 (a file name
// given in another encoding) are replaced rather than aborting the whole document.
void printJson(const nlohmann::ordered_json& document);

// Creates the folder `file` goes into when it does not exist yet. Returns "" or a message.
std::string makeParentFolder(const std::filesystem::path& file);

// Human-readable progress and summaries go to standard error, so that standard output carries
// only results a script can parse (diagnostic lines or JSON).
void printSummary(std::string_view line);

}  // namespace tqm::cli
