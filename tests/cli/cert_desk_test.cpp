// The desk commands (issue, renew, revoke, review, assign, unassign) on the demo plant, and
// certificates issued on exams passed with `tqm exam`, checked through the database.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <regex>

#include "admin/key_store.h"
#include "base/clock.h"
#include "cert/certificate_issue.h"
#include "cert/verification_code.h"
#include "demo_plant.h"
#include "store/audit_log.h"
#include "store/certificate_repository.h"
#include "store/certificate_type_repository.h"
#include "store/database.h"
#include "tqm_runner.h"

using tqm::clitest::DemoPlant;
using tqm::clitest::linesOf;
using tqm::clitest::runTqm;
using tqm::clitest::TempDir;
using Lines = std::vector<std::string>;

namespace {

// The status word of one person's requirement as `tqm cert status --json` reports it.
std::string statusOf(const DemoPlant& plant, const std::string& asOf, const std::string& employeeNo,
                     const std::string& type) {
    const auto json =
        nlohmann::json::parse(plant.tqm({"cert", "status", "--as-of", asOf, "--json"}).out);
    for (const auto& person : json["people"])
        if (person["employee_no"] == employeeNo)
            for (const auto& requirement : person["requirements"])
                if (requirement["certificate_type"] == type) return requirement["status"];
    return "no row";
}

}  // namespace

TEST_CASE("cert assign warns about a missing mandatory certificate and saves only with --yes") {
    const DemoPlant plant;
    const std::string warning =
        "warning: not-qualified: D0002 钱晓峰 in key position 质量检验员 lacks mandatory INT-QI "
        "质量检验员上岗证: not-yet-required, required from 2026-03-31";
    const auto refused = plant.tqm({"cert", "assign", "--person", "D0002", "--position",
                                    "质量检验员", "--from", "2026-03-01"});
    CHECK(linesOf(refused.out) == Lines{warning});
    CHECK(refused.err ==
          "tqm: unacknowledged-warnings: D0002 钱晓峰 does not meet 1 mandatory requirement of "
          "key position 质量检验员; the assignment was not saved. Confirm to save it anyway.\n"
          "run again with --yes to assign D0002 钱晓峰 anyway\n");
    CHECK(refused.exitCode == 1);
    CHECK(statusOf(plant, "2026-04-01", "D0002", "INT-QI") == "no row");

    const auto saved = plant.tqm({"cert", "assign", "--person", "D0002", "--position", "质量检验员",
                                  "--from", "2026-03-01", "--yes"});
    CHECK(linesOf(saved.out) ==
          Lines{warning, "assigned D0002 钱晓峰 to 质量检验员 from 2026-03-01"});
    CHECK(saved.exitCode == 0);
    CHECK(statusOf(plant, "2026-03-15", "D0002", "INT-QI") == "not-yet-required");
    CHECK(statusOf(plant, "2026-04-01", "D0002", "INT-QI") == "missing");

    const auto ended = plant.tqm({"cert", "unassign", "--person", "D0002", "--position",
                                  "质量检验员", "--to", "2026-06-30"});
    CHECK(ended.out == "D0002 钱晓峰 leaves 质量检验员: last day 2026-06-30\n");
    CHECK(ended.exitCode == 0);
    CHECK(statusOf(plant, "2026-07-01", "D0002", "INT-QI") == "no row");
    const auto again = plant.tqm({"cert", "unassign", "--person", "D0002", "--position",
                                  "质量检验员", "--to", "2026-06-30"});
    CHECK(again.err == "tqm: not-assigned: D0002 钱晓峰 holds no open assignment to 质量检验员\n");
    CHECK(again.exitCode == 1);
}

