// Diagnostics: how the core reports expected failures in user input (files, rows, records).
// Parsers and importers collect every problem they find instead of stopping at the first one.
#pragma once

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

namespace tqm {

enum class Severity : std::uint8_t { Error, Warning };

std::string_view severityName(Severity severity);  // "error" / "warning"

// One problem in one input. `line` and `column` are 1-based; 0 means "not known" (for example a
// problem with a whole file). Columns count Unicode characters, not bytes, so they match what an
// editor shows for Chinese text.
struct Diagnostic {
    std::string file;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    Severity severity = Severity::Error;
    std::string code;     // stable, kebab-case, e.g. "duplicate-id"; scripts and tests match on it
    std::string message;  // English sentence; the GUI translates by code

    bool operator==(const Diagnostic&) const = default;
};

// "FILE:LINE:COL: error: CODE: message" (LINE and COL are omitted when unknown).
std::string formatDiagnostic(const Diagnostic& diagnostic);

bool hasErrors(const std::vector<Diagnostic>& diagnostics);
std::size_t countBySeverity(const std::vector<Diagnostic>& diagnostics, Severity severity);

// Sorts diagnostics by line, then column (stable), keeping each one's detail beside it; details
// missing at the end (a problem with no detail of its own) are made empty first.
template <class Detail>
void sortDiagnosticsWithDetails(std::vector<Diagnostic>& diagnostics,
                                std::vector<Detail>& details) {
    details.resize(diagnostics.size());
    std::vector<std::size_t> order(diagnostics.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::pair(diagnostics[a].line, diagnostics[a].column) <
               std::pair(diagnostics[b].line, diagnostics[b].column);
    });
    std::vector<Diagnostic> sortedDiagnostics;
    std::vector<Detail> sortedDetails;
    sortedDiagnostics.reserve(order.size());
    sortedDetails.reserve(order.size());
    for (const std::size_t i : order) {
        sortedDiagnostics.push_back(std::move(diagnostics[i]));
        sortedDetails.push_back(std::move(details[i]));
    }
    diagnostics = std::move(sortedDiagnostics);
    details = std::move(sortedDetails);
}

// Appends to a list while remembering which file the problems are about.
class DiagnosticSink {
  public:
    DiagnosticSink(std::vector<Diagnostic>& out, std::string file)
        : out_(out), file_(std::move(file)) {}

    void error(std::uint32_t line, std::uint32_t column, std::string code, std::string message) {
        add(Severity::Error, line, column, std::move(code), std::move(message));
    }
    void warning(std::uint32_t line, std::uint32_t column, std::string code, std::string message) {
        add(Severity::Warning, line, column, std::move(code), std::move(message));
    }
    void add(Severity severity, std::uint32_t line, std::uint32_t column, std::string code,
             std::string message) {
        out_.push_back({file_, line, column, severity, std::move(code), std::move(message)});
    }
    const std::string& file() const { return file_; }
    std::vector<Diagnostic>& diagnostics() { return out_; }

  private:
    std::vector<Diagnostic>& out_;
    std::string file_;
};

}  // namespace tqm
