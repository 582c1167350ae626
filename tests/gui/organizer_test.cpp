#include <catch2/catch.hpp>

#include <chrono>
#include <functional>
#include <optional>
#include <string>

#include <SQLiteCpp/Statement.h>
#include <wx/app.h>

#include "learner_fixture.h"
#include "organizer/password_dialog.h"

using namespace tqm::gui;
using namespace tqm::gui::test;

namespace {

// A main window on its own database file with the organizer screens shut, as at a first start.
FramePtr openLockedFrame(const LearnerFixture& fixture) {
    startWx();
    applyLanguage(UiLanguage::Chinese);
    MainFrameOptions options;
    options.bankFolder = testData("gui/basic");
    options.databaseFile = fixture.databaseFile();
    options.rememberGeometry = false;
    FramePtr frame(new MainFrame(options));
    frame->Show();
    pumpEvents();
    return frame;
}

// What a script saw in the password dialog while it was open.
struct Seen {
    std::optional<PasswordDialogMode> mode;
    std::string problem;
    bool stillOpen = false;
    bool busySeen = false;  // the dialog waited for the check with its buttons disabled
};

void click(wxWindow& button, int id) {
    wxCommandEvent event(wxEVT_BUTTON, id);
    event.SetEventObject(&button);
    button.HandleWindowEvent(event);
}

// Types into the dialog the lock shows next, once it is open: each attempt is (password,
// confirmation); after the last one, if the dialog is still open, it is cancelled.
void answerNextDialog(OrganizerLock& lock,
                      std::vector<std::pair<std::string, std::string>> attempts, Seen& seen) {
    wxTheApp->CallAfter([&lock, attempts, &seen] {
        OrganizerPasswordDialog* dialog = lock.openDialog();
        if (!dialog) return;
        seen.mode = dialog->mode();
        for (const auto& [password, confirmation] : attempts) {
            dialog->passwordBox()->SetValue(wxString::FromUTF8(password));
            if (dialog->confirmationBox())
                dialog->confirmationBox()->SetValue(wxString::FromUTF8(confirmation));
            click(*dialog->okButton(), wxID_OK);
            // The check runs on a worker thread; the dialog stays responsive meanwhile.
            seen.busySeen = seen.busySeen || !dialog->okButton()->IsEnabled();
            pumpUntil([&] { return !lock.busy(); }, std::chrono::seconds(10));
            if (!dialog->IsModal()) return;  // accepted: the dialog was ended
            seen.problem = dialog->problemText()->GetLabel().utf8_string();
        }
        seen.stillOpen = true;
        click(*dialog->FindWindow(wxID_CANCEL), wxID_CANCEL);
    });
}

std::optional<std::string> storedHash(const std::filesystem::path& databaseFile) {
    SQLite::Database database(databaseFile.string(), SQLite::OPEN_READONLY);
    SQLite::Statement query(database, "SELECT hash FROM organizer_password");
    if (!query.executeStep()) return std::nullopt;
    return query.getColumn(0).getString();
}

}  // namespace

TEST_CASE("the admin screen is shown only after the organizer password is set, then typed") {
    LearnerFixture fixture("organizer");
    FramePtr frame = openLockedFrame(fixture);
    OrganizerLock& lock = frame->organizerLock();
    NavRail& rail = *frame->rail();
    CHECK(rail.isLocked(static_cast<int>(Screen::QuestionBank)));
    CHECK(rail.isLocked(static_cast<int>(Screen::Admin)));

    // First use: a password that is too short, then two that differ, are refused in the dialog.
    Seen refused;
    answerNextDialog(lock, {{"short", "short"}}, refused);
    frame->showScreen(Screen::Admin);
    CHECK(refused.mode == PasswordDialogMode::SetFirst);
    CHECK(refused.problem == "密码至少需要 8 个字符。");
    CHECK(refused.stillOpen);
    CHECK(refused.busySeen);
    CHECK(frame->currentScreen() == Screen::Home);
    CHECK(rail.selection() == static_cast<int>(Screen::Home));
    CHECK_FALSE(storedHash(fixture.databaseFile()));

    Seen set;
    answerNextDialog(lock, {{"质量第一-2026", "质量第一-2025"}, {"质量第一-2026", "质量第一-2026"}},
                     set);
    frame->showScreen(Screen::Admin);
    CHECK(set.problem == "两次输入的密码不一致，请在两个框中输入相同的密码。");
    CHECK_FALSE(set.stillOpen);
    CHECK(frame->currentScreen() == Screen::Admin);
    CHECK_FALSE(rail.isLocked(static_cast<int>(Screen::Admin)));
    const std::optional<std::string> hash = storedHash(fixture.databaseFile());
    REQUIRE(hash);
    CHECK(hash->rfind("$argon2id$v=19$m=65536,t=2,p=1$", 0) == 0);

    // 锁定 leaves the organizer screen; the wrong password does not open it again.
    lock.lock();
    CHECK(frame->currentScreen() == Screen::Home);
    CHECK(rail.isLocked(static_cast<int>(Screen::Admin)));

    Seen wrong;
    answerNextDialog(lock, {{"质量第一-2025", ""}}, wrong);
    frame->showScreen(Screen::Admin);
    CHECK(wrong.mode == PasswordDialogMode::Unlock);
    CHECK(wrong.problem == "密码错误，请重新输入。");
    CHECK(wrong.stillOpen);
    CHECK(frame->currentScreen() == Screen::Home);

    Seen right;
    answerNextDialog(lock, {{"质量第一-2026", ""}}, right);
    frame->showScreen(Screen::QuestionBank);
    CHECK_FALSE(right.stillOpen);
    CHECK(frame->currentScreen() == Screen::QuestionBank);
    // Once open, both organizer screens stay open without asking again.
    frame->showScreen(Screen::Admin);
    CHECK(frame->currentScreen() == Screen::Admin);
}

TEST_CASE("the lock button on the question bank screen shuts the organizer screens") {
    LearnerFixture fixture("organizer-lock");
    FramePtr frame = fixture.open();
    frame->showScreen(Screen::QuestionBank);
    REQUIRE(frame->currentScreen() == Screen::QuestionBank);
    click(*frame->browser()->lockButton(), frame->browser()->lockButton()->GetId());
    CHECK_FALSE(frame->organizerLock().unlocked());
    CHECK(frame->currentScreen() == Screen::Home);
    CHECK(frame->rail()->isLocked(static_cast<int>(Screen::QuestionBank)));
}