TEST_CASE("cert issue enters an external certificate and refuses a number already taken") {
    const DemoPlant plant;
    const auto issued = plant.tqm({"cert", "issue", "--person", "D0005", "--type", "INT-QI",
                                   "--number", "ZJ-QI-2026-0101", "--issued", "2026-03-10"});
    CHECK(issued.out ==
          "issued ZJ-QI-2026-0101 D0005 周海燕 INT-QI 质量检验员上岗证, valid 2026-03-10 to "
          "2028-03-09\n");
    CHECK(issued.exitCode == 0);
    CHECK(statusOf(plant, "2026-03-10", "D0005", "INT-QI") == "valid");

    const auto duplicate = plant.tqm({"cert", "issue", "--person", "D0002", "--type", "INT-QI",
                                      "--number", "ZJ-QI-2026-0101", "--issued", "2026-03-10"});
    CHECK(duplicate.out.empty());
    CHECK(duplicate.err ==
          "tqm: duplicate-number: certificate number ZJ-QI-2026-0101 is already taken\n");
    CHECK(duplicate.exitCode == 1);

    const auto unknown = plant.tqm({"cert", "issue", "--person", "D0005", "--type", "NOPE",
                                    "--number", "X-1", "--issued", "2026-03-10"});
    CHECK(unknown.err == "tqm: unknown-type: there is no certificate type NOPE\n");
    CHECK(unknown.exitCode == 1);
}

TEST_CASE("cert renew, review and revoke change the status the next day") {
    const DemoPlant plant;
    const auto renewed = plant.tqm({"cert", "renew", "CAQ-QM-2023-01857", "--number",
                                    "CAQ-QM-2026-00412", "--issued", "2026-04-20"});
    CHECK(renewed.out ==
          "renewed CAQ-QM-2023-01857 by CAQ-QM-2026-00412 D0020 许志刚 CAQ-QM 注册质量经理, "
          "valid 2026-04-28 to 2029-04-27\n");
    CHECK(renewed.exitCode == 0);
    CHECK(statusOf(plant, "2026-05-01", "D0020", "CAQ-QM") == "valid");

    const auto reviewed = plant.tqm({"cert", "review", "ZJ-QI-2025-0009", "--done", "2026-05-06",
                                     "--result", "failed", "--note", "实操不合格"});
    CHECK(reviewed.out == "review of ZJ-QI-2025-0009 due 2026-05-08: failed on 2026-05-06\n");
    CHECK(reviewed.exitCode == 0);
    CHECK(statusOf(plant, "2026-05-05", "D0029", "INT-QI") == "valid");
    CHECK(statusOf(plant, "2026-05-06", "D0029", "INT-QI") == "expired");

    const auto revoked = plant.tqm(
        {"cert", "revoke", "ZJ-SPC-2025-0001", "--on", "2026-05-01", "--reason", "离岗超过一年"});
    CHECK(revoked.out == "revoked ZJ-SPC-2025-0001 on 2026-05-01: 离岗超过一年\n");
    CHECK(revoked.exitCode == 0);
    CHECK(statusOf(plant, "2026-04-30", "D0032", "INT-SPC") == "valid");
    CHECK(statusOf(plant, "2026-05-01", "D0032", "INT-SPC") == "revoked");
    const auto twice = plant.tqm(
        {"cert", "revoke", "ZJ-SPC-2025-0001", "--on", "2026-05-02", "--reason", "again"});
    CHECK(twice.err ==
          "tqm: already-revoked: certificate ZJ-SPC-2025-0001 was already revoked "
          "on 2026-05-01\n");
    CHECK(twice.exitCode == 1);

    const tqm::SystemClock clock;
    auto db = std::move(*tqm::store::Database::open(plant.db, clock).database);
    const auto log = tqm::store::AuditLog(db).list();
    REQUIRE(log.size() == 1);
    CHECK(log[0].action == "revoke-certificate");
    CHECK(log[0].subject == "ZJ-SPC-2025-0001");
    CHECK(log[0].detail == "2026-05-01: 离岗超过一年");
}

namespace {

// The exam tests' database: the roster of tests/data/cli, exam 1 (pass mark 8 of 14) that
// exam-answers.txt passes once its essay is marked.
struct ExamPlant {
    TempDir dir;
    std::string db = (dir / "tqm.db").string();

