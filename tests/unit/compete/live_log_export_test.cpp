// The event log as exported for disputes: what each event did and the scores after it.
#include <catch2/catch.hpp>

#include "compete/live_log_export.h"
#include "team_fixture.h"

using namespace tqm::compete;
using namespace tqm::compete::test;

namespace {

std::vector<LoggedEvent> buzzLog() {
    const std::int64_t at = 1795516200000;  // 2026-11-24T10:30:00Z
    return {{1, at, {0, ShowQuestion{}}},
            {2, at + 1, {100, Buzz{kBlue}}},
            {3, at + 2, {1000, OpenBuzzing{}}},
            {4, at + 3, {2250, Buzz{kGreen}}},
            {5, at + 4, {2200, Buzz{kRed}}},
            {6, at + 5, {3000, Judge{true}}},
            {7, at + 6, {3100, Adjust{kRed, -5, "提前作答, 警告"}}},
            {8, at + 7, {3200, Undo{}}}};
}

}  // namespace

TEST_CASE("an exported log says what each event did, with every team's score after it") {
    RoundRules rules;
    rules.points = 20;
    rules.foulPenalty = 10;
    const TeamContest contest = contestOf({roundOf(RoundKind::BuzzIn, rules, 1)});
    const auto log = buzzLog();
    const auto rows = describeLog(contest, log);
    REQUIRE(rows.size() == 8);
    CHECK(rows[1].detail == "foul before opening");
    CHECK(rows[1].scoresAfter == std::vector<int>{100, 90, 100});
    CHECK(rows[3].detail == "1250 ms after opening");
    CHECK(rows[4].detail == "1200 ms after opening");
    CHECK(rows[5].detail == "right");
    CHECK(rows[7].detail == "undoes #7 adjust");
    CHECK(rows[7].team == kRed);
    CHECK(rows[7].scoresAfter == std::vector<int>{120, 90, 100});

    CHECK(logCsv(contest, rows) ==
          "\xEF\xBB\xBFseq,time,at_ms,kind,team,detail,红队,蓝队,绿队\r\n"
          "1,2026-11-24T10:30:00.000Z,0,show,,,100,100,100\r\n"
          "2,2026-11-24T10:30:00.001Z,100,buzz,蓝队,foul before opening,100,90,100\r\n"
          "3,2026-11-24T10:30:00.002Z,1000,open,,,100,90,100\r\n"
          "4,2026-11-24T10:30:00.003Z,2250,buzz,绿队,1250 ms after opening,100,90,100\r\n"
          "5,2026-11-24T10:30:00.004Z,2200,buzz,红队,1200 ms after opening,100,90,100\r\n"
          "6,2026-11-24T10:30:00.005Z,3000,judge,,right,120,90,100\r\n"
          "7,2026-11-24T10:30:00.006Z,3100,adjust,红队,\"提前作答, 警告 (-5)\",115,90,100\r\n"
          "8,2026-11-24T10:30:00.007Z,3200,undo,红队,undoes #7 adjust,120,90,100\r\n");
}

TEST_CASE("an exported JSON log names teams by id and gives the scores after each event") {
    const TeamContest contest = contestOf({roundOf(RoundKind::BuzzIn, {}, 1)});
    const auto log = buzzLog();
    const std::string json = logJson(contest, describeLog(contest, log));
    CHECK(json.find("\"seq\": 2,\n      \"time\": \"2026-11-24T10:30:00.001Z\",\n      "
                    "\"at_ms\": 100,\n      \"kind\": \"buzz\",\n      \"team\": \"blue\",\n      "
                    "\"detail\": \"foul before opening\",\n      \"scores\": {\n        "
                    "\"red\": 100,\n        \"blue\": 100,\n        \"green\": 100\n") !=
          std::string::npos);
}
