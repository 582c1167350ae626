// Reading competition files: the demo file, and every problem with its line and column.
#include <catch2/catch.hpp>

#include "compete/team_contest_reader.h"

using namespace tqm::compete;

TEST_CASE("the demo competition has three teams and one round of each kind from the demo bank") {
    const auto read = readContestFile(TQM_SOURCE_DIR "/content/demo-team-contest.xml");
    for (const auto& d : read.diagnostics) INFO(tqm::formatDiagnostic(d));
    REQUIRE(read.ok());
    const TeamContest& contest = read.contest;
    CHECK(contest.title == "2026年质量月全面质量管理知识竞赛 团体决赛");
    CHECK(contest.startingScore == 100);
    REQUIRE(contest.teams.size() == 3);
    CHECK(contest.teams[1].name == "蓝队");
    CHECK(contest.teams[1].members == std::vector<std::string>{"刘洋", "陈静", "杨磊"});
    CHECK(contest.teamForKey("3") == 2u);
    REQUIRE(contest.rounds.size() == 4);
    CHECK(contest.rounds[0].kind == RoundKind::Required);
    CHECK(contest.rounds[1].kind == RoundKind::BuzzIn);
    CHECK(contest.rounds[1].rules.rebound);
    CHECK(contest.rounds[1].rules.foulPenalty == 10);
    CHECK(contest.rounds[2].rules.values == std::vector<int>{10, 20, 30});
    CHECK(contest.rounds[3].rules.durationSeconds == 60);
    CHECK(contest.rounds[3].questions.size() == 9);
    const ContestQuestion& first = contest.rounds[0].questions[0];
    CHECK(first.id == "basics-001");
    CHECK(first.answer == "D");
    CHECK(first.text.find("\nD. 全自动化的质量管理") != std::string::npos);
    CHECK(contest.rounds[0].questions[1].answer == "错误");
    CHECK(contest.rounds[1].questions[2].answer == "检查（Check）");
}

TEST_CASE("a competition file's problems are all reported with line and column") {
    const std::string text = R"(<?xml version="1.0" encoding="UTF-8"?>
<competition format="1" starting-score="-5">
  <title>坏文件</title>
  <teams>
    <team id="red" name="红队" key="1" colour="red"/>
    <team id="red" name="蓝队" key="1"/>
  </teams>
  <rounds>
    <required title="必答"/>
    <risk title="风险" values="10 10"><question><text>题</text><answer>答</answer></question></risk>
    <quiz/>
    <buzz-in><question ref="basics-001"/><question><text>只有题</text></question></buzz-in>
  </rounds>
</competition>
)";
    const auto read = readContestBytes("bad.xml", text, ".");
    std::vector<std::string> lines;
    for (const auto& d : read.diagnostics) lines.push_back(tqm::formatDiagnostic(d));
    CHECK(lines ==
          std::vector<std::string>{
              "bad.xml:2:1: error: invalid-value: <competition>: starting-score=\"-5\" is not a "
              "whole number from 0 to 1000000",
              "bad.xml:5:5: error: invalid-value: team \"red\": colour \"red\" is not a colour; "
              "write #RRGGBB, e.g. #D32F2F",
              "bad.xml:6:5: error: duplicate-team: team id \"red\" is used twice",
              "bad.xml:6:5: error: duplicate-key: team \"red\": buzzer key \"1\" is already "
              "another team's",
              "bad.xml:9:5: error: round-without-questions: round 1 \"必答\" has no questions",
              "bad.xml:10:5: error: invalid-value: <risk>: values=\"10 10\" must list different "
              "whole numbers above 0, e.g. \"10 20 30\"",
              "bad.xml:11:5: error: unknown-element: <quiz> is not a round; write <required>, "
              "<buzz-in>, <risk> or <speed>",
              "bad.xml:12:14: error: no-bank: question \"basics-001\" names a bank question but "
              "the competition names no readable <bank file=\"...\"/>",
              "bad.xml:12:42: error: incomplete-question: a question written in the file needs "
              "both <text> and <answer>"});
}

TEST_CASE("a question id the bank does not have is reported") {
    const std::string text = R"(<competition format="1">
  <title>t</title>
  <bank file="question-bank/banks/tqm-demo.xml"/>
  <teams><team id="a" name="甲" key="1"/><team id="b" name="乙" key="2"/></teams>
  <rounds><required><question ref="no-such-question"/></required></rounds>
</competition>)";
    const auto read = readContestBytes("ids.xml", text, TQM_SOURCE_DIR);
    REQUIRE(read.diagnostics.size() == 1);
    CHECK(tqm::formatDiagnostic(read.diagnostics[0]) ==
          "ids.xml:5:21: error: unknown-question: the bank has no question \"no-such-question\"");
}

TEST_CASE("a competition file that is not XML names the place of the first error") {
    const auto read = readContestBytes("broken.xml", "<competition>\n  <title>x</tit>\n", ".");
    REQUIRE(read.diagnostics.size() == 1);
    CHECK(read.diagnostics[0].code == "xml-syntax");
    CHECK(read.diagnostics[0].line == 2);
}

TEST_CASE(
    "a round setting that its kind does not have is reported, so a misspelling is not "
    "silently ignored") {
    const std::string text = R"(<competition format="1">
  <title>t</title>
  <teams><team id="a" name="甲" key="1"/><team id="b" name="乙" key="2"/></teams>
  <rounds>
    <required points="10" rebound="true"><question><text>q</text><answer>a</answer></question></required>
  </rounds>
</competition>)";
    const auto read = readContestBytes("typo.xml", text, ".");
    REQUIRE(read.diagnostics.size() == 1);
    CHECK(tqm::formatDiagnostic(read.diagnostics[0]) ==
          "typo.xml:5:5: error: unknown-attribute: <required> has no setting \"rebound\"; its "
          "settings are title, points, deduction, answer-seconds");
}
