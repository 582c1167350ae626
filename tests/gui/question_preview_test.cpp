// The preview's HTML is pure string work: these tests need no display.
#include <catch2/catch.hpp>

#include <string>

#include <wx/translation.h>

#include "bank_browser/question_preview.h"
#include "widgets/html_text.h"

using namespace tqm::gui;
using tqm::bank::Bank;
using tqm::bank::Question;
using tqm::bank::QuestionType;

namespace {

Bank bankWith(Question question) {
    Bank bank;
    bank.id = "b";
    bank.categories.push_back({bank.keep("tools"), bank.keep("质量工具"), {}, {}});
    bank.categories[0].children.push_back({bank.keep("tools.pareto"), bank.keep("排列图"), {}, {}});
    bank.questions.push_back(std::move(question));
    bank.reindex();
    return bank;
}

// The labels are checked in English, the source language, whatever an earlier test installed.
struct SourceLanguage {
    SourceLanguage() { wxTranslations::Set(nullptr); }
};

std::string previewOf(const Bank& bank) {
    SourceLanguage english;
    return questionPreviewHtml(bank, bank.questions.front(), {}, HtmlColours{});
}

}  // namespace

TEST_CASE("bank text in the preview is escaped so it cannot inject markup") {
    Question q;
    q.id = "x<1>";
    q.type = QuestionType::SingleChoice;
    q.category = "tools";
    q.stem = "<script>alert('a & b')</script>";
    q.choices = {{"<b>bold</b>", true}, {"\"quoted\"", false}};
    q.explanation = "line 1\nline <2>";
    q.tags = {"<i>"};
    const std::string html = previewOf(bankWith(q));
    CHECK_THAT(html, Catch::Contains("&lt;script&gt;alert(&#39;a &amp; b&#39;)&lt;/script&gt;"));
    CHECK_THAT(html, Catch::Contains("x&lt;1&gt;"));
    CHECK_THAT(html, Catch::Contains("&lt;b&gt;bold&lt;/b&gt;"));
    CHECK_THAT(html, Catch::Contains("&quot;quoted&quot;"));
    CHECK_THAT(html, Catch::Contains("line 1<br>line &lt;2&gt;"));
    CHECK_THAT(html, Catch::Contains("&lt;i&gt;"));
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<i>") == std::string::npos);
}

TEST_CASE("choice options are lettered A, B, C and only the correct ones are marked") {
    Question q;
    q.id = "m1";
    q.type = QuestionType::MultipleChoice;
    q.category = "tools.pareto";
    q.stem = "stem";
    q.choices = {{"first", true}, {"second", false}, {"third", true}};
    const std::string html = previewOf(bankWith(q));
    const auto marks = [&html] {
        std::size_t count = 0;
        for (auto at = html.find("&#10004;"); at != std::string::npos;
             at = html.find("&#10004;", at + 1))
            ++count;
        return count;
    }();
    CHECK(marks == 2);
    CHECK_THAT(html, Catch::Contains("<b>A.</b></font></td><td><font color=\"#1b7f3b\"><b>first"));
    CHECK_THAT(html, Catch::Contains("<tr><td><b>B.</b></td><td>second</td><td></td></tr>"));
    CHECK_THAT(html, Catch::Contains("<b>C.</b></font></td><td><font color=\"#1b7f3b\"><b>third"));
    // The category is shown as its path of titles.
    CHECK_THAT(html, Catch::Contains("质量工具 &#8250; 排列图"));
    CHECK_THAT(html, Catch::Contains("All or nothing"));
}

TEST_CASE("each type's answer key is in the preview") {
    Question q;
    q.id = "q";
    q.category = "tools";
    q.stem = "stem";
    SECTION("true or false") {
        q.type = QuestionType::TrueFalse;
        q.answerTrue = false;
        CHECK_THAT(previewOf(bankWith(q)), Catch::Contains("<b>False</b>"));
    }
    SECTION("fill in the blank: every accepted answer, and numbers with their tolerance") {
        q.type = QuestionType::FillBlank;
        q.stem = "a ____ b ____";
        q.blanks = {{{"实施", "Do"}, std::nullopt, 0.0}, {{}, 1.33, 0.01}};
        const std::string html = previewOf(bankWith(q));
        CHECK_THAT(html, Catch::Contains("Blank 1: <font color=\"#1b7f3b\"><b>实施 / Do</b>"));
        CHECK_THAT(html,
                   Catch::Contains("Blank 2: <font color=\"#1b7f3b\"><b>1.33 &#177; 0.01</b>"));
        CHECK_THAT(html, Catch::Contains("Letter case does not matter."));
    }
    SECTION("ordering: the items in their correct order") {
        q.type = QuestionType::Ordering;
        q.choices = {{"one", false}, {"two", false}};
        CHECK_THAT(previewOf(bankWith(q)),
                   Catch::Contains("<ol><li><font color=\"#1b7f3b\">one</font></li><li><font "
                                   "color=\"#1b7f3b\">two</font></li></ol>"));
    }
    SECTION("matching: each prompt with its answer") {
        q.type = QuestionType::Matching;
        q.pairs = {{"排列图", "找出主要问题"}};
        CHECK_THAT(
            previewOf(bankWith(q)),
            Catch::Contains("<td>排<wbr>列<wbr>图</td><td>&#8594;</td><td><font "
                            "color=\"#1b7f3b\">找<wbr>出<wbr>主<wbr>要<wbr>问<wbr>题</font></td>"));
    }
    SECTION("short answer: the reference answer and the grading notes") {
        q.type = QuestionType::ShortAnswer;
        q.referenceAnswer = "reference";
        q.gradingNotes = "notes";
        const std::string html = previewOf(bankWith(q));
        CHECK_THAT(html, Catch::Contains("<p><b>Reference answer</b><br>reference</p>"));
        CHECK_THAT(html, Catch::Contains("<p><b>Grading notes</b><br>notes</p>"));
    }
}

