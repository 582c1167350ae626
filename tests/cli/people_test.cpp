// tqm people import and tqm people list, against a database in a temporary folder.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <regex>

#include <SQLiteCpp/Database.h>

#include "store/migrations.h"
#include "tqm_runner.h"

using tqm::clitest::dataDir;
using tqm::clitest::linesOf;
using tqm::clitest::readFile;
using tqm::clitest::runTqm;
using tqm::clitest::TempDir;
using Lines = std::vector<std::string>;

namespace {

std::string dbOf(const TempDir& dir) {
    return (dir / "tqm.db").string();
}

// Sets an environment variable for the tqm processes a test starts, and puts it back after.
class ScopedEnvironment {
  public:
    ScopedEnvironment(const char* name, const std::string& value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        setenv(name, value.c_str(), 1);
    }
    ~ScopedEnvironment() {
        if (old_)
            setenv(name_, old_->c_str(), 1);
        else
            unsetenv(name_);
    }
    ScopedEnvironment(const ScopedEnvironment&) = delete;
    ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;

  private:
    const char* name_;
    std::optional<std::string> old_;
};

}  // namespace

TEST_CASE("people import adds the good rows, prints each bad row and the summary, and exits 0") {
    const TempDir dir;
    const auto run = runTqm({"--db", dbOf(dir), "people", "import", "roster.csv"});
    CHECK(linesOf(run.out) ==
          Lines{"roster.csv:4:1: error: missing-employee-no: row 4, column \"工号\": the 工号 is "
                "empty",
                "roster.csv:5:2: error: empty-name: row 5, column \"姓名\": the name (姓名) is "
                "empty"});
    CHECK(run.err == "roster.csv: added 3, updated 0, unchanged 0, rejected 2\n");
    CHECK(run.exitCode == 0);

    const auto list = runTqm({"people", "list", "--db", dbOf(dir)});
    CHECK(linesOf(list.out) == Lines{"E001\t张三\t一车间\t质检科\t班组长、质检员",
                                     "E002\t李四\t二车间\t生产科\t叉车工、操作工",
                                     "E005\t钱七\t一车间\t生产科\t操作工、班组长"});
    CHECK(list.err == "3 people\n");
    CHECK(list.exitCode == 0);
}

TEST_CASE("importing a roster again updates people by 工号 and never adds them twice") {
    const TempDir dir;
    REQUIRE(runTqm({"--db", dbOf(dir), "people", "import", "roster.csv"}).exitCode == 0);
    const auto same = runTqm({"--db", dbOf(dir), "people", "import", "roster.csv"});
    CHECK(same.err == "roster.csv: added 0, updated 0, unchanged 3, rejected 2\n");
    CHECK(same.exitCode == 0);

    const auto update = runTqm({"--db", dbOf(dir), "people", "import", "roster-update.csv"});
    CHECK(update.out.empty());
    CHECK(update.err == "roster-update.csv: added 1, updated 1, unchanged 1, rejected 0\n");
    CHECK(update.exitCode == 0);

    const auto list = runTqm({"--db", dbOf(dir), "people", "list"});
    CHECK(linesOf(list.out) == Lines{"E001\t张三\t二车间\t质检科\t班组长、质检员",
                                     "E002\t李四\t二车间\t生产科\t叉车工、操作工",
                                     "E005\t钱七\t一车间\t生产科\t操作工、班组长",
                                     "E006\t孙八\t三车间\t\t"});
}

TEST_CASE("people import exits 1 when no row could be imported") {
    const TempDir dir;
    const auto run = runTqm({"--db", dbOf(dir), "people", "import", "roster-gbk.csv"});
    CHECK(linesOf(run.out) ==
          Lines{"roster-gbk.csv:1:1: error: not-utf8: the file is not UTF-8 (byte 0xB9 starts "
                "no UTF-8 character) and looks GBK-encoded; convert it with `iconv -f GBK -t "
                "UTF-8 IN > OUT` or in Excel choose 另存为 (Save As) \"CSV UTF-8\""});
    CHECK(run.err == "roster-gbk.csv: added 0, updated 0, unchanged 0, rejected 0\n");
    CHECK(run.exitCode == 1);
}

TEST_CASE("people import of a missing roster reports it and creates no database") {
    const TempDir dir;
    const auto run = runTqm({"--db", dbOf(dir), "people", "import", "absent.csv"});
    CHECK(run.out == "absent.csv: error: file-not-found: the file does not exist\n");
    CHECK(run.err == "absent.csv: nothing imported\n");
    CHECK(run.exitCode == 1);
    CHECK_FALSE(std::filesystem::exists(dbOf(dir)));
}

