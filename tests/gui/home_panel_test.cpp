#include <catch2/catch.hpp>

#include <string>

#include "frame_fixture.h"

using namespace tqm::gui;
using namespace tqm::gui::test;

TEST_CASE("a bank with an error is still shown, with its problem listed on Home") {
    FramePtr frame = openFrame("gui/broken");
    REQUIRE(frame->library().banks().size() == 1);
    CHECK(frame->library().banks()[0].bank().questions.size() == 2);

    const ProblemList& problems = *frame->home()->problemList();
    REQUIRE(problems.GetItemCount() == 1);
    CHECK(problems.GetItemText(0, 0) == "broken.xml:8:5");
    CHECK(problems.GetItemText(0, 1) == wxString::FromUTF8("错误"));
    CHECK(problems.GetItemText(0, 2) == wxString::FromUTF8("正确选项个数不对"));
    CHECK(problems.GetItemText(0, 3) ==
          "question \"bad-001\": single-choice question has 2 correct options; it needs exactly 1");

    const std::string summary = frame->home()->summary()->ToText().utf8_string();
    CHECK_THAT(summary, Catch::Contains("有问题的题库"));
    CHECK_THAT(summary, Catch::Contains("1 个错误"));
}

TEST_CASE("Home shows each bank's identity and its questions by type and difficulty") {
    FramePtr frame = openFrame("gui/basic");
    CHECK(frame->home()->problemList()->GetItemCount() == 0);
    const std::string summary = frame->home()->summary()->ToText().utf8_string();
    CHECK_THAT(summary, Catch::Contains("全面质量管理基础题库（界面测试）"));
    CHECK_THAT(summary, Catch::Contains("gui-basic"));
    CHECK_THAT(summary, Catch::Contains("2.1.0"));
    CHECK_THAT(summary, Catch::Contains("示例制造有限公司 质量部"));
    CHECK_THAT(summary, Catch::Contains("未发现问题"));
}
