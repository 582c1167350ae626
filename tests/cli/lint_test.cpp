// tqm bank lint: diagnostics on standard output, one summary per file on standard error.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tqm_runner.h"

using tqm::clitest::linesOf;
using tqm::clitest::runTqm;

TEST_CASE("lint of a clean bank prints no problem, a summary, and exits 0") {
    const auto run = runTqm({"bank", "lint", "clean.xml"});
    CHECK(run.out.empty());
    CHECK(run.err == "clean.xml: 8 questions, 0 errors, 0 warnings\n");
    CHECK(run.exitCode == 0);
}

TEST_CASE("lint prints every problem of a bank with its line, column and code, and exits 1") {
    const auto run = runTqm({"bank", "lint", "errors.xml"});
    const std::vector<std::string> expected{
        "errors.xml:8:5: error: single-choice-correct-count: question \"e1\": single-choice "
        "question has 2 correct options; it needs exactly 1",
        "errors.xml:13:5: error: multiple-choice-correct-count: question \"e2\": "
        "multiple-choice question has 1 correct option; it needs at least 2",
        "errors.xml:18:5: error: unknown-category: question \"e3\": category \"tools\" is not "
        "defined in the bank's categories",
        "errors.xml:21:5: error: duplicate-id: question \"e1\": the id is already used by the "
        "question on line 8",
        "errors.xml:21:5: error: difficulty-out-of-range: question \"e1\": difficulty 7 is out "
        "of range; it must be 1 to 5",
        "errors.xml:24:43: error: invalid-value: question \"e5\": answer \"yes\" is not valid; "
        "it must be \"true\" or \"false\"",
        "errors.xml:27:5: error: negative-points: question \"e6\": points -1 is negative; it "
        "must be 0 or more",
        "errors.xml:27:5: error: image-path-outside: question \"e6\": image path "
        "\"../secret.png\" leaves the bank's folder; use a path relative to it, such as "
        "images/figure.png",
        "errors.xml:33:5: warning: near-duplicate: question \"e7\": the stem is nearly the same "
        "as question \"e3\" on line 18",
        "errors.xml:35:7: error: unknown-element: question \"e7\": element <hint> is not allowed "
        "in a true-false question",
    };
    CHECK(linesOf(run.out) == expected);
    CHECK(run.err == "errors.xml: 7 questions, 9 errors, 1 warning\n");
    CHECK(run.exitCode == 1);
}

TEST_CASE("lint of a bank with only warnings exits 0") {
    const auto run = runTqm({"bank", "lint", "warnings.xml"});
    CHECK(run.out ==
          "warnings.xml:11:5: warning: near-duplicate: question \"w2\": the stem is nearly the "
          "same as question \"w1\" on line 8\n");
    CHECK(run.err == "warnings.xml: 2 questions, 0 errors, 1 warning\n");
    CHECK(run.exitCode == 0);
}

TEST_CASE("a missing file is a file-not-found error and the other files are still linted") {
    const auto run = runTqm({"bank", "lint", "missing.xml", "warnings.xml", "clean.xml"});
    CHECK(linesOf(run.out) ==
          std::vector<std::string>{
              "missing.xml: error: file-not-found: the file does not exist",
              "warnings.xml:11:5: warning: near-duplicate: question \"w2\": the stem is nearly "
              "the same as question \"w1\" on line 8"});
    CHECK(linesOf(run.err) ==
          std::vector<std::string>{"missing.xml: 0 questions, 1 error, 0 warnings",
                                   "warnings.xml: 2 questions, 0 errors, 1 warning",
                                   "clean.xml: 8 questions, 0 errors, 0 warnings"});
    CHECK(run.exitCode == 1);
}

TEST_CASE("a GBK-encoded bank is reported as not UTF-8 with how to convert it") {
    const auto run = runTqm({"bank", "lint", "gbk.xml"});
    CHECK(run.out ==
          "gbk.xml:3:10: error: not-utf8: the file is not UTF-8 (byte 0xD3 starts no UTF-8 "
          "character) and looks GBK-encoded; convert it with `iconv -f GBK -t UTF-8 IN > "
          "OUT` or save it as UTF-8 in your editor\n");
    CHECK(run.exitCode == 1);
}

TEST_CASE("lint --json gives each file's counts and positioned diagnostics and nothing else") {
    const auto run = runTqm({"bank", "lint", "--json", "warnings.xml", "missing.xml"});
    CHECK(run.err.empty());
    CHECK(run.exitCode == 1);
    const auto document = nlohmann::json::parse(run.out);
    const auto expected = nlohmann::json::parse(R"({"files": [
        {"file": "warnings.xml", "questions": 2, "errors": 0, "warnings": 1, "diagnostics": [
            {"line": 11, "column": 5, "severity": "warning", "code": "near-duplicate",
             "message": "question \"w2\": the stem is nearly the same as question \"w1\" on line 8"}
        ]},
        {"file": "missing.xml", "questions": 0, "errors": 1, "warnings": 0, "diagnostics": [
            {"line": 0, "column": 0, "severity": "error", "code": "file-not-found",
             "message": "the file does not exist"}
        ]}
    ]})");
    CHECK(document == expected);
}

TEST_CASE("lint --json lists the same problems as the text output") {
    const auto text = runTqm({"bank", "lint", "errors.xml"});
    const auto json = runTqm({"bank", "lint", "--json", "errors.xml"});
    CHECK(json.exitCode == 1);
    const auto file = nlohmann::json::parse(json.out).at("files").at(0);
    CHECK(file.at("errors") == 9);
    CHECK(file.at("warnings") == 1);
    std::vector<std::string> lines;
    for (const auto& d : file.at("diagnostics"))
        lines.push_back(
            "errors.xml:" + std::to_string(d.at("line").get<int>()) + ":" +
            std::to_string(d.at("column").get<int>()) + ": " + d.at("severity").get<std::string>() +
            ": " + d.at("code").get<std::string>() + ": " + d.at("message").get<std::string>());
    CHECK(lines == linesOf(text.out));
}
