// tqm exam, end to end: an exam made from tests/data/cli/exam-blueprint.xml (every question fixed:
// 1 s1 single choice, 2 m1 multiple choice, 3 t1 true/false, 4 f1 and 5 f2 fill-in, 6 a1 essay;
// 14 points) over clean.xml, sat by the roster's people, scripted and at the terminal.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <regex>
#include <string>

#include <SQLiteCpp/Database.h>

#include "tqm_runner.h"

using tqm::clitest::linesOf;
using tqm::clitest::readFile;
using tqm::clitest::runTqm;
using tqm::clitest::runTqmWithInput;
using tqm::clitest::TempDir;
using Lines = std::vector<std::string>;

namespace {

// A database with the roster imported and the test exam created as exam 1.
struct ExamFixture {
    TempDir dir;
    std::string db = (dir / "tqm.db").string();

    ExamFixture() {
        REQUIRE(tqm(std::vector<std::string>{"people", "import", "roster.csv"}).exitCode == 0);
        const auto created = tqm({"exam", "create", "--blueprint", "exam-blueprint.xml",
                                  "--minutes", "30", "--pass", "8", "--seed", "1"});
        REQUIRE(created.out == "1\n");
        REQUIRE(created.exitCode == 0);
    }

    tqm::clitest::TqmRun tqm(std::vector<std::string> args) const {
        args.insert(args.begin(), {"--db", db});
        return runTqm(args);
    }
    tqm::clitest::TqmRun tqmTyping(std::vector<std::string> args, std::string_view input) const {
        args.insert(args.begin(), {"--db", db});
        return runTqmWithInput(args, input);
    }
};

// The line `tqm exam submit` prints, with the submission time left out.
std::string withoutTime(const std::string& line) {
    return std::regex_replace(line, std::regex(" at \\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z"), " at T");
}

}  // namespace

TEST_CASE("exam create prints the new exam's id and finds the bank beside the blueprint") {
    const ExamFixture f;
    const auto list = f.tqm({"exam", "list"});
    CHECK(list.out ==
          "1\t命令行测试考试\t30 min\tpass 8\t1 attempt (highest)\tsame\tdeadline-runs\n");
    CHECK(list.err == "1 exam\n");

    SQLite::Database sql(f.db);
    CHECK(sql.execAndGet("SELECT bank_file FROM exam WHERE id = 1").getString() ==
          (tqm::clitest::dataDir() / "clean.xml").lexically_normal().string());
    CHECK(sql.execAndGet("SELECT blueprint_id FROM blueprint").getString() == "cli-exam");
}

TEST_CASE("exam create refuses a blueprint the bank cannot satisfy, naming the rule and counts") {
    const ExamFixture f;
    const auto run = f.tqm({"exam", "create", "--blueprint", "exam-unsatisfiable.xml", "--minutes",
                            "30", "--pass", "1"});
    CHECK(run.out ==
          "exam-unsatisfiable.xml:6:5: error: rule-unsatisfiable: section 1 \"一、单选题\", rule 1 "
          "(category basics (with sub-categories), type 单选): 3 questions requested, only 1 "
          "available\n");
    CHECK(run.err == "exam-unsatisfiable.xml: no exam was created\n");
    CHECK(run.exitCode == 1);
    CHECK(f.tqm({"exam", "list"}).err == "1 exam\n");
}

TEST_CASE("exam create refuses a pass mark above the paper's total") {
    const ExamFixture f;
    const auto run = f.tqm(
        {"exam", "create", "--blueprint", "exam-blueprint.xml", "--minutes", "30", "--pass", "15"});
    CHECK(run.err ==
          "tqm: pass-mark-above-total: the pass mark 15 is more than the paper's 14 points; "
          "nobody could pass.\nexam-blueprint.xml: no exam was created\n");
    CHECK(run.exitCode == 1);
}

