#include "store/database.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>

#include "store/database_check.h"

namespace tqm::store {

namespace {

bool isInMemory(const std::filesystem::path& file) {
    return file == kInMemory;
}

// Durability first: every committed transaction is on disk before the commit returns, and WAL
// lets readers (reports) run while an exam writes.
void configure(SQLite::Database& sql, bool inMemory) {
    const std::string mode = sql.execAndGet("PRAGMA journal_mode = WAL").getString();
    if (!inMemory && mode != "wal")
        throw SQLite::Exception("the database refused WAL mode (journal_mode is " + mode + ")");
    sql.exec("PRAGMA synchronous = FULL");
    sql.exec("PRAGMA foreign_keys = ON");
}

std::optional<OpenError> takeBackup(SQLite::Database& sql, const std::filesystem::path& backup) {
    try {
        SQLite::Database copy(backup.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        SQLite::Backup(copy, sql).executeStep();
    } catch (const SQLite::Exception& e) {
        return openError(backup, "backup-failed",
                         std::string("cannot write the backup taken before updating the "
                                     "database (") +
                             e.what() + "); the database was not updated.");
    }
    return std::nullopt;
}

std::optional<OpenError> migrate(SQLite::Database& sql, const std::filesystem::path& file, int from,
                                 std::span<const Migration> migrations,
                                 const std::optional<std::filesystem::path>& backup) {
    for (const Migration& step : migrations) {
        if (step.version <= from) continue;
        try {
            SQLite::Transaction transaction(sql);
            if (!step.sql.empty()) sql.exec(std::string(step.sql));
            if (step.run) step.run(sql);
            sql.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
            sql.exec("PRAGMA user_version = " + std::to_string(step.version));
            transaction.commit();
        } catch (const SQLite::Exception& e) {
            std::string what = "updating the database to schema version " +
                               std::to_string(step.version) + " (" + std::string(step.title) +
                               ") failed: " + e.what() + "; it was left at version " +
                               std::to_string(from) + ".";
            if (backup) what += " A copy from before the update is in " + backup->string() + ".";
            return openError(file, "migration-failed", what);
        }
        from = step.version;
    }
    return std::nullopt;
}

}  // namespace

std::filesystem::path backupPathFor(const std::filesystem::path& file, int oldVersion,
                                    TimePoint when) {
    const std::string stem =
        file.filename().string() + ".v" + std::to_string(oldVersion) + "-" + formatFileStamp(when);
    std::filesystem::path backup = file.parent_path() / (stem + ".bak");
    // Two updates within one second must not overwrite the first copy.
    for (int n = 2; std::filesystem::exists(backup); ++n)
        backup = file.parent_path() / (stem + "-" + std::to_string(n) + ".bak");
    return backup;
}

OpenResult Database::open(const std::filesystem::path& file, const Clock& clock,
                          std::span<const Migration> migrations) {
    const bool inMemory = isInMemory(file);
    const int latest = latestVersion(migrations);
    ExistingFile existing;
    if (!inMemory) {
        if (auto refused = checkExistingFile(file, latest, existing)) return {{}, refused};
        std::error_code error;
        if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), error);
        if (error)
            return {{},
                    openError(file, "cannot-open",
                              "cannot create the folder " + file.parent_path().string() + ": " +
                                  error.message() + ".")};
    }
    try {
        Database db(SQLite::Database(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE,
                                     kBusyTimeoutMs),
                    clock, file);
        configure(db.sql_, inMemory);
        const int version = db.schemaVersion();
        if (version < latest && existing.hasSchema) {
            db.backupFile_ = backupPathFor(file, version, clock.now());
            if (auto failed = takeBackup(db.sql_, *db.backupFile_)) return {{}, failed};
        }
        if (auto failed = migrate(db.sql_, file, version, migrations, db.backupFile_))
            return {{}, failed};
        return {std::move(db), {}};
    } catch (const SQLite::Exception& e) {
        return {{},
                openError(file, "cannot-open",
                          std::string("cannot open the database: ") + e.what() + ".")};
    }
}

int Database::schemaVersion() {
    return sql_.execAndGet("PRAGMA user_version").getInt();
}

}  // namespace tqm::store
