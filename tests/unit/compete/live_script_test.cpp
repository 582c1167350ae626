// The script format of tqm compete run.
#include <catch2/catch.hpp>

#include "compete/live_script.h"
#include "team_fixture.h"

using namespace tqm::compete;
using namespace tqm::compete::test;

TEST_CASE("a script stamps host actions after the latest press and presses at their offsets") {
    const TeamContest contest = contestOf({roundOf(RoundKind::BuzzIn, {}, 1)});
    const auto parsed = parseLiveScript("s.txt",
                                        "# 抢答\n"
                                        "show\n"
                                        "wait 3000\n"
                                        "open\n"
                                        "buzz 蓝队 +1203   # read first\n"
                                        "key 1 +1200\n"
                                        "buzz green -40\n"
                                        "right\n"
                                        "adjust 红队 -5 \"抢答 违规\"\n"
                                        "risk red pass\n"
                                        "\n",
                                        contest);
    REQUIRE(parsed.ok());
    REQUIRE(parsed.events.size() == 8);
    CHECK(parsed.events[0].event.atMs == 0);
    CHECK(parsed.events[1].event.atMs == 3000);
    CHECK(parsed.events[2].event.atMs == 4203);
    CHECK(std::get<Buzz>(parsed.events[3].event.body).team == kRed);
    CHECK(parsed.events[3].event.atMs == 4200);
    CHECK(parsed.events[4].event.atMs == 2960);
    CHECK(parsed.events[5].event.atMs == 4203);
    CHECK(parsed.events[5].line == 8);
    const auto& adjust = std::get<Adjust>(parsed.events[6].event.body);
    CHECK(adjust.delta == -5);
    CHECK(adjust.reason == "抢答 违规");
    CHECK_FALSE(std::get<ChooseRisk>(parsed.events[7].event.body).value.has_value());
}

TEST_CASE("every bad line of a script is reported with its line and column") {
    const TeamContest contest = contestOf({roundOf(RoundKind::BuzzIn, {}, 1)});
    const auto parsed = parseLiveScript("s.txt",
                                        "show\n"
                                        "buzz 紫队 +100\n"
                                        "buzz 红队 1200\n"
                                        "  jump\n"
                                        "adjust 红队 5 理由\n"
                                        "adjust 红队 -5 \"未闭合\n"
                                        "right now\n"
                                        "risk 蓝队\n"
                                        "key 9\n",
                                        contest);
    std::vector<std::string> lines;
    for (const auto& d : parsed.diagnostics) lines.push_back(tqm::formatDiagnostic(d));
    CHECK(
        lines ==
        std::vector<std::string>{
            "s.txt:2:6: error: unknown-team: no team is called \"紫队\"; the teams are 红队, "
            "蓝队, 绿队",
            "s.txt:3:9: error: bad-number: \"1200\" is not an offset in milliseconds such as +1200",
            "s.txt:4:3: error: unknown-command: unknown command \"jump\"; write show, open, buzz, "
            "key, start, right, wrong, risk, timeout, next, adjust, undo or wait",
            "s.txt:5:11: error: bad-number: \"5\" is not a signed number of points such as -5",
            "s.txt:6:14: error: unclosed-quote: the quote is not closed",
            "s.txt:7:7: error: unexpected-argument: 'right' takes no more than this: write right",
            "s.txt:8:1: error: missing-argument: 'risk' needs more: write risk TEAM VALUE|pass",
            "s.txt:9:5: error: unknown-key: no team's buzzer sends the key \"9\""});
    CHECK(parsed.events.size() == 1);
}
