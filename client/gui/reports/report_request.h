// What the report builder asks for, and the report document assembled from the database for it,
// through the same core calls as `tqm report ...`. Free of wx, so the assembling can run on a
// worker thread with a connection of its own.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "base/calendar_date.h"
#include "reports/hours_ledger.h"
#include "reports/id_unlock.h"
#include "reports/report_document.h"
#include "store/database.h"

namespace tqm::gui {

enum class ReportKind : std::uint8_t { Person, Class, Hours, Summary };

struct ReportRequest {
    ReportKind kind = ReportKind::Person;
    std::string person;        // 一人一档: a 工号, or a name that only one person has
    std::int64_t classId = 0;  // 一期一档
    Date from{};               // 学时台账 and a summary over a period
    Date to{};
    reports::Period period = reports::Period::Month;
    std::string competitionId;  // a summary of a competition; empty: over the period
    Date reportDate{};
    std::string organization;
    // 一人一档 with the full ID number instead of the masked one; given only after the organizer
    // password was checked (reports/id_unlock.h).
    std::optional<reports::FullIdUnlock> fullIdUnlock;
};

// Why there is nothing to show; the GUI says each in plain words with what to do next.
enum class ReportProblem : std::uint8_t {
    None,
    NoPersonGiven,    // the 工号 or name field is empty
    PersonNotFound,   // no one has that 工号 or name
    PersonAmbiguous,  // several people have that name
    NoClass,          // no training class chosen (or it is gone)
    RangeReversed,    // the last day is before the first
    NoHours,          // nobody earned study hours in the range
    NoCompetition,    // the competition chosen is gone
};

struct AssembledReport {
    std::optional<reports::ReportDocument> document;
    ReportProblem problem = ReportProblem::None;
    std::string what;      // for the audit log: "person E1001", "hours 2026-01-01..2026-11-24"
    std::string fileStem;  // the default file name: "一人一档-E1001-2026-11-24"
    // Why the full ID number could not be shown (id-number-unreadable); no document then.
    std::optional<reports::FullIdRefusal> idRefusal;
};

AssembledReport assembleReport(store::Database& database, const ReportRequest& request);

}  // namespace tqm::gui
