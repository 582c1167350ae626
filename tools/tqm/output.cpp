#include "output.h"

#include <charconv>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <system_error>

namespace tqm::cli {

Diagnostic fileNotFound(const std::filesystem::path& file) {
    return {file.string(), 0, 0, Severity::Error, "file-not-found", "the file does not exist"};
}

std::optional<std::string> readInputFile(const std::filesystem::path& file,
                                         std::vector<Diagnostic>& out) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) {
        out.push_back(fileNotFound(file));
        return std::nullopt;
    }
    if (std::filesystem::is_directory(file, ec)) {
        out.push_back(
            {file.string(), 0, 0, Severity::Error, "cannot-read", "this is a folder, not a file"});
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (!in && !in.eof()) {
        out.push_back({file.string(), 0, 0, Severity::Error, "cannot-read",
                       "the file cannot be opened for reading"});
        return std::nullopt;
    }
    return bytes;
}

bank::ReadResult readBank(const std::string& file) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) {
        bank::ReadResult result;
        result.diagnostics.push_back(fileNotFound(file));
        return result;
    }
    return bank::readBankFile(file);
}

void printDiagnostics(const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& d : diagnostics) std::cout << formatDiagnostic(d) << '\n';
    std::cout.flush();
}

std::string refusalLine(std::string_view code, std::string_view message, std::string_view outcome) {
    if (message.ends_with('.')) message.remove_suffix(1);
    std::string line = "tqm: ";
    line.append(code).append(": ").append(message).append("; ").append(outcome);
    return line;
}

std::string countOf(std::size_t count, std::string_view singular, std::string_view plural) {
    return std::to_string(count) + ' ' + std::string(count == 1 ? singular : plural);
}

std::string problemSummary(const std::vector<Diagnostic>& diagnostics) {
    return countOf(countBySeverity(diagnostics, Severity::Error), "error", "errors") + ", " +
           countOf(countBySeverity(diagnostics, Severity::Warning), "warning", "warnings");
}

std::string formatNumber(double value) {
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc{} ? std::string(buffer, end) : std::to_string(value);
}

nlohmann::ordered_json diagnosticJson(const Diagnostic& d) {
    return {{"line", d.line},
            {"column", d.column},
            {"severity", std::string(severityName(d.severity))},
            {"code", d.code},
            {"message", d.message}};
}

void printJson(const nlohmann::ordered_json& document) {
    std::cout << document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
              << std::endl;
}

std::string makeParentFolder(const std::filesystem::path& file) {
    const std::filesystem::path folder = file.parent_path();
    std::error_code ec;
    if (folder.empty() || std::filesystem::is_directory(folder, ec)) return {};
    std::filesystem::create_directories(folder, ec);
    return ec ? "cannot create folder " + folder.string() + ": " + ec.message() : std::string();
}

void printSummary(std::string_view line) {
    std::cerr << line << std::endl;
}

}  // namespace tqm::cli
