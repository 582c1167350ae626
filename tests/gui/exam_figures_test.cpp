// Figures in an exam: the paper keeps each image's path and digest, the exam view draws it under
// the stem scaled to fit (never enlarged), a file gone since the paper was made is named in its
// place, and the result's review shows the figures too, with its label column never wrapping.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

#include "base/sha256.h"
#include "exam/exam_frame.h"
#include "exam/review_html.h"
#include "exam_fixture.h"
#include "session/exam_service.h"

using namespace tqm::gui;
using namespace tqm::gui::test;

namespace {

// A bank with three questions that each show one figure: wide.png (720 x 400) on a single
// choice, small.png (200 x 100) on a true/false, and gone.png, a copy of small.png that the test
// removes once the paper is made, on a second true/false. The blueprint asks all three in order.
struct FigureFiles {
    explicit FigureFiles(const std::filesystem::path& folder) : folder(folder / "figures") {
        std::filesystem::create_directories(this->folder / "images");
        for (const char* name : {"wide.png", "small.png"})
            std::filesystem::copy_file(testData(std::string("gui/images/") + name),
                                       this->folder / "images" / name);
        std::filesystem::copy_file(testData("gui/images/small.png"),
                                   this->folder / "images" / "gone.png");
        std::ofstream(bank()) << R"(<?xml version="1.0" encoding="UTF-8"?>
<bank format="1" id="figures" version="1.0.0" language="zh-CN">
  <title>带图题库</title>
  <categories><category id="tools" title="质量工具"/></categories>
  <questions>
    <single-choice id="fig-wide" category="tools">
      <stem>如图所示的排列图中，主要因素是哪一项？</stem>
      <image src="images/wide.png"/>
      <option correct="true">虚焊</option>
      <option>气孔</option>
      <explanation>累计百分比在 80% 以内的是主要因素。</explanation>
    </single-choice>
    <true-false id="fig-small" category="tools" answer="true">
      <stem>图中的控制图处于受控状态。</stem>
      <image src="images/small.png"/>
    </true-false>
    <true-false id="fig-gone" category="tools" answer="false">
      <stem>图中的直方图呈双峰型。</stem>
      <image src="images/gone.png"/>
    </true-false>
  </questions>
</bank>
)";
        std::ofstream(blueprint()) << R"(<?xml version="1.0" encoding="UTF-8"?>
<blueprint format="1" id="figure-exam" bank="figures">
  <title>看图考试</title>
  <options shuffle-questions="false" shuffle-options="false" paper="same"/>
  <section title="一、单选题" type="single-choice" points="10">
    <fixed question="fig-wide"/>
  </section>
  <section title="二、判断题" type="true-false" points="5">
    <fixed question="fig-small"/>
    <fixed question="fig-gone"/>
  </section>
</blueprint>
)";
    }
    std::filesystem::path bank() const { return folder / "figures.xml"; }
    std::filesystem::path blueprint() const { return folder / "figure-exam.xml"; }
    std::filesystem::path image(const char* name) const { return folder / "images" / name; }

    std::filesystem::path folder;
};

// What FigureFiles needs before the exam fixture makes the exam from it.
struct FigureExam {
    FigureExam()
        : files(std::filesystem::temp_directory_path() /
                ("tqm-gui-figures-" +
                 std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()))),
          fixture("exam-figures", 10, files.blueprint(), files.bank()) {}
    ~FigureExam() {
        std::error_code ignored;
        std::filesystem::remove_all(files.folder.parent_path(), ignored);
    }
    FigureFiles files;
    ExamFixture fixture;
};

ExamFrame& startFigureExam(MainFrame& frame, std::int64_t examId) {
    ExamsPanel& exams = *frame.exams();
    REQUIRE(exams.askToStart(examId));
    REQUIRE(exams.startConfirmed());
    REQUIRE(exams.examView() != nullptr);
    pumpEvents();
    return *exams.examView();
}

// The size the exam view should draw a figure of `image` pixels at in `pane`: the text column's
// width (at most 980) by 60 % of the pane's height (at least 240), never enlarged.
wxSize expectedSize(const QuestionPane& pane, wxSize image) {
    const int width = std::min(pane.GetClientSize().x - 2 * pane.FromDIP(28), pane.FromDIP(980));
    const int height = std::max(pane.FromDIP(240), static_cast<int>(pane.GetClientSize().y * 0.6));
    const double factor = std::min(
        {1.0, static_cast<double>(width) / image.x, static_cast<double>(height) / image.y});
    return {static_cast<int>(image.x * factor), static_cast<int>(image.y * factor)};
}

}  // namespace

