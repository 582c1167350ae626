// The text setter keeps layouts between texts; what it measures must not depend on what it set
// before.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "report/certificate_text.h"
#include "text_surface.h"

using tqm::report::TextSetter;
using tqm::report::TextStyle;

TEST_CASE("a kept layout measures a text as a fresh setter does, whatever came before") {
    tqm::reporttest::TextSurface surface;
    REQUIRE(surface.fonts);
    const std::string family = surface.fonts->text;
    const std::vector<TextStyle> styles{
        {family, 9.5, false, {}, PANGO_ALIGN_LEFT},
        {family, 9.5, true, {}, PANGO_ALIGN_CENTER},
        {family, 16, false, {}, PANGO_ALIGN_RIGHT, 0.25},
        {"monospace", 6, false, {}, PANGO_ALIGN_LEFT, 0, true},
    };
    const std::vector<double> widths{0, 40, 120};
    // Repeats (kept in layouts of their own after the second time) between unique texts.
    const std::vector<std::string> texts{"1.5", "员工1", "1.5",    "质检科",
                                         "1.5", "员工2", "质检科", "补修统计过程控制课程并登记学时",
                                         "1.5", ""};
    TextSetter kept(surface.cr.get(), *surface.fonts);
    int compared = 0;
    for (int round = 0; round < 3; ++round) {
        for (const std::string& text : texts) {
            for (const TextStyle& style : styles) {
                for (const double width : widths) {
                    TextSetter fresh(surface.cr.get(), *surface.fonts);
                    const auto expected = fresh.measure(text, style, width);
                    const auto got = kept.measure(text, style, width);
                    INFO(text << " width " << width << " size " << style.size);
                    CHECK(got.width == expected.width);
                    CHECK(got.height == expected.height);
                    CHECK(got.baseline == expected.baseline);
                    CHECK(kept.lineCount(text, style, width) ==
                          fresh.lineCount(text, style, width));
                    ++compared;
                }
            }
        }
    }
    CHECK(compared == 360);
}
