// The GUI tests' entry point. wx is not started here: catch_discover_tests lists the tests at
// build time, where there is no display. Each test starts it through gui_session.h.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "gui_session.h"

int main(int argc, char* argv[]) {
    tqm::gui::test::rememberProgramName(argc > 0 ? argv[0] : "tqm-gui-tests");
    return Catch::Session().run(argc, argv);
}
