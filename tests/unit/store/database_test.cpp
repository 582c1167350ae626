// Opening the database: durability settings, migrations with a backup before them, and files
// that are refused without being changed.
#include <catch2/catch.hpp>

#include <array>
#include <random>

#include <SQLiteCpp/Database.h>

#include "store/database.h"
#include "store/people_repository.h"
#include "store_test_support.h"

using tqm::FakeClock;
using tqm::store::Database;
using tqm::store::Migration;
using tqm::store::OpenResult;
using tqm::storetest::bytesOf;
using tqm::storetest::knownMoment;
using tqm::storetest::TempFolder;
using tqm::storetest::writeBytes;

namespace {

const int kCurrent = tqm::store::latestVersion(tqm::store::allMigrations());

// The mechanics of migrating are tested on the first step alone followed by a step of our own,
// so that they stay the same as the program's schema grows.
std::vector<Migration> versionOne() {
    return {tqm::store::allMigrations().front()};
}

std::vector<Migration> withVersion2() {
    std::vector<Migration> steps = versionOne();
    steps.push_back({2, "a note on each person", "ALTER TABLE person ADD COLUMN note TEXT"});
    return steps;
}

// The program's migrations followed by a step of a version it does not know yet.
std::vector<Migration> withFutureStep() {
    std::vector<Migration> steps(tqm::store::allMigrations().begin(),
                                 tqm::store::allMigrations().end());
    steps.push_back(
        {kCurrent + 1, "a note on each person", "ALTER TABLE person ADD COLUMN note TEXT"});
    return steps;
}

int pragmaInt(Database& db, const std::string& pragma) {
    return db.sql().execAndGet("PRAGMA " + pragma).getInt();
}

std::vector<std::string> tableNames(SQLite::Database& sql) {
    SQLite::Statement query(sql,
                            "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    std::vector<std::string> names;
    while (query.executeStep()) names.push_back(query.getColumn(0).getString());
    return names;
}

void addPerson(Database& db, const std::string& employeeNo, const std::string& name) {
    tqm::store::PeopleRepository(db).upsert({employeeNo, name, {}, {}, {}});
}

}  // namespace

TEST_CASE("a new in-memory database enforces foreign keys, syncs fully and has the people tables") {
    FakeClock clock(knownMoment());
    OpenResult opened = Database::open(tqm::store::kInMemory, clock);
    REQUIRE(opened.ok());
    Database& db = *opened.database;
    CHECK(pragmaInt(db, "foreign_keys") == 1);
    CHECK(pragmaInt(db, "synchronous") == 2);  // FULL
    CHECK(pragmaInt(db, "busy_timeout") == 5000);
    CHECK(pragmaInt(db, "application_id") == tqm::store::kApplicationId);
    CHECK(db.schemaVersion() == kCurrent);
    CHECK(kCurrent == 12);
    CHECK(tableNames(db.sql()) ==
          std::vector<std::string>{"answer", "answer_history", "attempt", "attempt_position",
                                   "attempt_restart", "audit_log", "blueprint", "certificate",
                                   "certificate_number_counter", "certificate_requirement",
                                   "certificate_review", "certificate_type", "competition",
                                   "course_progress", "essay_mark", "exam", "extra_time", "flag",
                                   "lesson_progress", "live_competition", "live_event",
                                   "merged_package", "merged_result",
                                   "organizer_password", "paper_question", "person",
                                   "person_position", "position", "position_assignment",
                                   "practice_answer", "review_book_entry", "study_hours",
                                   "training_attendance", "training_class",
                                   "training_class_course", "training_class_exam",
                                   "training_class_member", "workstation_key"});
    CHECK_FALSE(db.backupFile().has_value());
}

TEST_CASE("a new database file is created in WAL mode with its folders and without a backup") {
    TempFolder folder;
    const auto file = folder / "data/tqm-trainer/tqm.db";
    FakeClock clock(knownMoment());
    OpenResult opened = Database::open(file, clock);
    REQUIRE(opened.ok());
    CHECK(opened.database->sql().execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(opened.database->schemaVersion() == kCurrent);
    CHECK_FALSE(opened.database->backupFile().has_value());
    CHECK(std::filesystem::is_regular_file(file));
}

TEST_CASE("an empty file is taken as a new database") {
    TempFolder folder;
    writeBytes(folder / "tqm.db", "");
    FakeClock clock(knownMoment());
    OpenResult opened = Database::open(folder / "tqm.db", clock);
    REQUIRE(opened.ok());
    CHECK(opened.database->schemaVersion() == kCurrent);
    CHECK_FALSE(opened.database->backupFile().has_value());
}

TEST_CASE("migrating an existing database first copies it to a backup named with the old version") {
    TempFolder folder;
    const auto file = folder / "tqm.db";
    FakeClock clock(knownMoment());
    {
        OpenResult first = Database::open(file, clock, versionOne());
        REQUIRE(first.ok());
        addPerson(*first.database, "E001", "张三");
    }
    clock.advance(std::chrono::hours(1));
    const std::vector<Migration> steps = withVersion2();
    OpenResult opened = Database::open(file, clock, steps);
    REQUIRE(opened.ok());
    CHECK(opened.database->schemaVersion() == 2);
    const auto backup = folder / "tqm.db.v1-20261124-113000.bak";
    REQUIRE(opened.database->backupFile() == backup);

    SQLite::Database copy(backup.string(), SQLite::OPEN_READONLY);
    CHECK(copy.execAndGet("PRAGMA user_version").getInt() == 1);
    CHECK(copy.execAndGet("SELECT name FROM person WHERE employee_no = 'E001'").getString() ==
          "张三");
    CHECK(copy.execAndGet("SELECT count(*) FROM pragma_table_info('person') WHERE name = 'note'")
              .getInt() == 0);
    CHECK(opened.database->sql()
              .execAndGet("SELECT count(*) FROM pragma_table_info('person') WHERE name = 'note'")
              .getInt() == 1);
}

TEST_CASE("a second backup in the same second gets its own name instead of overwriting the first") {
    TempFolder folder;
    const auto file = folder / "tqm.db";
    writeBytes(folder / "tqm.db.v1-20261124-103000.bak", "first");
    CHECK(tqm::store::backupPathFor(file, 1, knownMoment()) ==
          folder / "tqm.db.v1-20261124-103000-2.bak");
    CHECK(tqm::store::backupPathFor(file, 3, knownMoment()) ==
          folder / "tqm.db.v3-20261124-103000.bak");
}

TEST_CASE("reopening a current database keeps its data and takes no backup") {
    TempFolder folder;
    const auto file = folder / "tqm.db";
    FakeClock clock(knownMoment());
    {
        OpenResult first = Database::open(file, clock);
        REQUIRE(first.ok());
        addPerson(*first.database, "E001", "张三");
    }
    for (int time = 0; time < 2; ++time) {
        OpenResult again = Database::open(file, clock);
        REQUIRE(again.ok());
        CHECK(again.database->schemaVersion() == kCurrent);
        CHECK_FALSE(again.database->backupFile().has_value());
        CHECK(again.database->sql().execAndGet("SELECT count(*) FROM person").getInt() == 1);
    }
    CHECK(folder.fileNames() == std::vector<std::string>{"tqm.db"});
}

TEST_CASE("a migration that fails leaves the database at its old version and names the backup") {
    TempFolder folder;
    const auto file = folder / "tqm.db";
    FakeClock clock(knownMoment());
    {
        OpenResult first = Database::open(file, clock, versionOne());
        REQUIRE(first.ok());
        addPerson(*first.database, "E001", "张三");
    }
    std::vector<Migration> steps = versionOne();
    steps.push_back({2, "a broken step", "CREATE TABLE extra (x); CREATE TABLE person (x)"});
    OpenResult opened = Database::open(file, clock, steps);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error->code == "migration-failed");
    CHECK(opened.error->message ==
          file.string() +
              ": updating the database to schema version 2 (a broken step) failed: table person "
              "already exists; it was left at version 1. A copy from before the update is in " +
              (folder / "tqm.db.v1-20261124-103000.bak").string() + ".");
    OpenResult reopened = Database::open(file, clock, versionOne());
    REQUIRE(reopened.ok());
    CHECK(reopened.database->schemaVersion() == 1);
    CHECK(tableNames(reopened.database->sql()) ==
          std::vector<std::string>{"person", "person_position", "position"});
}

TEST_CASE("a database from a newer version is refused and left byte for byte unchanged") {
    TempFolder folder;
    const auto file = folder / "tqm.db";
    FakeClock clock(knownMoment());
    REQUIRE(Database::open(file, clock, withFutureStep()).ok());
    const std::string before = bytesOf(file);

    OpenResult opened = Database::open(file, clock);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error->code == "newer-version");
    CHECK(opened.error->message ==
          file.string() +
              ": the database was written by a newer TQM Trainer (schema version " +
              std::to_string(kCurrent + 1) + "; this program knows up to " +
              std::to_string(kCurrent) + "); the file was left unchanged. Open it with the newer TQM Trainer, "
              "or choose another file with --db.");
    CHECK(bytesOf(file) == before);
    CHECK(folder.fileNames() == std::vector<std::string>{"tqm.db"});
}