TEST_CASE("a scripted take saves each good line in order and reports each bad one") {
    const ExamFixture f;
    const auto take =
        f.tqm({"exam", "take", "1", "--person", "E001", "--answers", "exam-answers.txt"});
    CHECK(linesOf(take.out) ==
          Lines{"exam-answers.txt:9:1: error: unknown-question: question 7 is not on the paper: "
                "it has 6 questions",
                "exam-answers.txt:10:3: error: answer-syntax: question 3 (t1, true-false): \"X\" "
                "is not a true/false answer: write T or F (also 对/错, √/×)",
                "saved 1: B", "saved 2: A", "saved 3: T", "saved 4: 实施|改进", "saved 5: 1.33",
                "saved 2: AB",
                "saved 6: 选择课题、现状调查、设定目标、原因分析、制定对策、对策实施、效果检查、"
                "巩固措施、总结"});
    CHECK(linesOf(take.err) ==
          Lines{"starting attempt 1 of exam 1 for E001 张三: 6 questions, 30:00 left",
                "attempt 1: 6 of 6 questions answered, 30:00 left; submit with: tqm exam submit 1 "
                "--person E001"});
    CHECK(take.exitCode == 1);

    SQLite::Database sql(f.db);
    CHECK(sql.execAndGet("SELECT count(*) FROM answer_history").getInt() == 7);
    CHECK(
        sql.execAndGet("SELECT answer || ' r' || revision FROM answer WHERE seq = 2").getString() ==
        "AB r2");
}

TEST_CASE("submit scores the paper, the essay stays pending until it is marked") {
    const ExamFixture f;
    f.tqm({"exam", "take", "1", "--person", "E001", "--answers", "exam-answers.txt"});
    const auto submit = f.tqm({"exam", "submit", "1", "--person", "E001"});
    CHECK(withoutTime(submit.out) ==
          "attempt 1 of exam 1 (E001 张三): 9 of 14 points, pending, submitted by the person at "
          "T\n");
    CHECK(submit.exitCode == 0);

    const auto again = f.tqm({"exam", "submit", "1", "--person", "E001"});
    CHECK(again.err == "tqm: no-open-attempt: E001 has no open attempt of exam 1\n");
    CHECK(again.exitCode == 1);

    const auto mark = f.tqm({"exam", "mark", "1", "--person", "E001", "--question", "6", "--points",
                             "4.5", "--marker", "李老师"});
    CHECK(withoutTime(mark.out) ==
          "attempt 1 of exam 1 (E001 张三): 13.5 of 14 points, pass, submitted by the person at "
          "T\n");
    CHECK(mark.exitCode == 0);

    const auto tooMuch = f.tqm({"exam", "mark", "1", "--person", "E001", "--question", "6",
                                "--points", "6", "--marker", "李老师"});
    CHECK(tooMuch.exitCode == 1);
    CHECK(tooMuch.err.rfind("tqm: invalid-mark: ", 0) == 0);
}

TEST_CASE("a person who is not on the roster cannot take an exam") {
    const ExamFixture f;
    const auto take =
        f.tqm({"exam", "take", "1", "--person", "E999", "--answers", "exam-answers.txt"});
    CHECK(take.err ==
          "tqm: no-such-person: nobody with 工号 E999 is in the database; import the "
          "roster with tqm people import\n");
    CHECK(take.exitCode == 1);
}

TEST_CASE("extra time for one person shows in the time left when they start") {
    const ExamFixture f;
    const auto grant = f.tqm({"exam", "extra-time", "1", "--person", "E002", "--minutes", "10",
                              "--by", "王主任", "--reason", "视力障碍"});
    CHECK(grant.err == "exam 1: E002 李四 has 10 more minutes, granted by 王主任\n");
    CHECK(grant.exitCode == 0);
    const auto take =
        f.tqm({"exam", "take", "1", "--person", "E002", "--answers", "exam-answers.txt"});
    CHECK(linesOf(take.err).front() ==
          "starting attempt 1 of exam 1 for E002 李四: 6 questions, 40:00 left");
}

