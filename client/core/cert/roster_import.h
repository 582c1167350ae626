// Roster import: the people of a plant from a CSV file that HR exports from a spreadsheet.
// Headers may be Chinese (工号, 姓名, 单位, 部门, 岗位) or English (employee_no, name, unit,
// department, positions). Every bad row is reported against its line and column and left out;
// the good rows are written together in one transaction, updating people already known by 工号.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "store/people_repository.h"

namespace tqm::cert {

// What a diagnostic of the roster is about, for a program that words it in its own language
// (the diagnostics' messages are English).
struct RosterProblemDetail {
    // The row as a spreadsheet numbers it (the header row is row 1 when it is the first); 0 when
    // the problem is about the whole file.
    std::size_t row = 0;
    // The header of the column concerned, as written (for a missing column, its Chinese name);
    // empty when the problem is about no one column.
    std::string column;
    // The 工号 a 工号 problem is about; the other column of a repeated column.
    std::string value;
    // For a 工号 in several rows: all of those rows.
    std::vector<std::size_t> rows;

    bool operator==(const RosterProblemDetail&) const = default;
};

struct Roster {
    std::vector<store::PersonUpdate> people;   // the rows without errors, in file order
    std::vector<Diagnostic> diagnostics;       // sorted by line, then column
    std::vector<RosterProblemDetail> details;  // one per diagnostic, in the same order
    std::size_t rejected = 0;                  // rows with at least one error
};

// Reads and checks the file without touching any database. Bytes may start with a UTF-8 BOM.
Roster readRoster(std::string_view bytes, const std::string& fileName);

struct RosterImportResult {
    std::vector<Diagnostic> diagnostics;
    store::UpsertCounts counts;
    std::size_t rejected = 0;
    std::vector<RosterProblemDetail> details;  // one per diagnostic, in the same order

    // True when at least one person was added or updated or already matched the file.
    bool anyImported() const { return counts.added + counts.updated + counts.unchanged > 0; }
};

RosterImportResult importRoster(std::string_view bytes, const std::string& fileName,
                                store::PeopleRepository& people);

// "added 2, updated 1, unchanged 0, rejected 1"
std::string rosterSummary(const RosterImportResult& result);

// 岗位 cells list several positions separated by ; ； , ， or 、; blanks are dropped.
std::vector<std::string> splitPositions(std::string_view cell);

}  // namespace tqm::cert