TEST_CASE("a file of random bytes is refused as not a database and left unchanged") {
    TempFolder folder;
    const auto file = folder / "tqm.db";
    std::mt19937 random(20261124);
    std::string noise(8192, '\0');
    for (char& c : noise) c = static_cast<char>(random() & 0xFF);
    writeBytes(file, noise);
    FakeClock clock(knownMoment());

    OpenResult opened = Database::open(file, clock);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error->code == "not-a-database");
    CHECK(opened.error->message ==
          file.string() +
              ": this is not a TQM Trainer database (not an SQLite database at all); the file was "
              "left unchanged. Choose another file with --db, or a new file name to start an "
              "empty database.");
    CHECK(bytesOf(file) == noise);
    CHECK(folder.fileNames() == std::vector<std::string>{"tqm.db"});
}

TEST_CASE("a truncated database is refused as damaged and left unchanged") {
    TempFolder folder;
    const auto file = folder / "tqm.db";
    FakeClock clock(knownMoment());
    {
        OpenResult first = Database::open(file, clock);
        REQUIRE(first.ok());
        std::vector<tqm::store::PersonUpdate> people;
        for (int i = 0; i < 2000; ++i)
            people.push_back({"E" + std::to_string(10000 + i), "工人" + std::to_string(i), "一车间",
                              "质检科", std::vector<std::string>{"质检员"}});
        tqm::store::PeopleRepository(*first.database).upsertAll(people);
    }
    const std::string whole = bytesOf(file);
    REQUIRE(whole.size() > 16 * 4096);
    const std::string truncated = whole.substr(0, whole.size() / 2);
    writeBytes(file, truncated);

    OpenResult opened = Database::open(file, clock);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error->code == "damaged");
    CHECK(opened.error->message ==
          file.string() +
              ": the database is damaged (database disk image is malformed); the file was left "
              "unchanged. Restore the latest backup beside it (tqm.db.v*.bak) or a copy you "
              "trust, or choose another file with --db.");
    CHECK(bytesOf(file) == truncated);
    CHECK(folder.fileNames() == std::vector<std::string>{"tqm.db"});
}