TEST_CASE("the terminal take saves typed answers, moves between questions and submits") {
    const ExamFixture f;
    const auto run = f.tqmTyping({"exam", "take", "1", "--person", "E001"},
                                 "B\nXYZ\nAB\n:f\n:g 6\n:c\n:l\n:s\n");
    const Lines lines = linesOf(run.out);
    CHECK(std::count(lines.begin(), lines.end(), ">   saved 1: B") == 1);
    CHECK(run.out.find("  not saved: ") != std::string::npos);
    CHECK(run.out.find("  saved 2: AB\n") != std::string::npos);
    CHECK(run.out.find("  flagged\n") != std::string::npos);
    CHECK(run.out.find("[6/6] 简答 (5 points)\n简述 QC 小组活动的基本程序。\n") !=
          std::string::npos);
    CHECK(run.out.find("  answer to 6 cleared\n") != std::string::npos);
    CHECK(run.out.find("  1. B\n  2. AB\n  3. -  [flagged]\n") != std::string::npos);
    CHECK(withoutTime(run.out).find(
              "attempt 1 of exam 1 (E001 张三): 4 of 14 points, fail, submitted by the person at "
              "T\n") != std::string::npos);
    // After-submit is the default: each question is shown with its answer once submitted.
    CHECK(run.out.find("  wrong (0/1); answer: 对\n") == std::string::npos);
    CHECK(run.out.find("  unanswered (0/1); answer: 对\n") != std::string::npos);
    CHECK(run.exitCode == 0);
}

TEST_CASE("the terminal take leaves at the end of input with the answers kept") {
    const ExamFixture f;
    const auto first = f.tqmTyping({"exam", "take", "1", "--person", "E001"}, "B\n");
    CHECK(first.out.find("Your answers are saved; take the exam again to go on (") !=
          std::string::npos);
    CHECK(first.exitCode == 0);
    const auto second = f.tqmTyping({"exam", "take", "1", "--person", "E001"}, ":q\n");
    CHECK(linesOf(second.err).front().rfind("resuming attempt 1 of exam 1 for E001 张三", 0) == 0);
    // The first unanswered question is shown first.
    CHECK(second.out.find("[2/6] 多选") != std::string::npos);
}

TEST_CASE("results export one row per person and per answer as CSV, JSON and XLSX") {
    const ExamFixture f;
    f.tqm({"exam", "take", "1", "--person", "E001", "--answers", "exam-answers.txt", "--submit"});
    f.tqmTyping({"exam", "take", "1", "--person", "E002"}, "C\n:s\n");

    const auto people = f.tqm({"exam", "results", "1"});
    const Lines rows = linesOf(people.out);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == "\xEF\xBB\xBF工号,姓名,单位,得分,满分,是否通过,用时,提交时间\r");
    CHECK(std::regex_match(rows[1], std::regex("E001,张三,一车间,9,14,待评分,0:00:0\\d,"
                                               "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\r")));
    CHECK(std::regex_match(rows[2], std::regex("E002,李四,二车间,0,14,未通过,0:00:0\\d,.*\\r")));
    CHECK(people.err == "exam 1: 2 people, 12 answers\n");

    const auto answers = f.tqm({"exam", "results", "1", "--answers"});
    const Lines answerRows = linesOf(answers.out);
    REQUIRE(answerRows.size() == 13);
    CHECK(answerRows[2] == "E001,张三,2,m1,多选,AB,2,2,正确\r");
    CHECK(answerRows[7] == "E002,李四,1,s1,单选,C,0,2,错误\r");

    const auto json =
        nlohmann::json::parse(f.tqm({"exam", "results", "1", "--format", "json"}).out);
    CHECK(json["people"][0]["score"] == 9);
    CHECK(json["people"][0]["verdict"] == "pending");
    CHECK(json["answers"].size() == 12);

    const std::string xlsx = (f.dir / "out" / "成绩.xlsx").string();
    const auto written = f.tqm({"exam", "results", "1", "--format", "xlsx", "-o", xlsx});
    CHECK(written.exitCode == 0);
    CHECK(readFile(xlsx).substr(0, 2) == "PK");

    const auto noFile = f.tqm({"exam", "results", "1", "--format", "xlsx"});
    CHECK(noFile.err == "tqm: an XLSX export needs a file: add -o FILE.xlsx\n");
    CHECK(noFile.exitCode == 2);
}

