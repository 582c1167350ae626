// The streaming path of the native reader: what it reads, where it places it, and what it
// leaves to the document path. Each case is also held to the document path's result.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/native_reader_context.h"
#include "reader_paths_support.h"

namespace {

using namespace tqm::bank;
using reader::ReaderPath;
using tqm::bank::testing::checkBothPaths;

std::string bankWith(std::string_view questions,
                     std::string_view categories = "<category id=\"c\" title=\"类\"/>") {
    return "<bank format=\"1\" id=\"t\" version=\"1\" language=\"zh-CN\">\n"
           "  <title>测试</title>\n"
           "  <categories>" +
           std::string(categories) +
           "</categories>\n"
           "  <questions>\n" +
           std::string(questions) + "  </questions>\n</bank>\n";
}

// The bank as the streaming path reads it; fails the test when it refuses.
ReadResult streamed(const std::string& bytes) {
    REQUIRE(checkBothPaths(bytes, "test.xml"));
    std::optional<ReadResult> result =
        reader::readBankBytesBy(ReaderPath::Streaming, bytes, "test.xml", {});
    REQUIRE(result.has_value());
    return std::move(*result);
}

// Question i (1-based) on line i + 4: over 1 MB for 6,000 questions, read in two halves.
std::string largeQuestions(int count, std::string_view lineEnd = "\n") {
    std::string padding;
    for (int k = 0; k < 60; ++k) padding += "质";
    std::string questions;
    for (int i = 1; i <= count; ++i)
        questions += "    <true-false id=\"q" + std::to_string(i) +
                     "\" category=\"c\" answer=\"true\"><stem>第" + std::to_string(i) +
                     "题 &amp; " + padding + "</stem></true-false>" + std::string(lineEnd);
    return questions;
}

}  // namespace

TEST_CASE("the streaming path expands references in text and attributes as the document path") {
    const ReadResult result =
        streamed(bankWith("    <single-choice id=\"a&amp;b\" category=\"c\" title=\"x&#x9;y\tz\">\n"
                          "      <stem>A &lt; B &#36136;&#x91CF; &unknown; &#0; &</stem>\n"
                          "      <option correct=\"true\">&quot;是&apos;</option>\n"
                          "      <option>否</option>\n"
                          "    </single-choice>\n"));
    REQUIRE(result.bank.questions.size() == 1);
    const Question& q = result.bank.questions[0];
    CHECK(q.id == "a&b");
    CHECK(q.title == "x\ty z");  // a reference to a tab keeps it; a literal tab reads as a space
    CHECK(q.stem == "A < B 质量 &unknown; &#0; &");
    CHECK(q.choices[0].text == "\"是'");
    CHECK(result.diagnostics.empty());
}

TEST_CASE("the streaming path trims each piece of text and CDATA and joins them") {
    const ReadResult result = streamed(
        bankWith("    <true-false id=\"q\" category=\"c\" answer=\"false\">\n"
                 "      <stem>\n  前 <!-- 注释 --> 中 <![CDATA[ <b>&amp;</b> ]]> 后\n</stem>\n"
                 "      <explanation><![CDATA[  只有 CDATA  ]]></explanation>\n"
                 "      <source>  <?pi ?>  </source>\n"
                 "    </true-false>\n"));
    const Question& q = result.bank.questions.at(0);
    CHECK(q.stem == "前中<b>&amp;</b>后");
    CHECK(q.explanation == "只有 CDATA");
    CHECK(q.source.empty());
}