TEST_CASE("the preview lists source, tags, positions, difficulty, points and scoring") {
    Question q;
    q.id = "q";
    q.type = QuestionType::MultipleChoice;
    q.category = "tools";
    q.stem = "stem";
    q.difficulty = 4;
    q.points = 2.5;
    q.scoring = tqm::bank::MultipleChoiceScoring::Partial;
    q.source = "GB/T 19001-2016 7.1.6";
    q.tags = {"三全", "基础"};
    q.positions = {"班组长"};
    const std::string html = previewOf(bankWith(q));
    CHECK_THAT(html, Catch::Contains(">GB/T 19001-2016 7.1.6</td>"));
    CHECK_THAT(html, Catch::Contains(">三全&#12289;基础</td>"));
    CHECK_THAT(html, Catch::Contains(">班组长</td>"));
    CHECK_THAT(html, Catch::Contains(">★★★★☆</td>"));
    CHECK_THAT(html, Catch::Contains(">2.5 points</td>"));
    CHECK_THAT(html, Catch::Contains("Partial credit"));
}

TEST_CASE("an image whose path leaves the bank folder is named but not shown") {
    Question q;
    q.id = "q";
    q.type = QuestionType::TrueFalse;
    q.category = "tools";
    q.stem = "stem";
    q.images = {"../secret.png"};
    const Bank bank = bankWith(q);
    SourceLanguage english;
    const std::string html =
        questionPreviewHtml(bank, bank.questions.front(), TQM_TEST_DATA_DIR, HtmlColours{});
    CHECK(html.find("<img") == std::string::npos);
    CHECK_THAT(html, Catch::Contains("Image not shown: ../secret.png"));
}

TEST_CASE("htmlEscape replaces the five markup characters and nothing else") {
    CHECK(htmlEscape("a&b<c>d\"e'f 中文") == "a&amp;b&lt;c&gt;d&quot;e&#39;f 中文");
}

TEST_CASE("a paragraph keeps its line breaks and may wrap between Chinese characters") {
    CHECK(htmlParagraph("a <b>\r\nline two") == "a &lt;b&gt;<br>line two");
    CHECK(htmlParagraph("质量管理") == "质<wbr>量<wbr>管<wbr>理");
    CHECK(htmlParagraph("PDCA循环") == "PDCA<wbr>循<wbr>环");
    CHECK(htmlParagraph("A & 中") == "A &amp; 中");
}

TEST_CASE("a paragraph never wraps before closing or after opening punctuation") {
    CHECK(htmlParagraph("是，否。") == "是，<wbr>否。");
    CHECK(htmlParagraph("“三全”指") == "“三<wbr>全”<wbr>指");
    CHECK(htmlParagraph("（甲）乙") == "（甲）<wbr>乙");
}

TEST_CASE("a wide image is scaled down to the preview width keeping its proportions") {
    Question q;
    q.id = "q";
    q.type = QuestionType::TrueFalse;
    q.category = "tools";
    q.stem = "stem";
    q.images = {"images/wide.png", "images/small.png"};
    const Bank bank = bankWith(q);
    const auto dir = std::filesystem::path(TQM_TEST_DATA_DIR) / "gui";
    const ImageSizeReader sizes = [](const std::filesystem::path& file) {
        return file.filename() == "wide.png" ? PixelSize{720, 400} : PixelSize{200, 100};
    };
    SourceLanguage english;
    const std::string html = questionPreviewHtml(bank, bank.questions.front(), dir, {}, sizes);
    CHECK_THAT(html, Catch::Contains("images/wide.png\" alt=\"images/wide.png\" width=\"360\" "
                                     "height=\"200\">"));
    CHECK_THAT(html, Catch::Contains("images/small.png\" alt=\"images/small.png\">"));
}
