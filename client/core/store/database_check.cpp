#include "store/database_check.h"

#include <sqlite3.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <string_view>

#include <SQLiteCpp/Exception.h>

namespace tqm::store {

namespace {

constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};
constexpr std::size_t kSqliteHeaderSize = 100;

constexpr std::string_view kUnchanged = "; the file was left unchanged. ";
constexpr std::string_view kChooseAnother =
    "Choose another file with --db, or a new file name to start an empty database.";

OpenError notADatabase(const std::filesystem::path& file) {
    return openError(file, "not-a-database",
                     "this is not a TQM Trainer database (not an SQLite database at all)" +
                         std::string(kUnchanged) + std::string(kChooseAnother));
}

OpenError damaged(const std::filesystem::path& file, const std::string& detail) {
    return openError(file, "damaged",
                     "the database is damaged (" + detail + ")" + std::string(kUnchanged) +
                         "Restore the latest backup beside it (" + file.filename().string() +
                         ".v*.bak) or a copy you trust, or choose another file with --db.");
}

std::string hex(std::int32_t value) {
    char text[16];
    std::snprintf(text, sizeof text, "0x%08X", static_cast<unsigned>(value));
    return text;
}

bool hasSqliteHeader(const std::filesystem::path& file, std::uintmax_t size) {
    if (size < kSqliteHeaderSize) return false;
    std::array<char, kSqliteMagic.size()> magic{};
    std::ifstream in(file, std::ios::binary);
    in.read(magic.data(), magic.size());
    return in && std::string_view(magic.data(), magic.size()) == kSqliteMagic;
}

// A read-only connection to a WAL database leaves -wal and -shm files behind. When there is no
// -wal file, everything committed is in the main file and SQLite may read it as immutable, which
// creates nothing beside it; when there is one, it must be read, and it is there already.
std::string checkUri(const std::filesystem::path& file) {
    std::string uri = "file:";
    for (const char c : file.generic_string()) {
        if (c == '%' || c == '?' || c == '#') {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", static_cast<unsigned char>(c));
            uri += escaped;
        } else {
            uri += c;
        }
    }
    std::error_code ignored;
    if (!std::filesystem::exists(file.string() + "-wal", ignored)) uri += "?immutable=1";
    return uri;
}

}  // namespace

OpenError openError(const std::filesystem::path& file, std::string code, const std::string& what) {
    return {std::move(code), file.string() + ": " + what};
}

std::optional<OpenError> checkExistingFile(const std::filesystem::path& file, int latestVersion,
                                           ExistingFile& found) {
    found = {};
    std::error_code error;
    const auto status = std::filesystem::status(file, error);
    if (!std::filesystem::exists(status)) return std::nullopt;
    if (std::filesystem::is_directory(status))
        return openError(file, "cannot-open",
                         "this is a folder, not a database file. " + std::string(kChooseAnother));
    const std::uintmax_t size = std::filesystem::file_size(file, error);
    if (error)
        return openError(file, "cannot-open", "cannot read the file: " + error.message() + ".");
    // SQLite treats an empty file as an empty database; so do we.
    if (size == 0) return std::nullopt;
    if (!hasSqliteHeader(file, size)) return notADatabase(file);

    try {
        SQLite::Database sql(checkUri(file), SQLite::OPEN_READONLY | SQLite::OPEN_URI);
        std::string check;
        {
            SQLite::Statement quickCheck(sql, "PRAGMA quick_check");
            if (quickCheck.executeStep()) check = quickCheck.getColumn(0).getString();
        }
        if (check != "ok") return damaged(file, "integrity check: " + check);
        const int applicationId = sql.execAndGet("PRAGMA application_id").getInt();
        found.version = sql.execAndGet("PRAGMA user_version").getInt();
        found.hasSchema = sql.execAndGet("SELECT count(*) FROM sqlite_schema").getInt() > 0;
        if (applicationId != kApplicationId && (found.version != 0 || found.hasSchema))
            return openError(file, "foreign-database",
                             "this SQLite database belongs to another program (application id " +
                                 hex(applicationId) + ", schema version " +
                                 std::to_string(found.version) + ")" + std::string(kUnchanged) +
                                 std::string(kChooseAnother));
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() == SQLITE_NOTADB) return notADatabase(file);
        if (e.getErrorCode() == SQLITE_CORRUPT) return damaged(file, e.what());
        return openError(file, "cannot-open",
                         std::string("cannot read the database: ") + e.what() + ".");
    }
    if (found.version > latestVersion)
        return openError(
            file, "newer-version",
            "the database was written by a newer TQM Trainer (schema version " +
                std::to_string(found.version) + "; this program knows up to " +
                std::to_string(latestVersion) + ")" + std::string(kUnchanged) +
                "Open it with the newer TQM Trainer, or choose another file with --db.");
    return std::nullopt;
}

}  // namespace tqm::store