TEST_CASE("another program's SQLite database is refused and left unchanged") {
    TempFolder folder;
    const auto file = folder / "other.db";
    {
        SQLite::Database other(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE settings (key TEXT, value TEXT)");
        other.exec("PRAGMA user_version = 7");
    }
    const std::string before = bytesOf(file);
    FakeClock clock(knownMoment());

    OpenResult opened = Database::open(file, clock);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error->code == "foreign-database");
    CHECK(opened.error->message ==
          file.string() +
              ": this SQLite database belongs to another program (application id 0x00000000, "
              "schema version 7); the file was left unchanged. Choose another file with --db, or "
              "a new file name to start an empty database.");
    CHECK(bytesOf(file) == before);
}

TEST_CASE("a folder given as the database file is refused") {
    TempFolder folder;
    FakeClock clock(knownMoment());
    OpenResult opened = Database::open(folder.path(), clock);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error->code == "cannot-open");
    CHECK(opened.error->message ==
          folder.path().string() +
              ": this is a folder, not a database file. Choose another file with --db, or a new "
              "file name to start an empty database.");
}

TEST_CASE("a database left with its WAL file by a crash opens with every committed row") {
    TempFolder folder;
    const auto file = folder / "tqm.db";
    const auto crashed = folder / "crashed.db";
    FakeClock clock(knownMoment());
    OpenResult running = Database::open(file, clock);
    REQUIRE(running.ok());
    addPerson(*running.database, "E001", "张三");
    // Copying the files while the connection is still open leaves the commit in the WAL only,
    // as a power cut would.
    REQUIRE(std::filesystem::exists(file.string() + "-wal"));
    for (const std::string suffix : {"", "-wal", "-shm"})
        std::filesystem::copy_file(file.string() + suffix, crashed.string() + suffix);

    OpenResult reopened = Database::open(crashed, clock);
    REQUIRE(reopened.ok());
    CHECK(reopened.database->schemaVersion() == kCurrent);
    CHECK(tqm::store::PeopleRepository(*reopened.database).findByEmployeeNo("E001")->name ==
          "张三");
}
