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

struct Roster {
    std::vector<store::PersonUpdate> people;  // the rows without errors, in file order
    std::vector<Diagnostic> diagnostics;      // sorted by line, then column
    std::size_t rejected = 0;                 // rows with at least one error
};

// Reads and checks the file without touching any database. Bytes may start with a UTF-8 BOM.
Roster readRoster(std::string_view bytes, const std::string& fileName);

struct RosterImportResult {
    std::vector<Diagnostic> diagnostics;
    store::UpsertCounts counts;
    std::size_t rejected = 0;

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