    ExamPlant() {
        REQUIRE(tqm({"people", "import", "roster.csv"}).exitCode == 0);
        REQUIRE(tqm({"exam", "create", "--blueprint", "exam-blueprint.xml", "--minutes", "30",
                     "--pass", "8", "--seed", "1"})
                    .out == "1\n");
    }

    tqm::clitest::TqmRun tqm(std::vector<std::string> args) const {
        args.insert(args.begin(), {"--db", db});
        return runTqm(args);
    }

    // QC-TQM, earned by exam 1, numbered QC-0001, QC-0002 ... so the numbers do not depend on
    // the year the test runs in.
    void addType() const {
        const tqm::SystemClock clock;
        auto opened = std::move(*tqm::store::Database::open(db, clock).database);
        tqm::cert::CertificateType type;
        type.code = "QC-TQM";
        type.name = "全面质量管理上岗证";
        type.validityMonths = 24;
        type.examId = 1;
        type.numberPattern = "QC-{seq:4}";
        REQUIRE(tqm::store::CertificateTypeRepository(opened).upsert(type).ok());
    }

    void passExam() const {
        tqm({"exam", "take", "1", "--person", "E001", "--answers", "exam-answers.txt", "--submit"});
        REQUIRE(tqm({"exam", "mark", "1", "--person", "E001", "--question", "6", "--points", "4.5",
                     "--marker", "李老师"})
                    .exitCode == 0);
    }
};

// "valid 2026-11-24 to 2028-11-23" for a certificate passed today.
std::string validToday() {
    const tqm::Date today = tqm::dateAt(tqm::SystemClock().now());
    return "valid " + tqm::formatDate(today) + " to " +
           tqm::formatDate(tqm::cert::periodEnd(today, 24));
}

std::string withoutTime(const std::string& text) {
    return std::regex_replace(text, std::regex(" at \\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z"), " at T");
}

}  // namespace

TEST_CASE(
    "marking the essay that makes an attempt pass prints the certificate issued at once, "
    "signed with the workstation key") {
    const ExamPlant plant;
    plant.addType();
    plant.tqm(
        {"exam", "take", "1", "--person", "E001", "--answers", "exam-answers.txt", "--submit"});
    const auto marked = plant.tqm({"exam", "mark", "1", "--person", "E001", "--question", "6",
                                   "--points", "4.5", "--marker", "李老师"});
    CHECK(withoutTime(marked.out) ==
          "attempt 1 of exam 1 (E001 张三): 13.5 of 14 points, pass, submitted by the person at "
          "T\ncertificate QC-0001 (QC-TQM 全面质量管理上岗证) issued, " +
              validToday() + "\n");
    CHECK(marked.exitCode == 0);

    const tqm::SystemClock clock;
    auto db = std::move(*tqm::store::Database::open(plant.db, clock).database);
    const auto certificate = tqm::store::CertificateRepository(db).findByNumber("QC-0001");
    REQUIRE(certificate);
    CHECK(certificate->attemptId == 1);
    tqm::admin::KeyStore keys(plant.dir / "keys");
    const auto verified = tqm::cert::verifyVerificationCode(certificate->verificationCode,
                                                            keys.signingKeys().key->publicKey());
    REQUIRE(verified.fields);
    CHECK(verified.fields->employeeNo == "E001");
    CHECK(verified.fields->number == "QC-0001");
}

TEST_CASE("cert issue-pending issues for a pass that has no certificate yet, once") {
    const ExamPlant plant;
    plant.passExam();  // before any type names the exam
    plant.addType();
    const auto swept = plant.tqm({"cert", "issue-pending"});
    CHECK(swept.out ==
          "attempt 1: issued QC-0001 E001 张三 QC-TQM 全面质量管理上岗证, " + validToday() + "\n");
    CHECK(swept.err == "issued 1, not issued 0\n");
    CHECK(swept.exitCode == 0);
    const auto again = plant.tqm({"cert", "issue-pending"});
    CHECK(again.out.empty());
    CHECK(again.err == "issued 0, not issued 0\n");
    CHECK(again.exitCode == 0);
}
