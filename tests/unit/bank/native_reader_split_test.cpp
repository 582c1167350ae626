// Banks large enough for the reader to parse <questions> in two halves: the split must read
// exactly what a single parse reads, and fall back to it whenever the cut is not provably
// between two questions.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "bank/native_reader.h"
#include "bank/native_reader_split.h"

namespace {

using tqm::Diagnostic;
using namespace tqm::bank;
using namespace tqm::bank::reader;

struct Problem {
    std::uint32_t line;
    std::uint32_t column;
    std::string code;
    std::string message;
    bool operator==(const Problem&) const = default;
};

std::vector<Problem> problems(const ReadResult& result) {
    std::vector<Problem> out;
    for (const Diagnostic& d : result.diagnostics)
        out.push_back({d.line, d.column, d.code, d.message});
    return out;
}

std::string bankWith(std::string_view questions) {
    return "<bank format=\"1\" id=\"t\" version=\"1\" language=\"zh-CN\">\n"
           "  <title>测试</title>\n"
           "  <categories><category id=\"c\" title=\"类\"/></categories>\n"
           "  <questions>\n" +
           std::string(questions) + "  </questions>\n</bank>\n";
}

// Question i (1-based) on line i + 4: over 1 MB for 6,000 questions.
std::string questionLine(int i, std::string_view answer = "true") {
    static const std::string padding = [] {
        std::string text;
        for (int k = 0; k < 60; ++k) text += "质";
        return text;
    }();
    return "    <true-false id=\"q" + std::to_string(i) + "\" category=\"c\" answer=\"" +
           std::string(answer) + "\"><stem>第" + std::to_string(i) + "题" + padding +
           "</stem></true-false>\n";
}

std::string largeQuestions(int count) {
    std::string questions;
    for (int i = 1; i <= count; ++i) questions += questionLine(i);
    return questions;
}

SplitOutcome splitOutcome(const std::string& bank) {
    std::string bytes = bank;  // parsed in place
    SplitDocument split;
    return parseSplit(bytes.data(), bytes.size(), split);
}

void checkQuestionLines(const ReadResult& result, int count) {
    REQUIRE(result.bank.questions.size() == static_cast<std::size_t>(count));
    for (int i : {0, 1, count / 2 - 1, count / 2, count / 2 + 1, count - 1}) {
        const Question& q = result.bank.questions[static_cast<std::size_t>(i)];
        CHECK(q.id == "q" + std::to_string(i + 1));
        CHECK(q.stem.starts_with("第" + std::to_string(i + 1) + "题"));
        CHECK(q.pos.line == static_cast<std::uint32_t>(i + 5));
        CHECK(q.pos.column == 5);
    }
}

std::uint32_t characters(std::string_view text) {
    std::uint32_t count = 0;
    for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

const std::string kNotTrueOrFalse = "\" is not valid; it must be \"true\" or \"false\"";

}  // namespace

namespace Catch {
template <>
struct StringMaker<Problem> {
    static std::string convert(const Problem& p) {
        return std::to_string(p.line) + ":" + std::to_string(p.column) + " " + p.code + " " +
               p.message;
    }
};
}  // namespace Catch

TEST_CASE("a large bank is split between two questions near the middle") {
    const std::string bank = bankWith(largeQuestions(6000));
    REQUIRE(bank.size() > (1u << 20));
    const auto points = findSplitPoints(bank);
    REQUIRE(points);
    CHECK(bank.substr(points->middle - 13, 13) == "</true-false>");
    CHECK(bank.substr(points->contentEnd).starts_with("</questions>"));
    CHECK(splitOutcome(bank) == SplitOutcome::Split);

    const ReadResult result = readBankBytes(bank, "split.xml", {});
    checkQuestionLines(result, 6000);
    CHECK(result.bank.title == "测试");
    CHECK(result.bank.findQuestion("q6000") == &result.bank.questions.back());
    CHECK(result.diagnostics.empty());
}

TEST_CASE("a large bank read from its file is split the same way") {
    const std::string bank = bankWith(largeQuestions(6000));
    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / "tqm-split-bank.xml";
    std::ofstream(file, std::ios::binary) << bank;
    const ReadResult result = readBankFile(file);
    std::filesystem::remove(file);
    checkQuestionLines(result, 6000);
    CHECK(result.diagnostics.empty());
}

TEST_CASE("a byte that is not UTF-8 in the second half of a large bank is reported at its place") {
    std::string questions = largeQuestions(6000);
    const std::size_t stem = questions.find("第5000题");
    questions.replace(stem, 3, "\xB5\xDA");  // 第 in GBK
    const std::string bank = bankWith(questions);
    const ReadResult result = readBankBytes(bank, "gbk.xml", {});
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].code == "not-utf8");
    CHECK(result.diagnostics[0].line == 5004);
    CHECK(result.diagnostics[0].column == 61);
    CHECK(result.bank.questions.empty());
}

