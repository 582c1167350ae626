// Full ID numbers in the 一人一档: only after the organizer password, and every full export
// leaves exactly one audit entry.
#include <catch2/catch.hpp>

#include <filesystem>

#include "../training/training_fixture.h"
#include "cert/id_number.h"
#include "reports/id_unlock.h"
#include "reports/report_documents.h"
#include "store/audit_log.h"
#include "store/id_number_repository.h"

using tqm::reports::FullIdRefusal;
using tqm::trainingtest::day;
using tqm::trainingtest::TrainingFixture;

namespace {

constexpr tqm::admin::PasswordCost kCheapCost{1, 8 * 1024};
constexpr const char* kPassword = "organizer-2026";
constexpr const char* kIdNumber = "110101199003071233";

struct UnlockFixture : TrainingFixture {
    tqm::admin::KeyStore keys;

    UnlockFixture() { sealIdNumber("A001", kIdNumber, keys); }

    void sealIdNumber(const std::string& employeeNo, const std::string& number,
                      tqm::admin::KeyStore& with) {
        const std::string sealed = tqm::cert::sealIdNumber(number, *with.sealKey().key);
        REQUIRE_FALSE(tqm::store::IdNumberRepository(db).setIdNumber(
            idOf(employeeNo), std::vector<unsigned char>(sealed.begin(), sealed.end()),
            tqm::cert::maskIdNumber(number)));
    }
    void setPassword() {
        REQUIRE_FALSE(tqm::admin::OrganizerPassword(db, kCheapCost).setFirst(kPassword, kPassword));
    }
    tqm::reports::PersonFile personFile() {
        return *tqm::reports::loadPersonFile(db, "A001", day("2026-11-24"));
    }
    std::string identityLine(const tqm::reports::PersonFile& file) {
        return tqm::reports::personFileDocument(file, "某机械厂", day("2026-11-24"))
            .headerLines.at(2);
    }
    tqm::report::ReportExport request(const std::filesystem::path& file) {
        return {file, tqm::report::ReportFormat::Pdf, "张三", "person A001"};
    }
};

}  // namespace

TEST_CASE("the person file shows the masked ID number until the organizer password unlocks it") {
    UnlockFixture f;
    f.setPassword();
    tqm::reports::PersonFile file = f.personFile();
    CHECK(f.identityLine(file) == "工号：A001　姓名：张伟　身份证号：110101********1233");

    const auto unlocked = tqm::reports::unlockFullIdNumbers(f.db, f.keys, kPassword, kCheapCost);
    REQUIRE(unlocked.ok());
    REQUIRE_FALSE(tqm::reports::revealIdNumber(f.db, *unlocked.unlock, file));
    CHECK(file.fullIdNumber == std::optional<std::string>(kIdNumber));
    CHECK(f.identityLine(file) == "工号：A001　姓名：张伟　身份证号：110101199003071233");
}

TEST_CASE("a person without an ID number on record shows 未登记 after the unlock too") {
    UnlockFixture f;
    f.setPassword();
    auto file = *tqm::reports::loadPersonFile(f.db, "B001", day("2026-11-24"));
    const auto unlocked = tqm::reports::unlockFullIdNumbers(f.db, f.keys, kPassword, kCheapCost);
    REQUIRE(unlocked.ok());
    REQUIRE_FALSE(tqm::reports::revealIdNumber(f.db, *unlocked.unlock, file));
    CHECK(file.fullIdNumber == std::optional<std::string>(""));
    CHECK(f.identityLine(file) == "工号：B001　姓名：王芳　身份证号：未登记");
}

TEST_CASE("no organizer password, or a wrong one, unlocks nothing") {
    UnlockFixture f;
    SECTION("none is set yet") {
        const auto result = tqm::reports::unlockFullIdNumbers(f.db, f.keys, kPassword, kCheapCost);
        CHECK_FALSE(result.ok());
        CHECK(result.refusal == FullIdRefusal{"password-not-set",
                                              "No organizer password is set yet; set one first."});
    }
    SECTION("a wrong one") {
        f.setPassword();
        const auto result =
            tqm::reports::unlockFullIdNumbers(f.db, f.keys, "organizer-2025", kCheapCost);
        CHECK_FALSE(result.ok());
        CHECK(result.refusal == FullIdRefusal{"password-wrong", "The password is wrong."});
    }
    CHECK(f.count("audit_log") == 0);
}