TEST_CASE("people list filters by unit and by position") {
    const TempDir dir;
    REQUIRE(runTqm({"--db", dbOf(dir), "people", "import", "roster.csv"}).exitCode == 0);
    CHECK(linesOf(runTqm({"--db", dbOf(dir), "people", "list", "--unit", "一车间"}).out) ==
          Lines{"E001\t张三\t一车间\t质检科\t班组长、质检员",
                "E005\t钱七\t一车间\t生产科\t操作工、班组长"});
    CHECK(linesOf(runTqm({"--db", dbOf(dir), "people", "list", "--position", "操作工"}).out) ==
          Lines{"E002\t李四\t二车间\t生产科\t叉车工、操作工",
                "E005\t钱七\t一车间\t生产科\t操作工、班组长"});
    const auto none =
        runTqm({"--db", dbOf(dir), "people", "list", "--unit", "二车间", "--position", "班组长"});
    CHECK(none.out.empty());
    CHECK(none.err == "0 people\n");
}

TEST_CASE("people list --json gives every field with ISO 8601 UTC times") {
    const TempDir dir;
    REQUIRE(runTqm({"--db", dbOf(dir), "people", "import", "roster.csv"}).exitCode == 0);
    const auto run = runTqm({"--db", dbOf(dir), "people", "list", "--json", "--unit", "二车间"});
    REQUIRE(run.exitCode == 0);
    auto document = nlohmann::json::parse(run.out);
    const std::string created = document["people"][0]["created_at"];
    CHECK(std::regex_match(created, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)")));
    CHECK(document["people"][0]["updated_at"] == created);
    document["people"][0].erase("created_at");
    document["people"][0].erase("updated_at");
    CHECK(document == nlohmann::json::parse(R"({"people": [
        {"employee_no": "E002", "name": "李四", "unit": "二车间", "department": "生产科",
         "positions": ["叉车工", "操作工"]}]})"));
}

TEST_CASE("a database from a newer version is refused by every people command and not changed") {
    const TempDir dir;
    {
        SQLite::Database newer(dbOf(dir), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        newer.exec("PRAGMA application_id = 1414614321");  // 0x54514D31, "TQM1"
        newer.exec("PRAGMA user_version = 99");
        newer.exec("CREATE TABLE future (x)");
    }
    const std::string before = readFile(dbOf(dir));
    const std::string refusal =
        "tqm: " + dbOf(dir) +
        ": the database was written by a newer TQM Trainer (schema version 99; this program "
        "knows up to " +
        std::to_string(tqm::store::latestVersion(tqm::store::allMigrations())) +
        "); the file was left unchanged. Open it with the newer TQM Trainer, or "
        "choose another file with --db.\n";
    const auto import = runTqm({"--db", dbOf(dir), "people", "import", "roster.csv"});
    CHECK(import.out.empty());
    CHECK(import.err == refusal);
    CHECK(import.exitCode == 1);
    const auto list = runTqm({"--db", dbOf(dir), "people", "list"});
    CHECK(list.err == refusal);
    CHECK(list.exitCode == 1);
    CHECK(readFile(dbOf(dir)) == before);
}

TEST_CASE("without --db the database is made in the user's data folder") {
    const TempDir dir;
    const ScopedEnvironment dataHome("XDG_DATA_HOME", (dir / "share").string());
    const auto run = runTqm({"people", "import", "roster.csv"});
    CHECK(run.exitCode == 0);
    CHECK(std::filesystem::is_regular_file(dir / "share/tqm-trainer/tqm.db"));
    CHECK(linesOf(runTqm({"people", "list", "--position", "质检员"}).out) ==
          Lines{"E001\t张三\t一车间\t质检科\t班组长、质检员"});
}

TEST_CASE("the people commands have --help with their columns and exit codes") {
    const auto people = runTqm({"people", "--help"});
    CHECK(linesOf(people.out)[1] == "Usage: tqm people [OPTIONS] SUBCOMMAND");
    CHECK(people.exitCode == 0);
    const auto import = runTqm({"people", "import", "--help"});
    CHECK(linesOf(import.out)[1] == "Usage: tqm people import [OPTIONS] roster");
    CHECK(import.out.find("Exit code: 0 when at least one row was accepted, 1 when none was, 2 "
                          "when the command\nline is wrong.") != std::string::npos);
    const auto list = runTqm({"people", "list", "--help"});
    CHECK(linesOf(list.out)[1] == "Usage: tqm people list [OPTIONS]");
    CHECK(list.exitCode == 0);
}
