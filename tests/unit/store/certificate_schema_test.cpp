// Schema version 9: a version-8 file is brought along (its people's positions become dated
// assignments), and the certificate tables' CHECKs and triggers refuse what does not belong.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Exception.h>

#include "cert_store_fixture.h"
#include "store/migrations.h"

using tqm::FakeClock;
using tqm::store::Database;
using tqm::store::Migration;
using tqm::storetest::CertStore;
using tqm::storetest::knownMoment;
using tqm::storetest::TempFolder;

namespace {

std::vector<Migration> upToVersion8() {
    std::vector<Migration> steps;
    for (const Migration& step : tqm::store::allMigrations())
        if (step.version <= 8) steps.push_back(step);
    return steps;
}

std::string rowsOf(Database& db, const std::string& query) {
    SQLite::Statement statement(db.sql(), query);
    std::string text;
    while (statement.executeStep()) {
        if (!text.empty()) text += ';';
        for (int i = 0; i < statement.getColumnCount(); ++i) {
            if (i > 0) text += '|';
            text += statement.isColumnNull(i) ? "NULL" : statement.getColumn(i).getString();
        }
    }
    return text;
}

// The CHECK's message SQLite gives for `statement`, or "" when it is taken.
std::string refusalOf(CertStore& store, const std::string& statement) {
    try {
        store.db.sql().exec(statement);
    } catch (const SQLite::Exception& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE(
    "migration 9 turns each person's current positions into assignments dated the day "
    "they were added, China Standard Time") {
    TempFolder folder;
    const auto file = folder / "tqm.db";
    FakeClock clock(knownMoment());
    {
        auto opened = Database::open(file, clock, upToVersion8());
        REQUIRE(opened.ok());
        REQUIRE(opened.database->schemaVersion() == 8);
        // Written as a version-8 program wrote them: 2026-03-01T15:59:59.999Z is still March 1st
        // in Beijing, 16:00:00Z is already March 2nd.
        opened.database->sql().exec(R"sql(
            INSERT INTO person (id, employee_no, name, created_at, updated_at) VALUES
                (1, 'E001', '张三', 1772380799999, 1772380799999),
                (2, 'E002', '李四', 1772380800000, 1772380800000),
                (3, 'E003', '王五', 1772380800000, 1772380800000);
            INSERT INTO position (id, name) VALUES (1, '质检员'), (2, '班组长');
            INSERT INTO person_position (person_id, position_id) VALUES (1, 1), (1, 2), (2, 1);
        )sql");
    }
    auto opened = Database::open(file, clock);
    REQUIRE(opened.ok());
    Database& db = *opened.database;
    CHECK(db.schemaVersion() == tqm::store::latestVersion(tqm::store::allMigrations()));
    CHECK(rowsOf(db,
                 "SELECT person_id, position_id, from_date, to_date, created_at FROM "
                 "position_assignment ORDER BY id") ==
          "1|1|2026-03-01|NULL|1772380799999;1|2|2026-03-01|NULL|1772380799999;"
          "2|1|2026-03-02|NULL|1772380800000");
    CHECK(rowsOf(db, "SELECT person_id, position_id FROM person_position ORDER BY 1, 2") ==
          "1|1;1|2;2|1");
    CHECK(rowsOf(db, "SELECT name, is_key, description FROM position ORDER BY id") ==
          "质检员|0|;班组长|0|");
    CHECK(rowsOf(db,
                 "SELECT employee_no, id_number_sealed, id_number_masked FROM person "
                 "ORDER BY id") == "E001|NULL|;E002|NULL|;E003|NULL|");
}

TEST_CASE("dates must be written YYYY-MM-DD and an end may not come before its start") {
    CertStore s;
    const auto id = s.person("E001", {"质检员"});
    const std::string insertAssignment =
        "INSERT INTO position_assignment (person_id, position_id, from_date, to_date, "
        "created_at) VALUES (" +
        std::to_string(id) + ", 1, ";
    CHECK(refusalOf(s, insertAssignment + "'2026/11/24', NULL, 0)") ==
          "CHECK constraint failed: from_date GLOB "
          "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'");
    CHECK(refusalOf(s, insertAssignment + "'2026-11-24', '2026-11-23', 0)") ==
          "CHECK constraint failed: to_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'\n"
          "                            AND to_date >= from_date");
    CHECK(refusalOf(s, insertAssignment + "'2026-11-20', '2026-11-20', 0)") == "");
}

TEST_CASE(
    "a certificate's revocation has both its day and its reason, a review's result both "
    "its day and its word") {
    CertStore s;
    const auto id = s.person("E001");
    s.db.sql().exec(
        "INSERT INTO certificate_type (id, code, name, issuer_kind, number_pattern, created_at, "
        "updated_at) VALUES (1, 'QC', '质量检验员', 'internal', 'QC-{seq:4}', 0, 0)");
    const std::string insertCertificate =
        "INSERT INTO certificate (number, person_id, certificate_type_id, issued_on, "
        "valid_from, valid_until, source, revoked_on, revoked_reason, created_at) VALUES ('C1', " +
        std::to_string(id) + ", 1, '2026-01-01', '2026-01-01', ";
    CHECK(refusalOf(s, insertCertificate + "'2025-12-31', 'exam', NULL, NULL, 0)") ==
          "CHECK constraint failed: valid_until GLOB "
          "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'\n"
          "                                    AND valid_until >= valid_from");
    CHECK(refusalOf(s, insertCertificate + "NULL, 'exam', '2026-02-01', NULL, 0)") ==
          "CHECK constraint failed: (revoked_on IS NULL) = (revoked_reason IS NULL)");
    CHECK(refusalOf(s, insertCertificate + "NULL, 'bought', NULL, NULL, 0)") ==
          "CHECK constraint failed: source IN ('exam', 'external', 'imported')");
    REQUIRE(refusalOf(s, insertCertificate + "NULL, 'exam', NULL, NULL, 0)") == "");
    CHECK(refusalOf(s,
                    "INSERT INTO certificate_review (certificate_id, due_on, done_on, "
                    "recorded_at) VALUES (1, '2027-01-01', '2027-01-02', 0)") ==
          "CHECK constraint failed: (done_on IS NULL) = (result IS NULL)");
    CHECK(refusalOf(s,
                    "INSERT INTO certificate_review (certificate_id, due_on, done_on, "
                    "result, valid_until, recorded_at) VALUES (1, '2027-01-01', "
                    "'2027-01-02', 'failed', '2028-01-01', 0)") ==
          "CHECK constraint failed: valid_until IS NULL OR result = 'passed'");
}

TEST_CASE("one attempt earns at most one certificate") {
    CertStore s;
    const auto id = std::to_string(s.person("E001"));
    s.db.sql().exec(
        "INSERT INTO certificate_type (id, code, name, issuer_kind, number_pattern, created_at, "
        "updated_at) VALUES (1, 'QC', '质量检验员', 'internal', 'QC-{seq:4}', 0, 0);"
        "INSERT INTO exam (id, title, time_limit_ms, pass_mark, attempts_allowed, "
        "attempts_combine, show_answers, timer_policy, paper_mode, seed, created_at) "
        "VALUES (1, '认证考试', 1800000, 6000, 1, 'highest', 'after-submit', 'deadline-runs', "
        "'same', 42, 0);"
        "INSERT INTO attempt (id, exam_id, person_id, attempt_no, seed, bank_id, bank_version, "
        "bank_sha256, started_at, time_limit_ms, deadline, heartbeat_at) VALUES (1, 1, " +
        id + ", 1, 7, 'b', '1', printf('%.64c', 'a'), 0, 1800000, 1800000, 0)");
    const std::string insert =
        "INSERT INTO certificate (number, person_id, certificate_type_id, issued_on, "
        "valid_from, source, attempt_id, created_at) VALUES ('{n}', " +
        id + ", 1, '2026-01-01', '2026-01-01', 'exam', {a}, 0)";
    const auto with = [&](const std::string& number, const std::string& attempt) {
        std::string text = insert;
        text.replace(text.find("{n}"), 3, number);
        text.replace(text.find("{a}"), 3, attempt);
        return text;
    };
    REQUIRE(refusalOf(s, with("C1", "1")) == "");
    CHECK(refusalOf(s, with("C2", "1")) == "UNIQUE constraint failed: certificate.attempt_id");
    CHECK(refusalOf(s, with("C3", "NULL")) == "");
    CHECK(refusalOf(s, with("C4", "NULL")) == "");
}

TEST_CASE("the audit log refuses to change or lose an entry") {
    CertStore s;
    s.db.sql().exec(
        "INSERT INTO audit_log (at, action, subject) VALUES (1, 'export-id-numbers', 'a.csv')");
    CHECK(refusalOf(s, "UPDATE audit_log SET subject = 'b.csv'") == "the audit log is append-only");
    CHECK(refusalOf(s, "DELETE FROM audit_log") == "the audit log is append-only");
    CHECK(s.rows("SELECT at, action, subject, detail FROM audit_log") ==
          "1|export-id-numbers|a.csv|");
}

TEST_CASE("a sealed ID number shorter than a nonce, a MAC and one byte is refused") {
    CertStore s;
    const auto id = std::to_string(s.person("E001"));
    CHECK(refusalOf(s, "UPDATE person SET id_number_sealed = zeroblob(40) WHERE id = " + id) ==
          "CHECK constraint failed: id_number_sealed IS NULL OR length(id_number_sealed) > 40");
    CHECK(refusalOf(s, "UPDATE person SET id_number_sealed = zeroblob(41) WHERE id = " + id) == "");
}