TEST_CASE("the streaming path counts columns in characters and a CR LF pair as one line break") {
    std::string bytes = bankWith(
        "    <true-false id=\"q1\" category=\"c\" answer=\"true\"><stem>质量\r\n第二行</stem>"
        "</true-false>\n"
        "质量管理<!-- text before the tag is not allowed, but a comment is -->"
        "<true-false id=\"q2\" category=\"c\" answer=\"true\"><stem>二</stem></true-false>\n",
        "\n    <category id=\"c\" title=\"类\">\r\n      <category id=\"c.d\" title=\"子\"/>"
        "</category>\n  ");
    // Text directly inside <questions> is reported by the reader: the streaming path refuses.
    CHECK_FALSE(checkBothPaths(bytes, "test.xml"));
    bytes = bankWith(
        "    <true-false id=\"q1\" category=\"c\" answer=\"true\"><stem>质量\r\n第二行</stem>"
        "</true-false>\r\n"
        "<!-- 质量管理 --><true-false id=\"q2\" category=\"c\" answer=\"true\"><stem>二</stem>"
        "</true-false>\n",
        "\n    <category id=\"c\" title=\"类\">\r\n      <category id=\"c.d\" title=\"子\"/>"
        "</category>\n  ");
    const ReadResult result = streamed(bytes);
    const Bank& bank = result.bank;
    REQUIRE(bank.categories.size() == 1);
    CHECK(bank.categories[0].pos.line == 4);
    CHECK(bank.categories[0].pos.column == 5);
    REQUIRE(bank.categories[0].children.size() == 1);
    CHECK(bank.categories[0].children[0].pos.line == 5);
    CHECK(bank.categories[0].children[0].pos.column == 7);
    REQUIRE(bank.questions.size() == 2);
    CHECK(bank.questions[0].pos.line == 8);
    CHECK(bank.questions[0].pos.column == 5);
    CHECK(bank.questions[0].stem == "质量\n第二行");
    CHECK(bank.questions[1].pos.line == 10);
    CHECK(bank.questions[1].pos.column == 14);  // after "<!-- 质量管理 -->": 13 characters
}

TEST_CASE(
    "what the reader would report, or the tokenizer does not accept, goes to the document "
    "path") {
    const std::string clean = bankWith(
        "    <true-false id=\"q\" category=\"c\" answer=\"true\"><stem>题</stem></true-false>\n");
    REQUIRE(checkBothPaths(clean, "test.xml"));
    const auto replaced = [&](std::string_view from, std::string_view to) {
        std::string text = clean;
        text.replace(text.find(from), from.size(), to);
        return text;
    };
    const std::pair<const char*, std::string> cases[] = {
        {"a document type", "<!DOCTYPE bank>\n" + clean},
        {"a NUL byte", replaced("<stem>题", std::string("<stem>题\0", 10))},
        {"an encoding other than UTF-8 declared",
         "<?xml version=\"1.0\" encoding=\"GBK\"?>\n" + clean},
        {"text before the root element", "质量\n" + clean},
        {"a second root element", clean + "<bank/>\n"},
        {"an unknown element", replaced("<stem>", "<hint>提示</hint><stem>")},
        {"an unknown attribute", replaced("answer=", "level=\"1\" answer=")},
        {"a repeated attribute", replaced("answer=", "id=\"r\" answer=")},
        {"a value that is not valid", replaced("answer=\"true\"", "answer=\"yes\"")},
        {"a missing attribute", replaced("category=\"c\" ", "")},
        {"misplaced text", replaced("</stem>", "</stem>多余")},
        {"an element inside text", replaced("题</stem>", "<b>题</b></stem>")},
        {"a missing <title>", replaced("<title>测试</title>", "")},
        {"elements out of order",
         replaced("<title>测试</title>", "<organization>组织</organization><title>测试</title>")},
        {"an unsupported format", replaced("format=\"1\"", "format=\"2\"")},
        {"an end tag that does not match", replaced("</stem>", "</stme>")},
        {"a comment with two dashes inside", replaced("<stem>", "<!-- a -- b --><stem>")},
        {"an empty file", "  \n"},
    };
    for (const auto& [what, bytes] : cases) {
        INFO(what);
        CHECK_FALSE(checkBothPaths(bytes, "test.xml"));
    }
}

