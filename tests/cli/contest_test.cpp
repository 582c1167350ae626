// tqm compete and tqm package, end to end: two workstations make the same competition from
// tests/data/cli/contest-blueprint.xml (5 questions, 9 points), their people sit it, each exports
// a signed package, and a third database (the organizer's) trusts both keys, merges and ranks.
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <string>

#include "tqm_runner.h"

using tqm::clitest::readFile;
using tqm::clitest::runTqm;
using tqm::clitest::TempDir;

namespace {

struct ThreeMachines {
    TempDir dir;

    tqm::clitest::TqmRun on(const std::string& machine, std::vector<std::string> args) const {
        args.insert(args.begin(), {"--db", (dir / machine / "tqm.db").string()});
        return runTqm(args);
    }

    std::string create(const std::string& machine, const std::string& id = {}) const {
        std::vector<std::string> args{"compete",     "create",
                                      "--blueprint", "contest-blueprint.xml",
                                      "--name",      "质量知识竞赛",
                                      "--opens",     "2020-01-01 08:00",
                                      "--closes",    "2099-01-01 08:00",
                                      "--minutes",   "30",
                                      "--seed",      "7"};
        if (!id.empty()) args.insert(args.end(), {"--id", id});
        const auto made = on(machine, args);
        REQUIRE(made.exitCode == 0);
        return made.out.substr(0, made.out.size() - 1);
    }

    void sit(const std::string& machine, const std::string& id, const std::string& person,
             const std::string& answers) const {
        const auto file = dir / (person + ".txt");
        std::ofstream(file) << answers;
        const auto taken = on(machine, {"compete", "take", id, "--person", person, "--answers",
                                        file.string(), "--submit"});
        REQUIRE(taken.exitCode == 0);
    }

    ThreeMachines() {
        for (const char* machine : {"A", "B", "O"})
            REQUIRE(on(machine, {"people", "import", "roster.csv"}).exitCode == 0);
        id = create("O");
        create("A", id);
        create("B", id);
        sit("A", id, "E001", "1 B\n2 AB\n3 T\n4 实施|改进\n5 1.33\n");  // 9 points
        sit("A", id, "E005", "1 A\n2 AB\n3 T\n");                       // 3 points
        sit("B", id, "E002", "1 B\n2 AB\n3 T\n");                       // 5 points
        for (const char* machine : {"A", "B"}) {
            const std::string m = machine;
            REQUIRE(on(m, {"cert", "public-key", "-o", (dir / (m + ".pub")).string()}).exitCode ==
                    0);
            REQUIRE(
                on(m, {"package", "export", id, "-o", (dir / (m + ".json")).string()}).exitCode ==
                0);
        }
    }

    std::string id;
};

std::string withoutTimes(const std::string& text) {
    return std::regex_replace(
        text, std::regex("\t\\d+:\\d\\d:\\d\\d\t\\d{4}-\\d\\d-\\d\\d [0-9:]+"), "\tT");
}

}  // namespace

TEST_CASE("packages of two workstations merge on a third into one ranking and unit figures") {
    const ThreeMachines m;
    CHECK(m.on("O", {"package", "trust", (m.dir / "A.pub").string(), "--label", "一车间机房"})
              .exitCode == 0);
    CHECK(m.on("O", {"package", "trust", (m.dir / "B.pub").string(), "--label", "二车间机房"})
              .exitCode == 0);
    const std::string a = (m.dir / "A.json").string();
    const std::string b = (m.dir / "B.json").string();
    const auto merged = m.on("O", {"package", "merge", a, b});
    CHECK(merged.out == a + ": merged 2 attempts\n" + b + ": merged 1 attempt\n");
    CHECK(merged.exitCode == 0);

    const auto again = m.on("O", {"package", "merge", a});
    CHECK(again.out == a + ": already merged (2 attempts), nothing changed\n");
    CHECK(again.exitCode == 0);

    CHECK(withoutTimes(m.on("O", {"compete", "ranking", m.id}).out) ==
          "1\tE001\t张三\t一车间\t9\t9\tT\n"
          "2\tE002\t李四\t二车间\t5\t9\tT\n"
          "3\tE005\t钱七\t一车间\t3\t9\tT\n");
    CHECK(m.on("O", {"compete", "units", m.id.substr(0, 8)}).out ==
          "一车间\t2\t2\t100.0%\t6\n"
          "二车间\t1\t1\t100.0%\t5\n");

    const auto csv = m.dir / "ranking.csv";
    CHECK(m.on("O", {"compete", "ranking", m.id, "-o", csv.string()}).exitCode == 0);
    CHECK(readFile(csv).rfind("\xEF\xBB\xBF名次,工号,姓名,单位,得分,满分,用时,提交时间\r\n1,E001,",
                              0) == 0);
}

TEST_CASE("package merge refuses an altered package and one from an untrusted key, naming them") {
    const ThreeMachines m;
    const std::string a = (m.dir / "A.json").string();
    const std::string b = (m.dir / "B.json").string();
    CHECK(m.on("O", {"package", "trust", (m.dir / "A.pub").string(), "--label", "一车间机房"})
              .exitCode == 0);
    std::string text = readFile(a);
    text.replace(text.find("\"钱七\""), 8, "\"钱八\"");
    const std::string altered = (m.dir / "altered.json").string();
    std::ofstream(altered) << text;

    const auto run = m.on("O", {"package", "merge", altered, b});
    CHECK(run.exitCode == 1);
    const auto lines = tqm::clitest::linesOf(run.out);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == altered +
                          ": refused: package-bad-signature: its content does not match its "
                          "signature: the file was altered after workstation \"一车间机房\" "
                          "signed it. Export the package again on that workstation.");
    CHECK(lines[1].rfind(b + ": refused: package-unknown-key: it is signed by workstation key ",
                         0) == 0);
    CHECK(m.on("O", {"compete", "ranking", m.id}).out.empty());
}
