// Which rows of a results table are shown and in what order: a text search over 工号, name and
// unit, a choice of outcome, a unit; and sorting by any column, either way.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "results/result_table.h"

namespace tqm::results {

enum class OutcomeFilter : std::uint8_t { All, Passed, Failed, AwaitingMarking, InProgress };

struct ResultFilter {
    // Matched, ignoring case and full-width forms, as a part of 工号, name or unit; every word
    // (split at spaces) must match one of them.
    std::string text;
    OutcomeFilter outcome = OutcomeFilter::All;
    std::string unit;  // empty: every unit
};

bool matches(const ResultRow& row, const ResultFilter& filter);

// Indexes into `rows` of the rows the filter keeps, in their order.
std::vector<std::size_t> filterRows(std::span<const ResultRow> rows, const ResultFilter& filter);

enum class ResultColumn : std::uint8_t {
    EmployeeNo,
    Name,
    Unit,
    Positions,
    Attempt,
    Score,
    Verdict,
    TimeUsed,
    SubmittedAt,
    State,
};

// Sorts `order` (indexes into `rows`) by `column`. Texts compare by their UTF-8 bytes (Unicode
// order); outcomes rank passed, failed, awaiting marking, in progress; rows without a value
// (score, time or submission of an attempt in progress) come last either way; ties keep 工号
// order, so the result never depends on the order before.
void sortRows(std::span<const ResultRow> rows, std::vector<std::size_t>& order, ResultColumn column,
              bool ascending);

// The units of the rows, each once, sorted.
std::vector<std::string> unitsOf(std::span<const ResultRow> rows);

}  // namespace tqm::results
