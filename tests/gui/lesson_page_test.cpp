#include <catch2/catch.hpp>

#include <string>

#include "gui_session.h"
#include "learn/lesson_page.h"
#include "widgets/html_text.h"
#include "widgets/text_wrap.h"

#include <wx/frame.h>

using namespace tqm::gui;

TEST_CASE("word breaks go between Chinese characters of the text, never inside a tag") {
    CHECK(htmlWithWordBreaks("<p class=\"中文\">质量管理</p>") ==
          "<p class=\"中文\">质<wbr>量<wbr>管<wbr>理</p>");
    CHECK(htmlWithWordBreaks("<td>GB/T 19580</td>") == "<td>GB/T 19580</td>");
    CHECK(htmlWithWordBreaks("质量。&amp;好") == "质<wbr>量。&amp;<wbr>好");
}

TEST_CASE("a lesson page rules its tables and fits its figures to the page") {
    HtmlColours colours;
    colours.background = "#fafafa";
    const std::string html = lessonPageHtml(
        "<table><thead><tr><th>项</th></tr></thead></table><p><img src=\"file:///a.png\" "
        "alt=\"图\"></p><thead>",
        colours);
    CHECK_THAT(html, Catch::StartsWith("<html><body bgcolor=\"#fafafa\""));
    CHECK_THAT(html, Catch::Contains("<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\">"));
    CHECK_THAT(html, Catch::Contains("<th bgcolor=\"" + colours.tableHeader + "\">"));
    CHECK_THAT(html, Catch::Contains("<img width=\"92%\" src=\"file:///a.png\""));
    // <thead> is not <th>.
    CHECK_THAT(html, Catch::Contains("<thead>"));
}

TEST_CASE("a label wraps between Chinese characters and at spaces, within the width") {
    tqm::gui::test::startWx();
    wxFrame frame(nullptr, wxID_ANY, "wrap");
    const wxString text =
        wxString::FromUTF8("读懂 GB/T 19580-2012 的九项基本理念、七个类目和 1000 分的分值结构");
    const int width = frame.GetTextExtent(wxString::FromUTF8("读懂读懂读懂读懂")).x;
    const wxString wrapped = wrappedText(frame, text, width);
    for (const wxString& line : wxSplit(wrapped, '\n', '\0')) {
        CHECK(frame.GetTextExtent(line).x <= width);
        CHECK_FALSE(line.StartsWith(wxString::FromUTF8("、")));
    }
    wxString joined = wrapped;
    joined.Replace("\n", "");
    wxString compact = text;
    compact.Replace(" ", "");
    joined.Replace(" ", "");
    CHECK(joined == compact);
}