TEST_CASE("problems in both halves of a split bank keep their lines, columns and order") {
    std::string questions;
    for (int i = 1; i <= 6000; ++i) {
        if (i == 5000) questions += "    散落\n";
        questions += questionLine(i, i == 10 || i == 5990 ? "maybe" : "true");
        if (i == 5500) questions += "    <note/>\n";
    }
    // Text right after the start tag is the element's own text in a single parse.
    std::string bank = bankWith(questions);
    bank.insert(bank.find("<questions>") + 11, "外");
    REQUIRE(splitOutcome(bank) == SplitOutcome::Split);
    const ReadResult result = readBankBytes(bank, "split.xml", {});
    REQUIRE(result.bank.questions.size() == 6000);
    CHECK(result.bank.questions[5999].pos.line == 6006);
    CHECK(problems(result) ==
          std::vector<Problem>{
              {4, 14, "misplaced-text",
               "bank: text \"外\" is not allowed directly inside <questions>"},
              {14, 39, "invalid-value", "question \"q10\": answer \"maybe" + kNotTrueOrFalse},
              {5004, 5, "misplaced-text",
               "bank: text \"散落\" is not allowed directly inside <questions>"},
              {5506, 5, "unknown-element",
               "bank: element <note> is not allowed in <questions>; a question is one of "
               "<single-choice>, <multiple-choice>, <true-false>, <fill-blank>, <ordering>, "
               "<matching> or <short-answer>"},
              {5996, 41, "invalid-value", "question \"q5990\": answer \"maybe" + kNotTrueOrFalse},
          });
}

TEST_CASE("a question without an id in the second half is named by its place in the bank") {
    std::string questions = largeQuestions(6000);
    const std::string id = "id=\"q4500\" ";
    questions.erase(questions.find(id), id.size());
    const std::string bank = bankWith(questions);
    REQUIRE(splitOutcome(bank) == SplitOutcome::Split);
    ReadOptions options;
    options.validate = false;
    CHECK(problems(readBankBytes(bank, "split.xml", {}, options)) ==
          std::vector<Problem>{{4504, 5, "missing-attribute",
                                "question #4500 (no id): <true-false> has no \"id\" attribute"}});
}

TEST_CASE("a cut inside a comment is refused and the bank is read whole") {
    // The middle of <questions> falls inside the comment, whose end tags are not questions'.
    std::string comment = "    <!-- ";
    for (int i = 0; i < 100000; ++i) comment += "</true-false> ";
    comment += "-->\n";
    const std::string bank = bankWith(largeQuestions(100) + comment + questionLine(101));
    CHECK(splitOutcome(bank) == SplitOutcome::Spoiled);
    const ReadResult result = readBankBytes(bank, "comment.xml", {});
    REQUIRE(result.bank.questions.size() == 101);
    CHECK(result.bank.questions[100].pos.line == 106);
    CHECK(result.diagnostics.empty());
}

TEST_CASE("a cut inside a CDATA section is refused and the bank is read whole") {
    std::string stem = "<![CDATA[";
    for (int i = 0; i < 100000; ++i) stem += "</true-false>";
    stem += "]]>";
    const std::string bank = bankWith(
        largeQuestions(100) + "    <true-false id=\"long\" category=\"c\" answer=\"true\">" +
        "<stem>" + stem + "</stem></true-false>\n" + questionLine(101));
    CHECK(splitOutcome(bank) == SplitOutcome::Spoiled);
    const ReadResult result = readBankBytes(bank, "cdata.xml", {});
    REQUIRE(result.bank.questions.size() == 102);
    CHECK(result.bank.questions[100].stem.size() == 13 * 100000);
    CHECK(result.bank.questions[101].pos.line == 106);
    CHECK(result.diagnostics.empty());
}

