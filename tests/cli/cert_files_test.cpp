// tqm cert ... file commands (import, register, print, verify, public-key) against a database in a
// temporary folder: exact output, exit codes and rows in the database.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "admin/key_store.h"
#include "admin/organizer_password.h"
#include "base/clock.h"
#include "cert/verification_code.h"
#include "query_rows.h"
#include "store/database.h"
#include "tqm_runner.h"

using tqm::clitest::dataDir;
using tqm::clitest::linesOf;
using tqm::clitest::readFile;
using tqm::clitest::runTqm;
using tqm::clitest::runTqmWithInput;
using tqm::clitest::TempDir;
using Lines = std::vector<std::string>;

namespace {

namespace fs = std::filesystem;

fs::path repoDir() {
    return (dataDir() / ".." / ".." / "..").lexically_normal();
}
fs::path contentDir() {
    return repoDir() / "content";
}
fs::path brokenDir() {
    return repoDir() / "tests" / "data" / "cert";
}
fs::path smallDir() {
    return dataDir() / "cert";
}

std::string dbOf(const TempDir& dir) {
    return (dir / "tqm.db").string();
}

// A query's rows: columns joined with '|', rows with ';'.
std::string rows(const TempDir& dir, const std::string& query) {
    SQLite::Database db(dbOf(dir), SQLite::OPEN_READONLY);
    return tqm::testsupport::queryRows(db, query);
}

// Imports the demo plant's roster and its types and positions (and, when asked, requirements
// and certificates).
void importDemo(const TempDir& dir, bool everything) {
    std::vector<std::vector<std::string>> commands{
        {"people", "import", "demo-roster.csv"},
        {"cert", "types", "import", "demo-cert-types.csv"},
        {"cert", "positions", "import", "demo-positions.csv"}};
    if (everything) {
        commands.push_back({"cert", "requirements", "import", "demo-requirements.csv"});
        commands.push_back({"cert", "import", "demo-certificates.csv"});
    }
    for (std::vector<std::string> command : commands) {
        command.insert(command.begin(), {"--db", dbOf(dir)});
        REQUIRE(runTqm(command, contentDir()).exitCode == 0);
    }
}

// The small plant of tests/data/cli/cert: three people, one type, one position, two certificates.
void importSmall(const TempDir& dir) {
    for (std::vector<std::string> command :
         {std::vector<std::string>{"people", "import", "roster.csv"},
          {"cert", "types", "import", "types.csv"},
          {"cert", "positions", "import", "positions.csv"},
          {"cert", "requirements", "import", "requirements.csv"},
          {"cert", "import", "certificates.csv"}}) {
        command.insert(command.begin(), {"--db", dbOf(dir)});
        REQUIRE(runTqm(command, smallDir()).exitCode == 0);
    }
    // The roster dates each position from the day it is imported; a fixed first day keeps the
    // register's statuses the same whatever day the test runs.
    SQLite::Database db(dbOf(dir), SQLite::OPEN_READWRITE);
    db.exec("UPDATE position_assignment SET from_date = '2024-01-01'");
}

std::size_t pdfPages(const std::string& pdf) {
    std::size_t pages = 0;
    for (std::size_t at = pdf.find("/Type /Page"); at != std::string::npos;
         at = pdf.find("/Type /Page", at + 1))
        if (pdf.compare(at, 12, "/Type /Pages") != 0) ++pages;
    return pages;
}

tqm::cert::CertificateFields fields() {
    return {"QI-2026-009",
            "K001",
            "王一",
            "QI",
            *tqm::parseDate("2026-11-24"),
            *tqm::parseDate("2026-11-24"),
            *tqm::parseDate("2028-11-23")};
}

void setPassword(const TempDir& dir, const std::string& password) {
    const tqm::SystemClock clock;
    auto opened = tqm::store::Database::open(dbOf(dir), clock);
    REQUIRE(opened.ok());
    REQUIRE_FALSE(tqm::admin::OrganizerPassword(*opened.database, {1, 8 * 1024})
                      .setFirst(password, password));
}

}  // namespace

