// tqm compete run and tqm compete log on tests/data/cli/compete/cup.xml: one script per round
// kind, played in order on one database so that each run resumes where the last one ended.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

#include "tqm_runner.h"

using tqm::clitest::linesOf;
using tqm::clitest::readFile;
using tqm::clitest::runTqm;
using tqm::clitest::TempDir;
using Lines = std::vector<std::string>;

namespace {

tqm::clitest::TqmRun play(const TempDir& dir, const std::string& script) {
    return runTqm({"--db", (dir / "tqm.db").string(), "compete", "run", "compete/cup.xml",
                   "--script", "compete/" + script});
}

// Plays the scripts before `script` and checks they were accepted.
void playUpTo(const TempDir& dir, const std::string& script) {
    for (const std::string before : {"required.txt", "buzz.txt", "risk.txt"}) {
        if (before == script) return;
        REQUIRE(play(dir, before).exitCode == 0);
    }
}

}  // namespace

TEST_CASE("compete run scores a required round: right adds, wrong and time-out deduct") {
    const auto run =
        runTqm({"compete", "run", "compete/cup.xml", "--script", "compete/required.txt"});
    CHECK(run.out == "1  红队  110\n2  蓝队  95\n2  绿队  95\n");
    CHECK(run.err == "compete/required.txt: 9 events applied to new competition 1\n");
    CHECK(run.exitCode == 0);
}

TEST_CASE("compete run scores a buzz-in round: foul, earliest press, wrong with rebound, void") {
    TempDir dir;
    playUpTo(dir, "buzz.txt");
    const auto run = play(dir, "buzz.txt");
    CHECK(run.out == "1  红队  130\n2  蓝队  85\n3  绿队  80\n");
    CHECK(run.err == "compete/buzz.txt: 13 events applied to resumed competition 1\n");
    CHECK(run.exitCode == 0);
}

TEST_CASE(
    "compete run scores a risk round: a right stake adds, a time-out loses it, a pass "
    "changes nothing") {
    TempDir dir;
    playUpTo(dir, "risk.txt");
    const auto run = play(dir, "risk.txt");
    CHECK(run.out == "1  红队  160\n2  绿队  80\n3  蓝队  65\n");
    CHECK(run.exitCode == 0);
}

TEST_CASE(
    "compete run scores a speed round and refuses what does not belong to it with the "
    "script's line and column") {
    TempDir dir;
    playUpTo(dir, "speed.txt");
    const auto refused = play(dir, "speed.txt");
    CHECK(refused.out ==
          "compete/speed.txt:10:1: error: wrong-round: buzz belongs to a buzz-in round; round 4 "
          "\"限时速答\" is a speed round\n");
    CHECK(refused.err == "compete/speed.txt: 8 of 9 events applied; the rest were not\n");
    CHECK(refused.exitCode == 1);
    const auto run = play(dir, "speed-end.txt");
    CHECK(run.out == "1  红队  168\n2  绿队  80\n3  蓝队  70\n");
    CHECK(run.exitCode == 0);
}

TEST_CASE("compete run undoes the last judgement") {
    const auto run = runTqm({"compete", "run", "compete/cup.xml", "--script", "compete/undo.txt"});
    CHECK(run.out == "1  蓝队  100\n1  绿队  100\n3  红队  95\n");
    CHECK(run.exitCode == 0);
}

TEST_CASE("compete run reports every bad script line and applies nothing") {
    const auto run = runTqm({"compete", "run", "compete/cup.xml", "--script", "compete/bad.txt"});
    CHECK(linesOf(run.out) ==
          Lines{"compete/bad.txt:2:6: error: unknown-team: no team is called \"紫队\"; the teams "
                "are 红队, 蓝队, 绿队",
                "compete/bad.txt:3:11: error: bad-number: \"5\" is not a signed number of points "
                "such as -5"});
    CHECK(run.err == "compete/bad.txt: 2 errors, 0 warnings; no event was applied\n");
    CHECK(run.exitCode == 1);
}

