// The main window: the navigation rail on the left, the person signed in above the current
// screen beside it, a menu (File: open, reload, quit; Help: about) and a status bar with counts.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include <wx/button.h>
#include <wx/frame.h>
#include <wx/simplebook.h>
#include <wx/stattext.h>

#include "admin/admin_panel.h"
#include "app/settings.h"
#include "bank_browser/bank_actions.h"
#include "bank_browser/bank_browser_panel.h"
#include "bank_browser/bank_library.h"
#include "exam/exams_panel.h"
#include "home/home_panel.h"
#include "learn/learn_panel.h"
#include "learn/learner_workspace.h"
#include "organizer/organizer_lock.h"
#include "practice/practice_panel.h"
#include "sign_in/sign_in_panel.h"
#include "widgets/nav_rail.h"

namespace tqm::gui {

// The screens of the rail, in rail order, then the sign-in screen, which the rail does not list.
enum class Screen { Home, Learn, Practice, Exams, QuestionBank, Admin, SignIn };

struct MainFrameOptions {
    std::optional<std::filesystem::path> bankFolder;
    std::vector<std::filesystem::path> bankFiles;
    // Where imported banks are saved by default; its banks are loaded too. Nothing for tests and
    // screenshots, which must not read or write the user's banks.
    std::optional<std::filesystem::path> userBankFolder;
    // The database; nothing when the user's data folder is unknown and none was named.
    std::optional<std::filesystem::path> databaseFile;
    // The courses; nothing when no content folder was found.
    std::optional<std::filesystem::path> contentDir;
    // The time for every screen and the database; the system's when none (tests pass a fake).
    Clock* clock = nullptr;
    // Off for tests and screenshots, which must neither depend on nor change the user's layout.
    bool rememberGeometry = true;
};

class MainFrame : public wxFrame {
  public:
    explicit MainFrame(const MainFrameOptions& options);
    ~MainFrame() override;

    void showScreen(Screen screen);
    Screen currentScreen() const;
    // Reads a bank file and shows it; false when it was loaded already.
    bool openBank(const std::filesystem::path& file);
    void reloadBanks();
    // Why the database could not be opened, in the user's words; empty when it was.
    wxString databaseProblem() const;
    // Tells the user databaseProblem() in a dialog; nothing when the database was opened.
    void showDatabaseProblem();
    void signIn(const store::Person& person);
    // Signs the person out and shows the sign-in screen.
    void switchLearner();

    const BankLibrary& library() const { return library_; }
    NavRail* rail() const { return rail_; }
    HomePanel* home() const { return home_; }
    BankBrowserPanel* browser() const { return browser_; }
    LearnPanel* learn() const { return learn_; }
    PracticePanel* practice() const { return practice_; }
    ExamsPanel* exams() const { return exams_; }
    AdminPanel* admin() const { return admin_; }
    SignInPanel* signInPanel() const { return signIn_; }
    LearnerWorkspace& workspace() { return workspace_; }
    wxString learnerText() const { return learner_->GetLabel(); }
    wxButton* switchLearnerButton() const { return switchLearner_; }
    // The password that opens the question banks and the admin screens.
    OrganizerLock& organizerLock() { return organizer_; }
    BankActions& bankActions() { return *bankActions_; }

  private:
    void buildMenus();
    wxSizer* buildLearnerBar();
    void updateLearner();
    void showLibrary();
    void updateTotals();
    // Shows the organizer screens' padlocks and leaves them when they were locked.
    void showOrganizerLock();
    void onOpen(wxCommandEvent& event);
    void onAbout(wxCommandEvent& event);

    BankLibrary library_;
    LearnerWorkspace workspace_;
    OrganizerLock organizer_{workspace_};
    std::unique_ptr<BankActions> bankActions_;
    Settings settings_;
    NavRail* rail_ = nullptr;
    wxSimplebook* pages_ = nullptr;
    HomePanel* home_ = nullptr;
    BankBrowserPanel* browser_ = nullptr;
    LearnPanel* learn_ = nullptr;
    PracticePanel* practice_ = nullptr;
    ExamsPanel* exams_ = nullptr;
    AdminPanel* admin_ = nullptr;
    SignInPanel* signIn_ = nullptr;
    wxStaticText* learner_ = nullptr;
    wxButton* switchLearner_ = nullptr;
    // Where to go once someone signs in: the personal screen that asked who it is.
    Screen afterSignIn_ = Screen::Learn;
};

}  // namespace tqm::gui
