// tqm class and tqm report end to end: a class set up from the command line, its sign-in sheet
// imported, then its file and the hours ledger exported and read back with pdftotext.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>

#include <SQLiteCpp/Database.h>

#include "tqm_runner.h"

using tqm::clitest::dataDir;
using tqm::clitest::linesOf;
using tqm::clitest::readFile;
using tqm::clitest::runTqm;
using tqm::clitest::TempDir;
using Lines = std::vector<std::string>;

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

struct ClassSetUp {
    TempDir dir;
    std::string db = (dir / "tqm.db").string();

    ClassSetUp() {
        REQUIRE(runTqm({"--db", db, "people", "import", "training/roster.csv"}).exitCode == 0);
        const auto created = runTqm({"--db",      db,
                                     "class",     "create",
                                     "--code",    "2026-Q4-01",
                                     "--name",    "班组长质量管理培训班",
                                     "--from",    "2026-11-02",
                                     "--to",      "2026-11-04",
                                     "--place",   "二号培训室",
                                     "--teacher", "王工",
                                     "--course",  "tqm-basics:4:2026-11-02",
                                     "--course",  "qc-tools:3"});
        REQUIRE(created.exitCode == 0);
        REQUIRE(created.out == "1\n");
    }
};

}  // namespace

TEST_CASE(
    "tqm class import reports a row with an unknown 工号 by line and column and keeps the rest") {
    ClassSetUp s;
    const auto run = runTqm({"--db", s.db, "class", "import", "2026-Q4-01", "training/sheet.csv"});
    CHECK(run.exitCode == 1);
    CHECK(linesOf(run.out) ==
          Lines{"training/sheet.csv:5:1: error: sheet-unknown-person: no person has 工号 C404; "
                "import them with the roster first"});
    CHECK(linesOf(run.err) ==
          Lines{"training/sheet.csv: joined 3, already on the roster 0, marks 7, rejected 1"});
}

TEST_CASE("tqm class sign-in records once and refuses a day outside the class") {
    ClassSetUp s;
    runTqm({"--db", s.db, "class", "import", "2026-Q4-01", "training/sheet.csv"});
    const auto run = runTqm({"--db", s.db, "class", "sign-in", "2026-Q4-01", "B001", "B001",
                             "--day", "2026-11-03", "--status", "late"});
    CHECK(run.exitCode == 0);
    CHECK(linesOf(run.out) == Lines{"B001 王芳: late on 2026-11-03, recorded",
                                    "B001 王芳: late on 2026-11-03, already recorded"});
    runTqm({"--db", s.db, "people", "import", "training/roster.csv"});
    const auto outside =
        runTqm({"--db", s.db, "class", "sign-in", "2026-Q4-01", "A001", "--day", "2026-11-09"});
    CHECK(outside.exitCode == 1);
    CHECK(linesOf(outside.out) ==
          Lines{"A001: day-outside-class: 2026-11-09 is not a day of training class 2026-Q4-01 "
                "(2026-11-02 to 2026-11-04)"});
}

TEST_CASE(
    "tqm class roster puts people on the roster by 工号 and takes them off with their marks") {
    ClassSetUp s;
    runTqm({"--db", s.db, "people", "import", "training/roster.csv"});
    const auto added =
        runTqm({"--db", s.db, "class", "roster", "2026-Q4-01", "A001", "A001", "Z999"});
    CHECK(added.exitCode == 1);
    CHECK(linesOf(added.out) == Lines{"A001 张伟: added to the roster of 2026-Q4-01",
                                      "A001 张伟: already on the roster of 2026-Q4-01",
                                      "Z999: unknown-person: no person has this 工号"});
    runTqm({"--db", s.db, "class", "sign-in", "2026-Q4-01", "A001", "--day", "2026-11-02"});
    const auto removed =
        runTqm({"--db", s.db, "class", "roster", "2026-Q4-01", "A001", "--remove"});
    CHECK(removed.exitCode == 0);
    CHECK(linesOf(removed.out) == Lines{"A001 张伟: taken off the roster of 2026-Q4-01"});
    SQLite::Database db(s.db, SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("SELECT COUNT(*) FROM training_class_member").getInt() == 0);
    CHECK(db.execAndGet("SELECT COUNT(*) FROM training_attendance").getInt() == 0);
    const auto again = runTqm({"--db", s.db, "class", "roster", "2026-Q4-01", "A001", "--remove"});
    CHECK(again.exitCode == 1);
    CHECK(linesOf(again.out).size() == 1);
    CHECK(linesOf(again.out)[0].rfind("A001: not-on-roster: ", 0) == 0);
}