TEST_CASE("compete run --json prints the state with the judges' buzz order") {
    TempDir dir;
    REQUIRE(play(dir, "required.txt").exitCode == 0);
    const auto script = dir / "press.txt";
    { std::ofstream(script) << "next\nshow\nopen\nkey 3 +420\nkey 1 +415\n"; }
    const auto run = runTqm({"--db", (dir / "tqm.db").string(), "compete", "run", "compete/cup.xml",
                             "--script", script.string(), "--json"});
    REQUIRE(run.exitCode == 0);
    const auto state = nlohmann::json::parse(run.out);
    CHECK(state["round"]["kind"] == "buzz-in");
    CHECK(state["phase"] == "answering");
    CHECK(state["answering"] == "red");
    CHECK(state["shown"] == "抢答1");
    REQUIRE(state["buzz_order"].size() == 2);
    CHECK(state["buzz_order"][0]["team"] == "red");
    CHECK(state["buzz_order"][0]["since_open_ms"] == 415);
    CHECK(state["buzz_order"][1]["team"] == "green");
    CHECK(state["buzz_order"][1]["since_open_ms"] == 420);
    CHECK(state["scoreboard"][0]["name"] == "红队");
}

TEST_CASE("compete log exports every event with its kind, team, detail and the scores after it") {
    TempDir dir;
    playUpTo(dir, "risk.txt");
    const auto out = dir / "log.csv";
    const auto run =
        runTqm({"--db", (dir / "tqm.db").string(), "compete", "log", "-o", out.string()});
    CHECK(run.err == "competition 1: 22 events written to " + out.string() + "\n");
    REQUIRE(run.exitCode == 0);
    const Lines lines = linesOf(readFile(out));
    REQUIRE(lines.size() == 23);
    CHECK(lines[0] == "\xEF\xBB\xBFseq,time,at_ms,kind,team,detail,红队,蓝队,绿队\r");
    // seq 12: 绿队's foul; 15: 蓝队's press, read after 红队's but earlier.
    const auto withoutTime = [](const std::string& line) {
        const auto first = line.find(',');
        return line.substr(0, first) + line.substr(line.find(',', first + 1));
    };
    CHECK(withoutTime(lines[12]) == "12,30500,buzz,绿队,foul before opening,110,95,80\r");
    CHECK(withoutTime(lines[14]) == "14,33250,buzz,红队,1250 ms after opening,110,95,80\r");
    CHECK(withoutTime(lines[15]) == "15,33200,buzz,蓝队,1200 ms after opening,110,95,80\r");
    CHECK(withoutTime(lines[16]) == "16,33250,judge,,wrong,110,85,80\r");

    const auto json = dir / "log.json";
    REQUIRE(runTqm({"--db", (dir / "tqm.db").string(), "compete", "log", "--format", "json", "-o",
                    json.string()})
                .exitCode == 0);
    const auto document = nlohmann::json::parse(readFile(json));
    CHECK(document["events"].size() == 22);
    CHECK(document["events"][15]["scores"]["blue"] == 85);
}

TEST_CASE("compete run reports every problem of the competition file and starts nothing") {
    const auto run =
        runTqm({"compete", "run", "compete/broken-cup.xml", "--script", "compete/required.txt"});
    CHECK(linesOf(run.out) ==
          Lines{"compete/broken-cup.xml:6:5: error: duplicate-key: team \"blue\": buzzer key \"1\" "
                "is already another team's",
                "compete/broken-cup.xml:9:5: error: round-without-questions: round 1 \"必答题\" "
                "has no questions"});
    CHECK(run.err ==
          "compete/broken-cup.xml: 2 errors, 0 warnings; the competition was not started\n");
    CHECK(run.exitCode == 1);
}

TEST_CASE("compete run --new starts another competition from the same file in the same database") {
    TempDir dir;
    REQUIRE(play(dir, "required.txt").exitCode == 0);
    const auto run = runTqm({"--db", (dir / "tqm.db").string(), "compete", "run", "compete/cup.xml",
                             "--script", "compete/undo.txt", "--new"});
    CHECK(run.out == "1  蓝队  100\n1  绿队  100\n3  红队  95\n");
    CHECK(run.err == "compete/undo.txt: 4 events applied to new competition 2\n");
    CHECK(run.exitCode == 0);
}

TEST_CASE("the demo competition plays from the first question to the last with its script") {
    const auto run = runTqm({"compete", "run", "content/demo-team-contest.xml", "--script",
                             "content/demo-team-contest-script.txt", "--json"},
                            TQM_SOURCE_DIR);
    REQUIRE(run.exitCode == 0);
    const auto state = nlohmann::json::parse(run.out);
    CHECK(state["phase"] == "finished");
    CHECK(state["scoreboard"] == nlohmann::json::parse(R"([
        {"rank": 1, "team": "blue", "name": "蓝队", "score": 175},
        {"rank": 2, "team": "green", "name": "绿队", "score": 100},
        {"rank": 3, "team": "red", "name": "红队", "score": 85}])"));
    CHECK(run.err ==
          "content/demo-team-contest-script.txt: 52 events applied to new competition 1\n");
}