TEST_CASE(
    "the demo plant's four certificate files import into a fresh database with exact counts") {
    const TempDir dir;
    REQUIRE(
        runTqm({"--db", dbOf(dir), "people", "import", "demo-roster.csv"}, contentDir()).exitCode ==
        0);
    const std::vector<std::pair<std::vector<std::string>, std::string>> steps{
        {{"types", "import", "demo-cert-types.csv"},
         "demo-cert-types.csv: added 9, updated 0, unchanged 0, rejected 0\n"},
        {{"positions", "import", "demo-positions.csv"},
         "demo-positions.csv: added 4, updated 6, unchanged 0, rejected 0\n"},
        {{"requirements", "import", "demo-requirements.csv"},
         "demo-requirements.csv: added 13, updated 0, unchanged 0, rejected 0\n"},
        {{"import", "demo-certificates.csv"},
         "demo-certificates.csv: added 28, updated 0, unchanged 0, rejected 0\n"}};
    for (const auto& [arguments, summary] : steps) {
        std::vector<std::string> command{"--db", dbOf(dir), "cert"};
        command.insert(command.end(), arguments.begin(), arguments.end());
        const auto run = runTqm(command, contentDir());
        CHECK(run.out.empty());
        CHECK(run.err == summary);
        CHECK(run.exitCode == 0);
    }
    CHECK(rows(dir, "SELECT count(*) FROM certificate_type") == "9");
    CHECK(rows(dir, "SELECT count(*) FROM position WHERE is_key = 1") == "6");
    CHECK(rows(dir, "SELECT count(*) FROM certificate_requirement") == "13");
    CHECK(rows(dir,
               "SELECT count(*), count(DISTINCT source), min(verification_code) FROM "
               "certificate") == "28|1|");
    CHECK(rows(dir, "SELECT count(*) FROM certificate_review") == "6");
    CHECK(rows(dir,
               "SELECT employee_no, id_number_masked FROM person WHERE id_number_sealed IS "
               "NOT NULL ORDER BY employee_no") ==
          "D0011|320104********2260;D0014|320102********2150;D0020|320102********3175;"
          "D0033|320105********1340");

    const auto again =
        runTqm({"cert", "import", "demo-certificates.csv", "--db", dbOf(dir)}, contentDir());
    CHECK(again.err == "demo-certificates.csv: added 0, updated 0, unchanged 28, rejected 0\n");
    CHECK(again.exitCode == 0);
}

