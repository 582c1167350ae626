// tqm bank stats: counts by type, difficulty and category, as text and as JSON.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tqm_runner.h"

using tqm::clitest::linesOf;
using tqm::clitest::runTqm;

TEST_CASE("stats counts every type, difficulty and category and adds up the points") {
    const auto run = runTqm({"bank", "stats", "clean.xml"});
    const std::vector<std::string> expected{
        "bank: cli-clean 1.2.0 命令行测试题库",
        "questions: 8",
        "total points: 13.5",
        "by type:",
        "  single-choice: 1",
        "  multiple-choice: 1",
        "  true-false: 1",
        "  fill-blank: 2",
        "  ordering: 1",
        "  matching: 1",
        "  short-answer: 1",
        "by difficulty:",
        "  1: 1",
        "  2: 1",
        "  3: 4",
        "  4: 1",
        "  5: 1",
        "by category (questions directly in each):",
        "  basics 全面质量管理基础: 2",
        "    basics.pdca PDCA循环: 3",
        "  tools 质量工具: 3",
    };
    CHECK(linesOf(run.out) == expected);
    CHECK(run.err.empty());
    CHECK(run.exitCode == 0);
}

TEST_CASE("stats --json gives the bank's identity and every count") {
    const auto run = runTqm({"bank", "stats", "--json", "clean.xml"});
    REQUIRE(run.exitCode == 0);
    const auto expected = nlohmann::json::parse(R"({
        "bank": {"id": "cli-clean", "version": "1.2.0", "title": "命令行测试题库",
                 "language": "zh-CN"},
        "questions": 8,
        "total_points": 13.5,
        "by_type": {"single-choice": 1, "multiple-choice": 1, "true-false": 1, "fill-blank": 2,
                    "ordering": 1, "matching": 1, "short-answer": 1},
        "by_difficulty": {"1": 1, "2": 1, "3": 4, "4": 1, "5": 1},
        "by_category": [
            {"id": "basics", "title": "全面质量管理基础", "parent": null, "questions": 2},
            {"id": "basics.pdca", "title": "PDCA循环", "parent": "basics", "questions": 3},
            {"id": "tools", "title": "质量工具", "parent": null, "questions": 3}
        ]})");
    CHECK(nlohmann::json::parse(run.out) == expected);
}

TEST_CASE("stats of a bank with errors prints the errors instead of counts and exits 1") {
    const auto run = runTqm({"bank", "stats", "errors.xml"});
    const auto lines = linesOf(run.out);
    REQUIRE(lines.size() == 9);
    CHECK(lines.front() ==
          "errors.xml:8:5: error: single-choice-correct-count: question \"e1\": single-choice "
          "question has 2 correct options; it needs exactly 1");
    for (const std::string& line : lines) CHECK(line.find(": error: ") != std::string::npos);
    CHECK(run.err ==
          "errors.xml: 9 errors; no statistics for a bank with errors (see 'tqm bank lint')\n");
    CHECK(run.exitCode == 1);
}

TEST_CASE("stats of a missing file is a file-not-found error") {
    const auto run = runTqm({"bank", "stats", "--json", "missing.xml"});
    CHECK(run.out == "missing.xml: error: file-not-found: the file does not exist\n");
    CHECK(run.exitCode == 1);
}