TEST_CASE("analyze lists facility, discrimination and option counts per question") {
    const ExamFixture f;
    f.tqm({"exam", "take", "1", "--person", "E001", "--answers", "exam-answers.txt", "--submit"});
    f.tqmTyping({"exam", "take", "1", "--person", "E002"}, "C\n:s\n");
    const auto run = f.tqm({"exam", "analyze", "1"});
    const Lines lines = linesOf(run.out);
    REQUIRE(lines.size() == 7);
    CHECK(lines[0] == "question\tpeople\tfacility\tdiscrimination\tpoint-biserial\toptions\tflags");
    CHECK(lines[1] == "cli-clean/s1\t2\t0.50\t1.00\t1.00\tA:0 B:1 C:1\t-");
    CHECK(lines[3] == "cli-clean/t1\t2\t0.50\t1.00\t1.00\t-\t-");
    CHECK(run.exitCode == 0);
}

TEST_CASE("exam commands on an exam that does not exist say so") {
    const ExamFixture f;
    CHECK(f.tqm({"exam", "results", "7"}).err == "tqm: no-such-exam: there is no exam 7\n");
    CHECK(f.tqm({"exam", "analyze", "7"}).exitCode == 1);
}

TEST_CASE("review shows the answers only as the exam allows, then with points and explanations") {
    const ExamFixture f;
    f.tqm({"exam", "take", "1", "--person", "E001", "--answers", "exam-answers.txt"});
    const auto early = f.tqm({"exam", "review", "1", "--person", "E001"});
    CHECK(early.err ==
          "tqm: answers-hidden: exam 1 \"命令行测试考试\" shows the answers once the "
          "attempt is submitted.\n");
    CHECK(early.exitCode == 1);

    f.tqm({"exam", "submit", "1", "--person", "E001"});
    const auto review = f.tqm({"exam", "review", "1", "--person", "E001"});
    CHECK(review.out.find("[1/6] 单选 (2 points)\n全面质量管理中的“三全”不包括下列哪一项？\n"
                          "  A. 全员参加的质量管理\n  B. 全自动的质量管理\n  C. 全过程的质量管理\n"
                          "  Your answer: B\n  correct (2/2); answer: B. 全自动的质量管理\n"
                          "  解析: “三全”是指全员、全过程、全企业的质量管理。\n") !=
          std::string::npos);
    CHECK(review.out.find("  pending (0/5); answer: 选择课题") != std::string::npos);
    CHECK(review.exitCode == 0);
}

TEST_CASE("an exam that shows answers after it closes keeps them hidden before its closing time") {
    const ExamFixture f;
    const auto created =
        f.tqm({"exam", "create", "--blueprint", "exam-blueprint.xml", "--minutes", "30", "--pass",
               "8", "--show", "after-close", "--closes", "2099-12-31 17:00"});
    REQUIRE(created.out == "2\n");
    f.tqm({"exam", "take", "2", "--person", "E001", "--answers", "exam-answers.txt", "--submit"});
    CHECK(f.tqm({"exam", "review", "2", "--person", "E001"}).err ==
          "tqm: answers-hidden: exam 2 \"命令行测试考试\" shows the answers after it closes at "
          "2099-12-31T09:00:00.000Z.\n");

    const auto badTime = f.tqm({"exam", "create", "--blueprint", "exam-blueprint.xml", "--minutes",
                                "30", "--pass", "8", "--closes", "2099-13-01 17:00"});
    CHECK(badTime.err ==
          "tqm: --closes 2099-13-01 17:00: write the time as YYYY-MM-DD HH:MM, China Standard "
          "Time\n");
    CHECK(badTime.exitCode == 2);
}