TEST_CASE(
    "broken requirement and certificate files print each bad row and exit 1, good rows kept") {
    const TempDir dir;
    importDemo(dir, false);
    const auto requirements =
        runTqm({"--db", dbOf(dir), "cert", "requirements", "import", "requirements-broken.csv"},
               brokenDir());
    CHECK(
        linesOf(requirements.out) ==
        Lines{"requirements-broken.csv:3:3: error: unknown-requirement-level: row 3, column "
              "\"要求\": \"可选\" is not a requirement; write 必需 or 建议 (mandatory, "
              "recommended)",
              "requirements-broken.csv:4:4: error: bad-number: row 4, column \"上岗后期限(天)\": "
              "\"三十\" is not a whole number",
              "requirements-broken.csv:5:4: error: number-too-small: row 5, column "
              "\"上岗后期限(天)\": -1 is too small; it must be at least 0",
              "requirements-broken.csv:6:1: error: duplicate-requirement: row 6, column \"岗位\": "
              "the requirement (岗位 / 证书类型代码) 质量经理 / CAQ-QM is in rows 6 and 7; none "
              "of them is imported until only one is left",
              "requirements-broken.csv:7:1: error: duplicate-requirement: row 7, column \"岗位\": "
              "the requirement (岗位 / 证书类型代码) 质量经理 / CAQ-QM is in rows 6 and 7; none "
              "of them is imported until only one is left",
              "requirements-broken.csv:8:1: error: unknown-position: row 8, column \"岗位\": there "
              "is no position \"保安\"; import it in a positions file first or correct the name",
              "requirements-broken.csv:9:2: error: unknown-type-code: row 9, column "
              "\"证书类型代码\": there is no certificate type with the code INT-XX; import it in "
              "a certificate types file first or correct the code"});
    CHECK(requirements.err ==
          "requirements-broken.csv: added 1, updated 0, unchanged 0, rejected 7; the other rows "
          "were imported, the rejected ones were not\n");
    CHECK(requirements.exitCode == 1);
    CHECK(rows(dir,
               "SELECT p.name, t.code, r.level, r.days_allowed FROM certificate_requirement "
               "r JOIN position p ON p.id = r.position_id JOIN certificate_type t ON t.id = "
               "r.certificate_type_id") == "质量检验员|INT-QI|mandatory|30");

    const auto certificates =
        runTqm({"--db", dbOf(dir), "cert", "import", "certificates-broken.csv"}, brokenDir());
    const Lines lines = linesOf(certificates.out);
    REQUIRE(lines.size() == 12);
    CHECK(lines[0].rfind("certificates-broken.csv:1:12: warning: unknown-column: column \"备注\"",
                         0) == 0);
    CHECK(
        Lines(lines.begin() + 1, lines.begin() + 5) ==
        Lines{"certificates-broken.csv:3:1: error: duplicate-certificate-number: row 3, column "
              "\"证书编号\": the certificate number (证书编号) ZJ-QI-2024-0004 is in rows 3 and 7; "
              "none of them is imported until only one is left",
              "certificates-broken.csv:4:2: error: space-in-key: row 4, column \"工号\": the 工号 "
              "\"D 0014\" contains a space or a control character",
              "certificates-broken.csv:5:5: error: bad-date: row 5, column \"发证日期\": "
              "\"2025-13-10\" is not a date; write dates as 2026-11-24 (or 2026/11/24)",
              "certificates-broken.csv:6:7: error: valid-until-before-valid-from: row 6, column "
              "\"有效期至\": the end of validity 2023-11-01 is before the start of validity "
              "2023-11-02"});
    CHECK(
        lines[11] ==
        "certificates-broken.csv:11:4: error: unknown-type-code: row 11, column \"证书类型代码\": "
        "there is no certificate type with the code NO-SUCH; import it in a certificate types "
        "file first or correct the code");
    CHECK(certificates.err ==
          "certificates-broken.csv: added 2, updated 0, unchanged 0, rejected 9; the other rows "
          "were imported, the rejected ones were not\n");
    CHECK(certificates.exitCode == 1);
    CHECK(rows(dir, "SELECT number FROM certificate ORDER BY number") ==
          "ZJ-QI-2024-0003;ZJ-SPC-2023-0004");

    const auto gbk =
        runTqm({"--db", dbOf(dir), "cert", "import", "certificates-gbk.csv"}, brokenDir());
    CHECK(gbk.err ==
          "certificates-gbk.csv: added 0, updated 0, unchanged 0, rejected 0; nothing imported\n");
    CHECK(gbk.exitCode == 1);
}