TEST_CASE("XML errors in the second half are reported at their place by the single parse") {
    std::string questions = largeQuestions(6000);
    const std::string end = "</stem></true-false>";
    std::size_t at = 0;
    for (int i = 0; i < 5000; ++i) at = questions.find(end, at) + end.size();
    questions.replace(at - end.size(), end.size(), "</stem></true-falsX>");  // question 5000
    const std::string bank = bankWith(questions);
    CHECK(splitOutcome(bank) == SplitOutcome::Spoiled);
    const ReadResult result = readBankBytes(bank, "broken.xml", {});
    // Where a plain pugixml parse of the same bytes stops; columns count characters.
    pugi::xml_document document;
    const auto parsed = document.load_buffer(bank.data(), bank.size());
    REQUIRE(parsed.status == pugi::status_end_element_mismatch);
    const std::string_view before(bank.data(), static_cast<std::size_t>(parsed.offset));
    const std::size_t lineStart = before.rfind('\n') + 1;
    const auto line = static_cast<std::uint32_t>(std::count(before.begin(), before.end(), '\n'));
    CHECK(line + 1 == 5004);
    CHECK(
        problems(result) ==
        std::vector<Problem>{{line + 1, characters(before.substr(lineStart)) + 1, "not-well-formed",
                              "the file is not well-formed XML: start-end tags mismatch"}});

    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / "tqm-split-broken-bank.xml";
    std::ofstream(file, std::ios::binary) << bank;
    const ReadResult fromFile = readBankFile(file);
    std::filesystem::remove(file);
    CHECK(problems(fromFile) == problems(result));
}

TEST_CASE("a declaration or document type among the questions is refused as a split") {
    for (const std::string stray : {"<?xml version=\"1.0\"?>", "<!DOCTYPE bank>"}) {
        const std::string bank =
            bankWith(largeQuestions(3000) + "    " + stray + "\n" + largeQuestions(3000));
        CHECK(splitOutcome(bank) == SplitOutcome::Spoiled);
        const ReadResult result = readBankBytes(bank, "stray.xml", {});
        REQUIRE(result.diagnostics.size() == 1);
        CHECK(result.diagnostics[0].code == "not-well-formed");
        CHECK(result.diagnostics[0].line == 3005);
    }
}

TEST_CASE("a bank that cannot be cut is read whole") {
    SECTION("too small to split: under 1 MB, read on one thread") {
        const std::string bank = bankWith(largeQuestions(300));
        REQUIRE(bank.size() < (1u << 20));
        const ReadResult result = readBankBytes(bank, "small.xml", {});
        checkQuestionLines(result, 300);
        CHECK(result.diagnostics.empty());
    }
    SECTION("no question ends after the middle: a long comment follows the questions") {
        const std::string bank = bankWith(largeQuestions(10) + "    <!-- " +
                                          std::string(2u << 20, '-').replace(0, 1, " ") + " -->\n");
        CHECK_FALSE(findSplitPoints(bank));
        CHECK(splitOutcome(bank) == SplitOutcome::NotSplit);
        const ReadResult result = readBankBytes(bank, "tail.xml", {});
        checkQuestionLines(result, 10);
        CHECK(result.diagnostics.empty());
    }
    SECTION("one question larger than the rest: the second half is only white space") {
        std::string stem;
        for (int i = 0; i < 400000; ++i) stem += "质";
        const std::string bank = bankWith(
            questionLine(1) + "    <true-false id=\"q2\" category=\"c\" answer=\"true\"><stem>" +
            stem + "</stem></true-false>\n");
        CHECK(splitOutcome(bank) == SplitOutcome::Split);
        const ReadResult result = readBankBytes(bank, "one.xml", {});
        REQUIRE(result.bank.questions.size() == 2);
        CHECK(result.bank.questions[1].stem.size() == stem.size());
        CHECK(result.diagnostics.empty());
    }
    SECTION("a <questions> tag inside a comment before the real one") {
        const std::string bank = "<!-- <questions> -->\n" + bankWith(largeQuestions(6000));
        CHECK(splitOutcome(bank) == SplitOutcome::NotSplit);
        const ReadResult result = readBankBytes(bank, "commented.xml", {});
        REQUIRE(result.bank.questions.size() == 6000);
        CHECK(result.bank.questions[0].pos.line == 6);
    }
}
