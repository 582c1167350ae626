// The banks are read on a worker thread while the window is already usable, and shown once read.
#include <catch2/catch.hpp>

#include <wx/statusbr.h>

#include "frame_fixture.h"
#include "store/database.h"

using namespace tqm::gui;
using namespace tqm::gui::test;

TEST_CASE("banks read in the background are shown once read, with a loading note meanwhile") {
    startWx();
    MainFrameOptions options;
    options.bankFolder = testData("gui/basic");
    options.loadBanksInBackground = true;
    // A database of its own holds the organizer password that opens the question banks.
    options.databaseFile = tqm::store::kInMemory;
    FramePtr frame = openFrame(options);
    // openFrame pumps events, so the read may be over already; it is started here again to
    // see the window while it runs.
    REQUIRE(pumpUntil([&] { return !frame->loadingBanks(); }));
    frame->reloadBanks();
    CHECK(frame->loadingBanks());
    CHECK(frame->GetStatusBar()->GetStatusText(1) == wxString::FromUTF8("正在加载题库…"));
    frame->showScreen(Screen::QuestionBank);  // the window answers while the banks are read
    CHECK(frame->currentScreen() == Screen::QuestionBank);

    REQUIRE(pumpUntil([&] { return !frame->loadingBanks(); }, std::chrono::seconds(10)));
    CHECK(frame->library().banks().size() == 1);
    CHECK(frame->library().questionCount() == 9);
    CHECK(frame->browser()->list()->rows().size() == 9);
    CHECK(frame->GetStatusBar()->GetStatusText(1).StartsWith(wxString::FromUTF8("题库：1")));
}
