// The one SQLite file that holds everything a workstation records. Opening checks the file before
// touching it: a damaged file, a file from a newer program or a file that is not ours is refused
// with a message and left byte for byte as it was. Only then is it opened for writing, brought to
// the current schema (after a backup copy) and configured for durability.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>

#include <SQLiteCpp/Database.h>

#include "base/clock.h"
#include "store/migrations.h"

namespace tqm::store {

// The name that opens a private in-memory database (tests, dry runs).
inline constexpr const char* kInMemory = ":memory:";

// Marks our files in the SQLite header (PRAGMA application_id), so another program's SQLite
// database is never mistaken for an empty one of ours and migrated.
inline constexpr std::int32_t kApplicationId = 0x54514D31;  // "TQM1"

// How long a writer waits for another connection's lock before giving up.
inline constexpr int kBusyTimeoutMs = 5000;

// Why a file could not be opened. `code` is stable for scripts and tests; `message` names the
// file, says what is wrong and what to do.
struct OpenError {
    std::string code;  // cannot-open, not-a-database, foreign-database, damaged, newer-version,
                       // backup-failed, migration-failed
    std::string message;
};

struct OpenResult;

class Database {
  public:
    // Opens `file` (created with its folders when it does not exist) or kInMemory, and applies
    // every migration in `migrations` it lacks. Tests pass their own list; the program uses
    // allMigrations().
    static OpenResult open(const std::filesystem::path& file, const Clock& clock,
                           std::span<const Migration> migrations = allMigrations());

    SQLite::Database& sql() { return sql_; }
    const Clock& clock() const { return *clock_; }
    const std::filesystem::path& file() const { return file_; }
    int schemaVersion();

    // The copy taken before this open migrated an existing database, if it did.
    const std::optional<std::filesystem::path>& backupFile() const { return backupFile_; }

  private:
    Database(SQLite::Database sql, const Clock& clock, std::filesystem::path file)
        : sql_(std::move(sql)), clock_(&clock), file_(std::move(file)) {}

    SQLite::Database sql_;
    const Clock* clock_;
    std::filesystem::path file_;
    std::optional<std::filesystem::path> backupFile_;
};

struct OpenResult {
    std::optional<Database> database;
    std::optional<OpenError> error;

    bool ok() const { return database.has_value(); }
};

// The backup's name beside `file`: "tqm.db.v1-20261124-103000.bak" for version 1.
std::filesystem::path backupPathFor(const std::filesystem::path& file, int oldVersion,
                                    TimePoint when);

}  // namespace tqm::store