TEST_CASE("a large bank is streamed in two halves exactly as the document path reads it") {
    SECTION("line feeds") {
        const ReadResult result = streamed(bankWith(largeQuestions(6000)));
        REQUIRE(result.bank.questions.size() == 6000);
        for (int i : {0, 2999, 3000, 5999}) {
            const Question& q = result.bank.questions[static_cast<std::size_t>(i)];
            CHECK(q.id == "q" + std::to_string(i + 1));
            CHECK(q.pos.line == static_cast<std::uint32_t>(i + 5));
            CHECK(q.stem.starts_with("第" + std::to_string(i + 1) + "题 & 质"));
        }
    }
    SECTION("CR LF line ends") {
        const ReadResult result = streamed(bankWith(largeQuestions(6000, "\r\n")));
        CHECK(result.bank.questions.at(5999).pos.line == 6004);
    }
    SECTION("a duplicate id across the halves is reported by the validator at its place") {
        std::string questions = largeQuestions(6000);
        const std::string last = "id=\"q6000\"";
        questions.replace(questions.find(last), last.size(), "id=\"q2\"");
        const ReadResult result = streamed(bankWith(questions));
        REQUIRE(result.diagnostics.size() == 1);
        CHECK(result.diagnostics[0].code == "duplicate-id");
        CHECK(result.diagnostics[0].line == 6004);
    }
}

TEST_CASE("a large bank whose cut falls inside a comment is read by the document path") {
    std::string questions = largeQuestions(6000);
    const std::size_t middle = questions.find("<true-false id=\"q2990\"");
    const std::size_t after = questions.find("<true-false id=\"q3010\"");
    questions.insert(after, "-->");
    questions.insert(middle, "<!--");
    CHECK_FALSE(checkBothPaths(bankWith(questions), "test.xml"));
    const ReadResult result = readBankBytes(bankWith(questions), "test.xml", {});
    CHECK(result.bank.questions.size() == 5980);
    CHECK(result.diagnostics.empty());
}

TEST_CASE("categories nested to the deepest allowed level are streamed, one level more is not") {
    const auto nested = [](int levels) {
        std::string open, close;
        for (int level = 1; level <= levels; ++level) {
            const std::string id = level == 1 ? "c" : "c" + std::to_string(level);
            open += "<category id=\"" + id + "\" title=\"第" + std::to_string(level) + "层\">";
            close = "</category>" + close;
        }
        return open + close;
    };
    const std::string question =
        "    <true-false id=\"q\" category=\"c\" answer=\"true\"><stem>题</stem></true-false>\n";
    const ReadResult deepest = streamed(bankWith(question, nested(32)));
    const Category* category = &deepest.bank.categories.at(0);
    for (int level = 2; level <= 32; ++level) category = &category->children.at(0);
    CHECK(category->id == "c32");
    CHECK(category->children.empty());

    const std::string tooDeep = bankWith(question, nested(33));
    CHECK_FALSE(checkBothPaths(tooDeep, "test.xml"));
    const ReadResult result = readBankBytes(tooDeep, "test.xml", {});
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].code == "category-too-deep");
}

TEST_CASE("the scan checks UTF-8 piece by piece with the same answer as over the whole text") {
    constexpr std::size_t kBoundary = 128 * 1024;  // where the scan's first two pieces meet
    const auto scanOf = [](const std::string& text) {
        return reader::SourceScan(text, 0, text.size()).validUtf8;
    };
    std::string text(3 * kBoundary, 'a');
    CHECK(scanOf(text));
    for (std::size_t first : {kBoundary - 3, kBoundary - 2, kBoundary - 1, kBoundary}) {
        INFO("a character starting " << first);
        std::string straddling = text;
        straddling.replace(first, 3, "质");
        CHECK(scanOf(straddling));
        straddling[first + 2] = 'a';  // its last byte missing
        CHECK_FALSE(scanOf(straddling));
    }
    std::string orphan = text;
    orphan[kBoundary] = '\x80';
    CHECK_FALSE(scanOf(orphan));
    std::string longRun = text;
    longRun.replace(kBoundary - 2, 4, "\x80\x80\x80\x80");
    CHECK_FALSE(scanOf(longRun));

    std::string copy(text.size(), '\0');
    reader::SourceScan copied(copy, 0, copy.size(), text.data());
    CHECK(copy == text);  // the scan filled the buffer it read from the source
    CHECK(copied.lineStarts == std::vector<std::size_t>{0});
}
