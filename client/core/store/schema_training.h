// Migration 12: training classes (培训班/期) with their course plan, roster, daily attendance
// (签到) and the exams taken in them (see store/README.md). Kept out of migrations.cpp so that
// file stays readable.
#pragma once

#include <string_view>

#include <SQLiteCpp/Database.h>

namespace tqm::store {

extern const std::string_view kTrainingSchema;

// Runs kTrainingSchema; the migration step calls it, so the list of steps stays a constant.
void createTrainingTables(SQLite::Database& sql);

}  // namespace tqm::store