TEST_CASE("an exam question shows its figure under the stem, and names a file that is gone") {
    FigureExam setup;
    FramePtr frame = setup.fixture.open();
    signInThroughPanel(*frame);
    ExamFrame& view = startFigureExam(*frame, setup.fixture.examId);

    // The paper as stored keeps each figure's resolved path and the digest of its bytes.
    const auto& paper = view.attempt().paper();
    REQUIRE(paper.size() == 3);
    REQUIRE(paper[0].images.size() == 1);
    CHECK(paper[0].images[0].path == setup.files.image("wide.png").string());
    CHECK(paper[0].images[0].sha256 == tqm::sha256OfFile(setup.files.image("wide.png")).hex);
    REQUIRE(paper[2].images.size() == 1);
    CHECK(paper[2].images[0].path == setup.files.image("gone.png").string());
    // The figure is removed after the paper was made.
    std::filesystem::remove(setup.files.image("gone.png"));

    QuestionPane& pane = *view.question();
    CHECK(pane.figures()->IsShown());
    const wxSize wide = expectedSize(pane, {720, 400});
    CHECK(pane.figures()->shownSizes() == std::vector<wxSize>{wide});
    CHECK(wide.x <= 720);
    CHECK(pane.figures()->missingTexts().empty());

    // A small figure is drawn at its own size, never enlarged.
    press(view, WXK_RIGHT);
    REQUIRE(view.attempt().current() == 1);
    CHECK(pane.figures()->shownSizes() == std::vector<wxSize>{wxSize(200, 100)});

    press(view, WXK_RIGHT);
    REQUIRE(view.attempt().current() == 2);
    CHECK(pane.figures()->shownSizes() == std::vector<wxSize>{wxDefaultSize});
    CHECK(pane.figures()->missingTexts() ==
          std::vector<wxString>{wxString::FromUTF8("此图无法显示：文件 " +
                                                   setup.files.image("gone.png").string() +
                                                   " 缺失或无法读取。请告知监考老师。")});

    // Answering still works on a question whose figure is gone.
    press(view, 'B');
    CHECK(view.attempt().answered(2));
}

TEST_CASE("the result's review shows the figures, and names a figure whose file is gone") {
    FigureExam setup;
    FramePtr frame = setup.fixture.open();
    signInThroughPanel(*frame);
    ExamFrame& view = startFigureExam(*frame, setup.fixture.examId);
    press(view, 'B');  // wrong: 虚焊 (A) is right
    std::filesystem::remove(setup.files.image("gone.png"));
    view.submitNow();

    ExamsPanel& exams = *frame->exams();
    REQUIRE(pumpUntil([&] { return exams.examView() == nullptr; }));
    REQUIRE(exams.resultShown());
    ExamResultPage& result = *exams.resultPage();
    REQUIRE(result.reviewShown());
    // The figures are drawn for the review's width once the page is laid out.
    pumpEvents();
    const std::string page = result.reviewPage().utf8_string();
    CHECK_THAT(page,
               Catch::Contains("<img src=\"file://" + setup.files.image("wide.png").string()));
    CHECK_THAT(page,
               Catch::Contains("<img src=\"file://" + setup.files.image("small.png").string() +
                               "\" width=\"200\" height=\"100\">"));
    CHECK_THAT(page, Catch::Contains("图片无法显示：文件 " +
                                     setup.files.image("gone.png").string() + " 缺失或无法读取。"));
    // The first question was answered wrongly and has an explanation.
    CHECK(result.firstWrongWithExplanation() == std::size_t{0});
    CHECK(result.scrollReviewTo(2));
}

TEST_CASE("the review's labels never wrap: their spaces do not break, in English too") {
    startWx();
    applyLanguage(UiLanguage::English);
    tqm::exam::PaperQuestion question;
    question.type = tqm::bank::QuestionType::TrueFalse;
    question.stem = "Quality is built in, not inspected in.";
    question.answerTrue = true;
    question.explanation = "Inspection finds defects; it does not prevent them.";
    ReviewItem item;
    item.question = &question;
    item.answer = tqm::exam::TrueFalseAnswer{false};
    const std::string html = reviewHtml({item}, HtmlColours{});
    applyLanguage(UiLanguage::Chinese);
    CHECK_THAT(html, Catch::Contains(">Your&nbsp;answer</font></td>"));
    CHECK_THAT(html, Catch::Contains(">Correct&nbsp;answer</font></td>"));
    CHECK_THAT(html,
               Catch::Contains("<td valign=\"top\" nowrap><font color=\"#666666\">Explanation"));
}