TEST_CASE("the password checked off the calling thread unlocks as the one-call check does") {
    UnlockFixture f;
    f.setPassword();
    const auto request = tqm::reports::fullIdPasswordRequest(f.db, "organizer-2025", kCheapCost);
    CHECK(tqm::reports::finishFullIdUnlock(f.db, f.keys, tqm::admin::decidePassword(request),
                                           kCheapCost)
              .refusal->code == "password-wrong");
    const auto right = tqm::reports::fullIdPasswordRequest(f.db, kPassword, kCheapCost);
    CHECK(tqm::reports::finishFullIdUnlock(f.db, f.keys, tqm::admin::decidePassword(right),
                                           kCheapCost)
              .ok());
}

TEST_CASE("an exported full-ID person file writes the file and exactly one audit entry") {
    UnlockFixture f;
    f.setPassword();
    tqm::storetest::TempFolder folder;
    const auto pdf = folder / "一人一档.pdf";
    tqm::reports::PersonFile file = f.personFile();
    const auto unlocked = tqm::reports::unlockFullIdNumbers(f.db, f.keys, kPassword, kCheapCost);
    REQUIRE(unlocked.ok());
    REQUIRE_FALSE(tqm::reports::revealIdNumber(f.db, *unlocked.unlock, file));
    const auto document = tqm::reports::personFileDocument(file, "某机械厂", day("2026-11-24"));

    const auto result =
        tqm::reports::exportFullIdReport(f.db, document, f.request(pdf), *unlocked.unlock);
    REQUIRE(result.ok());
    CHECK(std::filesystem::file_size(pdf) > 0);
    const auto entries = tqm::store::AuditLog(f.db).list();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].action == "export-report-full-id");
    CHECK(entries[0].subject == pdf.string());
    CHECK(entries[0].detail == "by 张三: person A001 as pdf, full ID numbers");
    CHECK(result.audit == entries[0]);
}

TEST_CASE("a full-ID export that cannot write its file or its audit entry leaves neither") {
    UnlockFixture f;
    f.setPassword();
    tqm::storetest::TempFolder folder;
    const auto unlocked = tqm::reports::unlockFullIdNumbers(f.db, f.keys, kPassword, kCheapCost);
    REQUIRE(unlocked.ok());
    const auto document =
        tqm::reports::personFileDocument(f.personFile(), "某机械厂", day("2026-11-24"));
    SECTION("the folder does not exist") {
        const auto pdf = folder / "missing" / "一人一档.pdf";
        const auto result =
            tqm::reports::exportFullIdReport(f.db, document, f.request(pdf), *unlocked.unlock);
        CHECK(result.refusal->code == "export-failed");
        CHECK_FALSE(std::filesystem::exists(pdf));
        CHECK(f.count("audit_log") == 0);
    }
    SECTION("the audit log cannot be written") {
        const auto pdf = folder / "一人一档.pdf";
        f.db.sql().exec(
            "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
        const auto result =
            tqm::reports::exportFullIdReport(f.db, document, f.request(pdf), *unlocked.unlock);
        REQUIRE(result.refusal);
        CHECK(result.refusal->code == "audit-failed");
        CHECK(result.refusal->message ==
              "the audit log could not record the export (disk I/O error), so " + pdf.string() +
                  " was removed; no full ID numbers were exported");
        CHECK_FALSE(std::filesystem::exists(pdf));
        CHECK(f.count("audit_log") == 0);
    }
}

TEST_CASE("a number sealed on another workstation is refused, and the file keeps no number") {
    UnlockFixture f;
    f.setPassword();
    tqm::admin::KeyStore other;
    f.sealIdNumber("A001", kIdNumber, other);
    tqm::reports::PersonFile file = f.personFile();
    const auto unlocked = tqm::reports::unlockFullIdNumbers(f.db, f.keys, kPassword, kCheapCost);
    REQUIRE(unlocked.ok());
    const auto refusal = tqm::reports::revealIdNumber(f.db, *unlocked.unlock, file);
    REQUIRE(refusal);
    CHECK(refusal->code == "id-number-unreadable");
    CHECK(refusal->message.rfind("the 身份证号 of the 工号 A001 does not open with this "
                                 "workstation's seal key (",
                                 0) == 0);
    CHECK_FALSE(file.fullIdNumber);
}
