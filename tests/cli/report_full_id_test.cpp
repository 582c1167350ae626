// tqm report person --full-id-numbers: the 身份证号 in full only after the organizer password,
// with one audit row; without the flag the PDF keeps the masked number.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "admin/organizer_password.h"
#include "base/clock.h"
#include "query_rows.h"
#include "store/database.h"
#include "tqm_runner.h"

namespace fs = std::filesystem;
using tqm::clitest::dataDir;
using tqm::clitest::runTqm;
using tqm::clitest::runTqmWithInput;
using tqm::clitest::TempDir;

namespace {

std::string outputOf(const std::string& command) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return out;
    std::array<char, 4096> buffer{};
    std::size_t read = 0;
    while ((read = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        out.append(buffer.data(), read);
    pclose(pipe);
    return out;
}

std::string pdfText(const std::string& pdf) {
    return outputOf("pdftotext -layout '" + pdf + "' - | tr -s ' '");
}

struct PersonWithIdNumber {
    TempDir dir;
    std::string db = (dir / "tqm.db").string();

    // K001 王一 has the 身份证号 110101199003071233 (from the certificate file).
    PersonWithIdNumber() {
        for (std::vector<std::string> command :
             {std::vector<std::string>{"people", "import", "roster.csv"},
              {"cert", "types", "import", "types.csv"},
              {"cert", "import", "certificates.csv"}}) {
            command.insert(command.begin(), {"--db", db});
            REQUIRE(runTqm(command, dataDir() / "cert").exitCode == 0);
        }
    }
    void setPassword(const std::string& password) {
        const tqm::SystemClock clock;
        auto opened = tqm::store::Database::open(db, clock);
        REQUIRE(opened.ok());
        REQUIRE_FALSE(tqm::admin::OrganizerPassword(*opened.database, {1, 8 * 1024})
                          .setFirst(password, password));
    }
    std::vector<std::string> command(const std::string& pdf) const {
        return {"--db", db,     "report", "person", "K001",      "-o",
                pdf,    "--by", "张三",   "--date", "2026-11-24"};
    }
    std::string audit() const {
        SQLite::Database read(db, SQLite::OPEN_READONLY);
        return tqm::testsupport::queryRows(read, "SELECT action, subject, detail FROM audit_log");
    }
};

}  // namespace

TEST_CASE("tqm report person masks the 身份证号 without --full-id-numbers") {
    PersonWithIdNumber s;
    const auto pdf = (s.dir / "masked.pdf").string();
    const auto run = runTqm(s.command(pdf));
    CHECK(run.exitCode == 0);
    const std::string text = pdfText(pdf);
    CHECK(text.find("工号：K001 姓名：王一 身份证号：110101********1233") != std::string::npos);
    CHECK(text.find("110101199003071233") == std::string::npos);
    CHECK(s.audit() == "export-report|" + pdf + "|by 张三: person K001 as pdf");
}

TEST_CASE("tqm report person --full-id-numbers needs the organizer password and logs one row") {
    PersonWithIdNumber s;
    const auto pdf = (s.dir / "full.pdf").string();
    std::vector<std::string> full = s.command(pdf);
    full.push_back("--full-id-numbers");

    const auto unset = runTqmWithInput(full, "organizer-2026\n");
    CHECK(unset.err ==
          "tqm: password-not-set: No organizer password is set yet; set one first; nothing "
          "exported\n");
    CHECK(unset.exitCode == 1);

    s.setPassword("organizer-2026");
    const auto wrong = runTqmWithInput(full, "organizer-2025\n");
    CHECK(wrong.err == "tqm: password-wrong: The password is wrong; nothing exported\n");
    CHECK(wrong.exitCode == 1);
    CHECK_FALSE(fs::exists(pdf));
    CHECK(s.audit().empty());

    const auto right = runTqmWithInput(full, "organizer-2026\n");
    CHECK(right.err == "wrote " + pdf + " (person K001, full ID numbers); audit log entry 1\n");
    CHECK(right.exitCode == 0);
    const std::string text = pdfText(pdf);
    CHECK(text.find("工号：K001 姓名：王一 身份证号：110101199003071233") != std::string::npos);
    CHECK(s.audit() ==
          "export-report-full-id|" + pdf + "|by 张三: person K001 as pdf, full ID numbers");

    std::ofstream(s.dir / "password.txt") << "organizer-2026\n";
    const auto xlsx = (s.dir / "full.xlsx").string();
    std::vector<std::string> fromFile = s.command(xlsx);
    fromFile.insert(fromFile.end(), {"--format", "xlsx", "--full-id-numbers", "--password-file",
                                     (s.dir / "password.txt").string()});
    const auto filed = runTqmWithInput(fromFile, "");
    CHECK(filed.exitCode == 0);
    CHECK(s.audit() ==
          "export-report-full-id|" + pdf + "|by 张三: person K001 as pdf, full ID numbers;" +
              "export-report-full-id|" + xlsx + "|by 张三: person K001 as xlsx, full ID numbers");
}
