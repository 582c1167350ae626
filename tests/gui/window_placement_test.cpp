// A restored window is brought back on screen when the display it was on is gone.
#include <catch2/catch.hpp>

#include "app/window_placement.h"

using tqm::gui::placeOnScreen;

TEST_CASE("a window on screen keeps its place and one off every display is brought back") {
    const std::vector<wxRect> one{wxRect(0, 0, 1920, 1040)};
    SECTION("wholly on the display: unchanged") {
        CHECK(placeOnScreen(wxRect(100, 50, 1280, 800), one) == wxRect(100, 50, 1280, 800));
    }
    SECTION("on a display that is gone (to the right): moved to the primary's right edge") {
        CHECK(placeOnScreen(wxRect(2500, 100, 1280, 800), one) == wxRect(640, 100, 1280, 800));
    }
    SECTION("above and left of every display: moved to the top left corner") {
        CHECK(placeOnScreen(wxRect(-3000, -900, 1280, 800), one) == wxRect(0, 0, 1280, 800));
    }
    SECTION("partly off the bottom: moved up just enough") {
        CHECK(placeOnScreen(wxRect(200, 600, 1280, 800), one) == wxRect(200, 240, 1280, 800));
    }
    SECTION("larger than the display: shrunk to it") {
        CHECK(placeOnScreen(wxRect(-10, -10, 2560, 1440), one) == wxRect(0, 0, 1920, 1040));
    }
    SECTION("no display known: unchanged") {
        CHECK(placeOnScreen(wxRect(5000, 5000, 800, 600), {}) == wxRect(5000, 5000, 800, 600));
    }
}

TEST_CASE("with two displays a window may span both and goes to the one it overlaps most") {
    const std::vector<wxRect> two{wxRect(0, 0, 1920, 1080), wxRect(1920, 0, 1280, 1024)};
    CHECK(placeOnScreen(wxRect(1500, 100, 1000, 700), two) == wxRect(1500, 100, 1000, 700));
    // Hanging off the bottom of the second display, mostly on it.
    CHECK(placeOnScreen(wxRect(2000, 600, 1000, 700), two) == wxRect(2000, 324, 1000, 700));
    // On a third display that is no longer connected: the primary.
    CHECK(placeOnScreen(wxRect(4000, 0, 800, 600), two) == wxRect(1120, 0, 800, 600));
}