TEST_CASE("tqm report class writes a PDF with the trainees' marks and hours and logs the export") {
    ClassSetUp s;
    runTqm({"--db", s.db, "class", "import", "2026-Q4-01", "training/sheet.csv"});
    const auto pdf = (s.dir / "一期一档.pdf").string();
    const auto run =
        runTqm({"--db", s.db, "report", "class", "2026-Q4-01", "--format", "pdf", "-o", pdf,
                "--organization", "某机械厂", "--by", "张三", "--date", "2026-11-24"});
    CHECK(run.exitCode == 0);
    CHECK(linesOf(run.err) == Lines{"wrote " + pdf + " (class 2026-Q4-01); audit log entry 1"});
    CHECK(outputOf("pdfinfo '" + pdf + "' | grep -c 'A4'") == "1\n");
    const std::string text = outputOf("pdftotext -layout '" + pdf + "' - | tr -s ' '");
    CHECK(text.find("单位：某机械厂") != std::string::npos);
    CHECK(text.find("报表日期：2026-11-24") != std::string::npos);
    CHECK(text.find("A001 张伟 一车间 出勤 出勤 迟到 3 7") != std::string::npos);
    CHECK(text.find("A002 李娜 一车间 请假 出勤 出勤 2 2") != std::string::npos);
    CHECK(text.find("B001 王芳 二车间 出勤 1 5") != std::string::npos);
    SQLite::Database db(s.db);
    CHECK(db.execAndGet("SELECT action || ' | ' || detail FROM audit_log").getString() ==
          "export-report | by 张三: class 2026-Q4-01 as pdf");
}

TEST_CASE("tqm report hours writes the ledger as CSV with a BOM, one column per month") {
    ClassSetUp s;
    runTqm({"--db", s.db, "class", "import", "2026-Q4-01", "training/sheet.csv"});
    const auto csv = (s.dir / "hours.csv").string();
    const auto run = runTqm({"--db", s.db, "report", "hours", "--from", "2026-10-01", "--to",
                             "2026-11-30", "--format", "csv", "-o", csv, "--by", "x"});
    CHECK(run.exitCode == 0);
    CHECK(readFile(csv) ==
          "\xEF\xBB\xBF工号,姓名,单位,2026-10,2026-11,合计\r\n"
          "A001,张伟,一车间,0,7,7\r\n"
          "A002,李娜,一车间,0,2,2\r\n"
          "B001,王芳,二车间,0,5,5\r\n");
}

TEST_CASE("tqm report refuses an unknown class and a reversed range") {
    ClassSetUp s;
    const auto unknown =
        runTqm({"--db", s.db, "report", "class", "2099-01", "-o", (s.dir / "x.pdf").string()});
    CHECK(unknown.exitCode == 1);
    CHECK(linesOf(unknown.err) ==
          Lines{"tqm: unknown-class: no training class has the id or code 2099-01"});
    const auto reversed = runTqm({"--db", s.db, "report", "hours", "--from", "2026-12-01", "--to",
                                  "2026-11-01", "-o", (s.dir / "x.pdf").string()});
    CHECK(reversed.exitCode == 2);
}

TEST_CASE("tqm report person writes the person's classes as CSV and refuses an unknown 工号") {
    ClassSetUp s;
    runTqm({"--db", s.db, "class", "import", "2026-Q4-01", "training/sheet.csv"});
    const auto csv = (s.dir / "a001.csv").string();
    const auto run = runTqm(
        {"--db", s.db, "report", "person", "A001", "--format", "csv", "-o", csv, "--by", "x"});
    CHECK(run.exitCode == 0);
    CHECK(readFile(csv) ==
          "\xEF\xBB\xBF期次,名称,开始,结束,出勤天数,学时\r\n"
          "2026-Q4-01,班组长质量管理培训班,2026-11-02,2026-11-04,3/3,7\r\n");
    const auto unknown = runTqm({"--db", s.db, "report", "person", "Z999", "-o", csv});
    CHECK(unknown.exitCode == 1);
    CHECK(linesOf(unknown.err) == Lines{"tqm: unknown-person: no person has the 工号 Z999"});
}

TEST_CASE("tqm report summary needs a competition or a period, and writes per-unit figures") {
    ClassSetUp s;
    const auto xlsx = (s.dir / "summary.xlsx").string();
    CHECK(runTqm({"--db", s.db, "report", "summary", "-o", xlsx}).exitCode == 2);
    const auto pdf = (s.dir / "summary.pdf").string();
    const auto run = runTqm({"--db", s.db, "report", "summary", "--from", "2026-01-01", "--to",
                             "2026-12-31", "-o", pdf, "--by", "x", "--date", "2026-11-24"});
    CHECK(run.exitCode == 0);
    const std::string text = outputOf("pdftotext -layout '" + pdf + "' - | tr -s ' '");
    CHECK(text.find("范围：2026-01-01 至 2026-12-31") != std::string::npos);
    CHECK(text.find("全员 3 人，参与 0 人，参与率 0%") != std::string::npos);
    CHECK(text.find("一车间 2 0 0%") != std::string::npos);
}
