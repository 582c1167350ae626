// Importing a class's sign-in sheet (签到表) from CSV, as training offices keep it in a
// spreadsheet: one row per trainee with 工号 (required) and 姓名 (optional; checked against the
// database), and one column per class day headed by its date ("2026-11-02" or "2026/11/2")
// holding 出勤/迟到/缺勤/请假 (or present/late/absent/leave; blank for no mark). Every trainee
// of a good row joins the roster and gets the row's marks. Bad rows are reported against their
// line and column and left out; the good rows are written together in one transaction.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "store/database.h"

namespace tqm::training {

struct SheetImportResult {
    std::vector<Diagnostic> diagnostics;  // sorted by line, then column
    std::size_t joined = 0;               // people added to the roster
    std::size_t alreadyOnRoster = 0;
    std::size_t marks = 0;     // attendance marks added or changed
    std::size_t rejected = 0;  // rows left out
};

SheetImportResult importClassSheet(store::Database& database, std::int64_t classId,
                                   std::string_view bytes, const std::string& fileName);

}  // namespace tqm::training
