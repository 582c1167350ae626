// LineFitMeasure answers a cell's height from cached advances only when a full layout would give
// the very same height.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "report/line_fit_measure.h"
#include "text_surface.h"

using tqm::report::LineFitMeasure;
using tqm::report::TextSetter;
using tqm::report::TextStyle;

namespace {

TextStyle cellStyle(const std::string& family, bool bold, PangoAlignment align) {
    return {family, 9.5, bold, {0.1, 0.1, 0.1}, align};
}

const std::vector<std::string> kCells{
    "",
    "1.5",
    "26",
    "1,234.50",
    "E000001",
    "员工10000",
    "10车间",
    "质检科",
    "Tom Lee",
    "欧阳建国",
    "2026-01",
    "参加质量管理小组活动并完成现场改善课题，成果在车间发布会上交流",
    "补修《统计过程控制》《测量系统分析》三门课程，考试合格后登记学时",
    "line one\nline two",
    "tab\tstop",
    "AVATAR Wave To",
    "ffi ligature office",
    "😀 表情",
    "مرحبا بالعالم",
    "e\u0301te\u0301",
    "a\u200bb\u200bc",
    "   spaces   ",
};

}  // namespace

TEST_CASE("a cell measured from cached advances has exactly the height a full layout gives") {
    tqm::reporttest::TextSurface surface;
    REQUIRE(surface.fonts);
    TextSetter text(surface.cr.get(), *surface.fonts);
    LineFitMeasure measure(text);
    for (const bool bold : {false, true}) {
        for (const PangoAlignment align : {PANGO_ALIGN_LEFT, PANGO_ALIGN_RIGHT}) {
            const TextStyle style = cellStyle(surface.fonts->text, bold, align);
            for (const std::string& cell : kCells) {
                // From narrower than one character to wider than every cell, with steps that
                // fall on both sides of each cell's natural width.
                for (double width = 6; width < 420; width += 3.7) {
                    INFO(cell << " at width " << width << (bold ? " bold" : ""));
                    CHECK(measure.height(cell, style, width) ==
                          text.measureHeight(cell, style, width));
                }
            }
        }
    }
    // Both ways were taken: most short cells skip the layout, wrapping ones do not.
    CHECK(measure.shortcuts() > measure.layouts() / 2);
    CHECK(measure.layouts() > 1000);
}

TEST_CASE("a cell near its column's edge, or breaking its line, is laid out in full") {
    tqm::reporttest::TextSurface surface;
    REQUIRE(surface.fonts);
    TextSetter text(surface.cr.get(), *surface.fonts);
    const TextStyle style = cellStyle(surface.fonts->text, false, PANGO_ALIGN_RIGHT);
    const double natural = text.measureWidth("1,234.50", style.family, style.size, false);
    const double oneLine = text.measureHeight("1", style, 0);

    LineFitMeasure measure(text);
    CHECK(measure.height("1,234.50", style, natural + 40) == oneLine);
    CHECK(measure.shortcuts() == 1);
    // Within the safety margin: Pango decides, and it still fits.
    CHECK(measure.height("1,234.50", style, natural + 0.5) == oneLine);
    CHECK(measure.layouts() == 1);
    // A hair too narrow: it wraps.
    CHECK(measure.height("1,234.50", style, natural - 0.5) == 2 * oneLine);
    CHECK(measure.layouts() == 2);
    // A line break or a character from another font never takes the shortcut.
    CHECK(measure.height("a\nb", style, 300) == 2 * oneLine);
    CHECK(measure.height("😀", style, 300) == text.measureHeight("😀", style, 300));
    CHECK(measure.layouts() == 4);
    CHECK(measure.shortcuts() == 1);
}
