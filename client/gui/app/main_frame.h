// The main window: the navigation rail on the left, the person signed in above the current
// screen beside it, a menu (File: open, reload, quit; Help: about) and a status bar with counts.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

#include <wx/button.h>
#include <wx/frame.h>
#include <wx/simplebook.h>
#include <wx/stattext.h>

#include "admin/admin_panel.h"
#include "app/font_size.h"
#include "app/settings.h"
#include "bank_browser/bank_actions.h"
#include "bank_browser/bank_browser_panel.h"
#include "bank_browser/bank_library.h"
#include "cert/certificates_panel.h"
#include "compete/competitions_panel.h"
#include "exam/exams_panel.h"
#include "home/home_panel.h"
#include "learn/learn_panel.h"
#include "learn/learner_workspace.h"
#include "organizer/organizer_lock.h"
#include "practice/practice_panel.h"
#include "reports/reports_area.h"
#include "sign_in/sign_in_panel.h"
#include "widgets/nav_rail.h"

namespace tqm::gui {

// The screens of the rail, in rail order, then the sign-in screen, which the rail does not list.
enum class Screen {
    Home,
    Learn,
    Practice,
    Exams,
    Competitions,
    QuestionBank,
    Certificates,
    Reports,
    Admin,
    SignIn
};

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
    // The size of every font of the window, relative to the system's.
    FontSize fontSize = FontSize::Standard;
    // Reads the banks on a worker thread while the window is already usable (the program does;
    // tests and screenshots read them before the window opens, to see them at once).
    bool loadBanksInBackground = false;
};

class MainFrame : public wxFrame {
  public:
    explicit MainFrame(const MainFrameOptions& options);
    ~MainFrame() override;

    void showScreen(Screen screen);
    // Shows a screen's page as it is, without asking who is learning or for the organizer
    // password: for the startup benchmark, which scrolls the question list by itself and exits.
    void showPageForMeasurement(Screen screen);
    Screen currentScreen() const;
    // Reads a bank file and shows it; false when it was loaded already.
    bool openBank(const std::filesystem::path& file);
    void reloadBanks();
    // Reads the bank sources on a worker thread; the library is replaced once they are read.
    void loadBanksInBackground();
    bool loadingBanks() const { return loadingBanks_; }
    // Called on the UI thread each time a background load has been shown, with the
    // milliseconds that showing it held the UI thread.
    void setBanksLoadedHandler(std::function<void(double)> handler) {
        onBanksLoaded_ = std::move(handler);
    }
    // Why the database could not be opened, in the user's words; empty when it was.
    wxString databaseProblem() const;
    // Tells the user databaseProblem() in a dialog; nothing when the database was opened.
    void showDatabaseProblem();
    void signIn(const store::Person& person);
    // Signs the person out and shows the sign-in screen.
    void switchLearner();

    // File → Settings: the language and the font size, applied at once and remembered.
    void showSettings();
    // Installs `language` for the whole program and relabels the window.
    void setInterfaceLanguage(UiLanguage language);
    // Sets the window's font to the system's scaled by `size`; every screen follows.
    void setFontSize(FontSize size);
    FontSize fontSize() const { return fontSize_; }
    // Builds the screens again in the current language and font, keeping the person signed
    // in, the screen shown and the lesson open.
    void rebuildScreens();
    Settings& settings() { return settings_; }

    const BankLibrary& library() const { return library_; }
    NavRail* rail() const { return rail_; }
    HomePanel* home() const { return home_; }
    BankBrowserPanel* browser() const { return browser_; }
    LearnPanel* learn() const { return learn_; }
    PracticePanel* practice() const { return practice_; }
    ExamsPanel* exams() const { return exams_; }
    AdminPanel* admin() const { return admin_; }
    CertificatesPanel* certificates() const { return certificates_; }
    ReportsArea* reports() const { return reports_; }
    CompetitionsPanel* competitions() const { return competitions_; }
    SignInPanel* signInPanel() const { return signIn_; }
    LearnerWorkspace& workspace() { return workspace_; }
    wxString learnerText() const { return learner_->GetLabel(); }
    wxButton* switchLearnerButton() const { return switchLearner_; }
    // The password that opens the question banks and the admin screens.
    OrganizerLock& organizerLock() { return organizer_; }
    BankActions& bankActions() { return *bankActions_; }

  private:
    void buildStatusBar();
    void buildScreens();
    void buildMenus();
    void bindMenus();
    wxSizer* buildLearnerBar();
    void updateLearner();
    void showLibrary();
    void updateTotals();
    // Shows the organizer screens' padlocks and leaves them when they were locked.
    void showOrganizerLock();
    // Shows the organizer's certificates-due card on Home while the organizer screens are open.
    void updateDueSoonCard();
    void onOpen(wxCommandEvent& event);
    void onAbout(wxCommandEvent& event);

    BankLibrary library_;
    LearnerWorkspace workspace_;
    OrganizerLock organizer_{workspace_};
    std::unique_ptr<BankActions> bankActions_;
    std::filesystem::path importFolder_;  // where imported banks are saved
    Settings settings_;
    NavRail* rail_ = nullptr;
    wxSimplebook* pages_ = nullptr;
    HomePanel* home_ = nullptr;
    BankBrowserPanel* browser_ = nullptr;
    LearnPanel* learn_ = nullptr;
    PracticePanel* practice_ = nullptr;
    ExamsPanel* exams_ = nullptr;
    CertificatesPanel* certificates_ = nullptr;
    ReportsArea* reports_ = nullptr;
    CompetitionsPanel* competitions_ = nullptr;
    AdminPanel* admin_ = nullptr;
    SignInPanel* signIn_ = nullptr;
    wxStaticText* learner_ = nullptr;
    wxButton* switchLearner_ = nullptr;
    // Where to go once someone signs in: the personal screen that asked who it is.
    Screen afterSignIn_ = Screen::Learn;
    wxFont baseFont_;  // the system's font, before the font size is applied
    FontSize fontSize_ = FontSize::Standard;
    std::thread bankReader_;
    bool backgroundLoads_ = false;
    bool loadingBanks_ = false;
    std::function<void(double)> onBanksLoaded_;
};

}  // namespace tqm::gui