TEST_CASE("the register of a small plant is written as exact CSV bytes") {
    const TempDir dir;
    importSmall(dir);
    const auto run = runTqm({"--db", dbOf(dir), "cert", "register", "--format", "csv", "-o",
                             (dir / "台账.csv").string(), "--as-of", "2026-06-01"});
    CHECK(run.err == "wrote " + (dir / "台账.csv").string() + ": 3 rows as of 2026-06-01\n");
    CHECK(run.exitCode == 0);
    CHECK(readFile(dir / "台账.csv") ==
          "\xEF\xBB\xBF证书编号,姓名,工号,单位,岗位,证书类型,发证日期,有效期至,下次复审,状态\r\n"
          "QI-2025-001,王一,K001,一车间,质检员,质检员上岗证,2025-03-01,2026-03-16,2026-03-01,"
          "已过期\r\n"
          ",李二,K002,二车间,质检员,质检员上岗证,,,,缺证\r\n"
          "QI-2024-002,张三,K003,一车间,操作工,质检员上岗证,2024-01-10,2025-01-25,2025-01-10,"
          "已过期\r\n");

    const auto filtered =
        runTqm({"--db", dbOf(dir), "cert", "register", "-o", (dir / "k.csv").string(), "--as-of",
                "2026-06-01", "--unit", "二车间", "--status", "missing", "--masked-id-numbers"});
    CHECK(filtered.exitCode == 0);
    CHECK(readFile(dir / "k.csv") ==
          "\xEF\xBB\xBF证书编号,姓名,工号,单位,岗位,证书类型,发证日期,有效期至,下次复审,状态,"
          "身份证号\r\n,李二,K002,二车间,质检员,质检员上岗证,,,,缺证,\r\n");

    const auto bad = runTqm(
        {"--db", dbOf(dir), "cert", "register", "-o", (dir / "x.csv").string(), "--as-of", "明天"});
    CHECK(bad.err == "tqm: --as-of 明天 is not a date; write it 2026-11-24\n");
    CHECK(bad.exitCode == 2);
}

TEST_CASE("print writes a PDF with one page per certificate and refuses unknown numbers") {
    const TempDir dir;
    importSmall(dir);
    const auto run = runTqm({"--db", dbOf(dir), "cert", "print", "QI-2025-001", "QI-2024-002", "-o",
                             (dir / "证书.pdf").string(), "--institution", "测试机械厂"});
    CHECK(run.err ==
          "wrote " + (dir / "证书.pdf").string() + ": 2 certificates, one A4 page each\n");
    CHECK(run.exitCode == 0);
    CHECK(pdfPages(readFile(dir / "证书.pdf")) == 2);
    const auto one = runTqm(
        {"--db", dbOf(dir), "cert", "print", "QI-2024-002", "-o", (dir / "one.pdf").string()});
    CHECK(pdfPages(readFile(dir / "one.pdf")) == 1);

    const auto unknown =
        runTqm({"--db", dbOf(dir), "cert", "print", "QI-9", "-o", (dir / "none.pdf").string()});
    CHECK(unknown.err ==
          "tqm: unknown-number: no certificate has the number QI-9; nothing was printed\n");
    CHECK(unknown.exitCode == 1);
    CHECK_FALSE(fs::exists(dir / "none.pdf"));
}

TEST_CASE("verify accepts this workstation's code, refuses an altered one and another key's") {
    const TempDir dir;
    importSmall(dir);
    const auto keys = tqm::admin::KeyStore::forDatabase(dbOf(dir));
    const std::string good =
        tqm::cert::makeVerificationCode(fields(), *keys->signingKeys().key).code;
    const std::string keyId =
        tqm::admin::keyIdHex(tqm::admin::keyIdOf(keys->signingKeys().key->publicKey()));
    const std::string validLine =
        "valid signature: QI-2026-009, 王一 (工号 K001), QI 质检员上岗证, issued 2026-11-24, "
        "valid 2026-11-24 to 2028-11-23, key ";

    const auto valid = runTqm({"--db", dbOf(dir), "cert", "verify", good});
    CHECK(valid.out == validLine + keyId + "\n");
    CHECK(valid.err == "1 code: 1 valid, 0 refused\n");
    CHECK(valid.exitCode == 0);

    std::string changed = good;
    changed[changed.size() - 2] = changed[changed.size() - 2] == 'A' ? 'B' : 'A';
    const auto altered = runTqm({"--db", dbOf(dir), "cert", "verify", changed});
    CHECK(altered.out.rfind("refused: code-bad-signature: ", 0) == 0);
    CHECK(altered.exitCode == 1);

    tqm::admin::KeyStore branch(dir / "branch-keys");
    const std::string foreign =
        tqm::cert::makeVerificationCode(fields(), *branch.signingKeys().key).code;
    std::ofstream(dir / "codes.txt") << good << "\n\n" << foreign << "\n";
    const auto file = runTqm({"--db", dbOf(dir), "cert", "verify", (dir / "codes.txt").string()});
    const std::string name = (dir / "codes.txt").string();
    REQUIRE(linesOf(file.out).size() == 2);
    CHECK(linesOf(file.out)[0] == name + ":1: " + validLine + keyId);
    CHECK(linesOf(file.out)[1].rfind(name + ":3: refused: code-unknown-key: ", 0) == 0);
    CHECK(file.err == "2 codes: 1 valid, 1 refused\n");
    CHECK(file.exitCode == 1);

    REQUIRE_FALSE(branch.exportPublicKey(dir / "branch.pub"));
    const auto withKey = runTqm(
        {"--db", dbOf(dir), "cert", "verify", name, "--public-key", (dir / "branch.pub").string()});
    CHECK(file.exitCode == 1);
    CHECK(withKey.err == "2 codes: 2 valid, 0 refused\n");
    CHECK(withKey.exitCode == 0);
}

