// Exporting the certificate register, with masked or guarded full ID numbers
// (cert/register_export.h).
#include <catch2/catch.hpp>

#include <string>

#include "../store/store_test_support.h"
#include "admin/organizer_password.h"
#include "cert/register_export.h"
#include "cert_files_fixture.h"
#include "store/audit_log.h"

using tqm::cert::RegisterExport;
using tqm::cert::RegisterIdNumbers;
using tqm::certtest::DemoPlant;
using tqm::certtest::readWhole;

namespace {

constexpr tqm::admin::PasswordCost kCheapCost{1, 8 * 1024};
constexpr const char* kPassword = "tqm-organizer";

RegisterExport requestFor(const std::filesystem::path& file, RegisterIdNumbers idNumbers) {
    RegisterExport request;
    request.file = file;
    request.asOf = *tqm::parseDate("2026-11-24");
    request.filter.unit = "焊接车间";
    request.idNumbers = idNumbers;
    return request;
}

void setPassword(DemoPlant& plant) {
    REQUIRE_FALSE(
        tqm::admin::OrganizerPassword(plant.db, kCheapCost).setFirst(kPassword, kPassword));
}

}  // namespace

TEST_CASE("the register leaves ID numbers out by default and masks them when asked") {
    DemoPlant plant;
    plant.importDemoFiles();
    const tqm::storetest::TempFolder folder;
    const auto plain = tqm::cert::exportRegister(
        plant.db, *plant.keys, requestFor(folder / "plain.csv", RegisterIdNumbers::None),
        kCheapCost);
    REQUIRE(plain.ok());
    CHECK(readWhole(folder / "plain.csv").find("身份证号") == std::string::npos);

    const auto masked = tqm::cert::exportRegister(
        plant.db, *plant.keys, requestFor(folder / "masked.csv", RegisterIdNumbers::Masked),
        kCheapCost);
    REQUIRE(masked.ok());
    CHECK(masked.rows == plain.rows);
    const std::string text = readWhole(folder / "masked.csv");
    CHECK(text.find(",状态,身份证号\r\n") != std::string::npos);
    CHECK(text.find(",320102********2150\r\n") != std::string::npos);
    CHECK(text.find("320102198804122150") == std::string::npos);
    CHECK(plant.count("audit_log") == 0);
}

TEST_CASE("a full ID-number export needs the organizer password and writes nothing without it") {
    DemoPlant plant;
    plant.importDemoFiles();
    const tqm::storetest::TempFolder folder;
    const auto file = folder / "full.csv";
    const auto unset = tqm::cert::exportRegister(
        plant.db, *plant.keys, requestFor(file, RegisterIdNumbers::Full), kCheapCost);
    CHECK(unset.problem->code == "password-not-set");

    setPassword(plant);
    auto request = requestFor(file, RegisterIdNumbers::Full);
    request.organizerPassword = "wrong-password";
    const auto wrong = tqm::cert::exportRegister(plant.db, *plant.keys, request, kCheapCost);
    CHECK(wrong.problem->code == "password-wrong");
    CHECK_FALSE(std::filesystem::exists(file));
    CHECK(plant.count("audit_log") == 0);
}

TEST_CASE("a full ID-number export with the password writes the numbers and one audit entry") {
    DemoPlant plant;
    plant.importDemoFiles();
    setPassword(plant);
    const tqm::storetest::TempFolder folder;
    const auto file = folder / "full.csv";
    auto request = requestFor(file, RegisterIdNumbers::Full);
    request.organizerPassword = kPassword;
    const auto result = tqm::cert::exportRegister(plant.db, *plant.keys, request, kCheapCost);
    REQUIRE(result.ok());
    const std::string text = readWhole(file);
    CHECK(text.find(",320102198804122150\r\n") != std::string::npos);
    CHECK(text.find(",320104199306142260\r\n") != std::string::npos);
    REQUIRE(plant.count("audit_log") == 1);
    CHECK(plant.rows("SELECT action, subject, detail, at FROM audit_log") ==
          "export-id-numbers|" + file.string() + "|" + std::to_string(result.rows) +
              " rows as of 2026-11-24|" + std::to_string(tqm::certtest::kTodayMillis));
    CHECK(result.audit->id == 1);
}

TEST_CASE("a full export whose audit entry cannot be written removes its file") {
    DemoPlant plant;
    plant.importDemoFiles();
    setPassword(plant);
    plant.db.sql().exec("DROP TABLE audit_log");
    const tqm::storetest::TempFolder folder;
    const auto file = folder / "full.xlsx";
    auto request = requestFor(file, RegisterIdNumbers::Full);
    request.format = tqm::cert::RegisterFormat::Xlsx;
    request.organizerPassword = kPassword;
    const auto result = tqm::cert::exportRegister(plant.db, *plant.keys, request, kCheapCost);
    REQUIRE(result.problem);
    CHECK(result.problem->code == "audit-failed");
    CHECK_FALSE(std::filesystem::exists(file));
}

TEST_CASE("a full export refuses when a stored ID number does not open with this key") {
    DemoPlant plant;
    plant.importDemoFiles();
    setPassword(plant);
    tqm::admin::KeyStore otherKeys;
    const tqm::storetest::TempFolder folder;
    auto request = requestFor(folder / "full.csv", RegisterIdNumbers::Full);
    request.organizerPassword = kPassword;
    const auto result = tqm::cert::exportRegister(plant.db, otherKeys, request, kCheapCost);
    REQUIRE(result.problem);
    CHECK(result.problem->code == "id-number-unreadable");
    CHECK_FALSE(std::filesystem::exists(folder / "full.csv"));
    CHECK(plant.count("audit_log") == 0);
}
