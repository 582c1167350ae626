// The schema's history: numbered steps, each applied once, in order, in its own transaction, with
// the version then stored in PRAGMA user_version. A released step is never edited; a change to
// the schema is a new step at the end of the list (see store/README.md).
#pragma once

#include <span>
#include <string_view>

#include <SQLiteCpp/Database.h>

namespace tqm::store {

struct Migration {
    int version;                               // 1, 2, 3, ... without gaps
    std::string_view title;                    // what the step adds, for messages and the README
    std::string_view sql;                      // run first; may be empty when `run` does the work
    void (*run)(SQLite::Database&) = nullptr;  // for steps that need more than one script
};

// Every step the program knows, in order; the last one's version is the current schema.
std::span<const Migration> allMigrations();

// The version a database has after `migrations` (0 for none).
int latestVersion(std::span<const Migration> migrations);

}  // namespace tqm::store
