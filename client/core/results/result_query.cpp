#include "results/result_query.h"

#include <algorithm>
#include <optional>
#include <set>
#include <variant>

#include "base/text_normalize.h"

namespace tqm::results {

namespace {

std::string searchable(std::string_view text) {
    return normalizeBlankAnswer(text, false);
}

std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> result;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        if (end > start) result.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return result;
}

bool outcomeMatches(const ResultRow& row, OutcomeFilter outcome) {
    switch (outcome) {
        case OutcomeFilter::All:
            return true;
        case OutcomeFilter::Passed:
            return row.scored() && row.verdict == exam::Verdict::Pass;
        case OutcomeFilter::Failed:
            return row.scored() && row.verdict == exam::Verdict::Fail;
        case OutcomeFilter::AwaitingMarking:
            return row.state == ResultState::AwaitingMarking;
        case OutcomeFilter::InProgress:
            return row.state == ResultState::InProgress;
    }
    return true;
}

int outcomeRank(const ResultRow& row) {
    if (row.state == ResultState::InProgress) return 3;
    if (row.state == ResultState::AwaitingMarking) return 2;
    return row.verdict == exam::Verdict::Pass ? 0 : 1;
}

int stateRank(ResultState state) {
    switch (state) {
        case ResultState::InProgress:
            return 0;
        case ResultState::AwaitingMarking:
            return 1;
        case ResultState::Submitted:
            return 2;
    }
    return 0;
}

// A row's sort key in `column`: a text, a number, or nothing (sorted last).
using Key = std::variant<std::monostate, std::int64_t, std::string_view>;

Key keyOf(const ResultRow& row, ResultColumn column) {
    const bool open = row.state == ResultState::InProgress;
    switch (column) {
        case ResultColumn::EmployeeNo:
            return std::string_view(row.employeeNo);
        case ResultColumn::Name:
            return std::string_view(row.name);
        case ResultColumn::Unit:
            return std::string_view(row.unit);
        case ResultColumn::Positions:
            return std::string_view(row.positions);
        case ResultColumn::Attempt:
            return std::int64_t{row.attemptNo};
        case ResultColumn::Score:
            return open ? Key{} : Key{row.earned};
        case ResultColumn::Verdict:
            return std::int64_t{outcomeRank(row)};
        case ResultColumn::TimeUsed:
            return row.timeUsedMs ? Key{*row.timeUsedMs} : Key{};
        case ResultColumn::SubmittedAt:
            return row.submittedAt ? Key{*row.submittedAt} : Key{};
        case ResultColumn::State:
            return std::int64_t{stateRank(row.state)};
    }
    return {};
}

}  // namespace

bool matches(const ResultRow& row, const ResultFilter& filter) {
    if (!outcomeMatches(row, filter.outcome)) return false;
    if (!filter.unit.empty() && row.unit != filter.unit) return false;
    const std::vector<std::string> needles = words(searchable(filter.text));
    if (needles.empty()) return true;
    const std::string haystacks[] = {searchable(row.employeeNo), searchable(row.name),
                                     searchable(row.unit)};
    return std::all_of(needles.begin(), needles.end(), [&](const std::string& needle) {
        return std::any_of(std::begin(haystacks), std::end(haystacks), [&](const std::string& h) {
            return h.find(needle) != std::string::npos;
        });
    });
}

std::vector<std::size_t> filterRows(std::span<const ResultRow> rows, const ResultFilter& filter) {
    std::vector<std::size_t> kept;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (matches(rows[i], filter)) kept.push_back(i);
    return kept;
}

void sortRows(std::span<const ResultRow> rows, std::vector<std::size_t>& order, ResultColumn column,
              bool ascending) {
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const Key ka = keyOf(rows[a], column);
        const Key kb = keyOf(rows[b], column);
        const bool noneA = std::holds_alternative<std::monostate>(ka);
        const bool noneB = std::holds_alternative<std::monostate>(kb);
        if (noneA != noneB) return noneB;
        if (!noneA && ka != kb) return ascending ? ka < kb : kb < ka;
        if (rows[a].employeeNo != rows[b].employeeNo)
            return rows[a].employeeNo < rows[b].employeeNo;
        return rows[a].attemptNo < rows[b].attemptNo;
    });
}

std::vector<std::string> unitsOf(std::span<const ResultRow> rows) {
    std::set<std::string> units;
    for (const ResultRow& row : rows)
        if (!row.unit.empty()) units.insert(row.unit);
    return {units.begin(), units.end()};
}

}  // namespace tqm::results