TEST_CASE("a full ID-number register needs the organizer password and leaves one audit row") {
    const TempDir dir;
    importSmall(dir);
    const std::string out = (dir / "full.csv").string();
    const std::vector<std::string> command{"--db",     dbOf(dir),    "cert",
                                           "register", "-o",         out,
                                           "--as-of",  "2026-06-01", "--full-id-numbers"};
    const auto unset = runTqmWithInput(command, "whatever1\n");
    CHECK(unset.err.rfind("tqm: password-not-set: ", 0) == 0);
    CHECK(unset.exitCode == 1);

    setPassword(dir, "organizer-2026");
    const auto wrong = runTqmWithInput(command, "organizer-2025\n");
    CHECK(wrong.err.rfind("tqm: password-wrong: ", 0) == 0);
    CHECK(wrong.exitCode == 1);
    CHECK_FALSE(fs::exists(out));
    CHECK(rows(dir, "SELECT count(*) FROM audit_log") == "0");

    const auto right = runTqmWithInput(command, "organizer-2026\n");
    CHECK(right.err == "wrote " + out +
                           ": 3 rows as of 2026-06-01; full ID numbers, recorded in the audit "
                           "log (entry 1)\n");
    CHECK(right.exitCode == 0);
    CHECK(readFile(out).find(",已过期,110101199003071233\r\n") != std::string::npos);
    CHECK(rows(dir, "SELECT action, subject, detail FROM audit_log") ==
          "export-id-numbers|" + out + "|3 rows as of 2026-06-01");

    std::ofstream(dir / "password.txt") << "organizer-2026\n";
    std::vector<std::string> fromFile = command;
    fromFile.push_back("--password-file");
    fromFile.push_back((dir / "password.txt").string());
    CHECK(runTqmWithInput(fromFile, "").exitCode == 0);
    CHECK(rows(dir, "SELECT count(*) FROM audit_log WHERE action = 'export-id-numbers'") == "2");
}

TEST_CASE("public-key writes the workstation's key file and an audit row naming it") {
    const TempDir dir;
    const std::string out = (dir / "本厂.pub").string();
    const auto run = runTqm({"--db", dbOf(dir), "cert", "public-key", "-o", out});
    const auto keys = tqm::admin::KeyStore::forDatabase(dbOf(dir));
    const std::string keyId =
        tqm::admin::keyIdHex(tqm::admin::keyIdOf(keys->signingKeys().key->publicKey()));
    CHECK(run.err == "wrote " + out + " (key-id " + keyId + "); recorded in the audit log\n");
    CHECK(run.exitCode == 0);
    CHECK(linesOf(readFile(out))[2] == "key-id " + keyId);
    CHECK(rows(dir, "SELECT action, subject, detail FROM audit_log") ==
          "export-public-key|" + out + "|key-id " + keyId);
}
