#include "app/main_frame.h"

#include <wx/aboutdlg.h>
#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/persist/toplevel.h>
#include <wx/sizer.h>
#include <wx/statusbr.h>

#include "app/process_figures.h"
#include "app/window_placement.h"
#include "bank_browser/question_labels.h"
#include "home/learner_home.h"
#include "learn/course_texts.h"
#include "organizer/organizer_menu.h"

namespace tqm::gui {

namespace fs = std::filesystem;

namespace {
enum StatusField { kListField, kTotalsField, kFieldCount };
}

MainFrame::MainFrame(const MainFrameOptions& options)
    : wxFrame(nullptr, wxID_ANY, _("TQM Trainer")) {
    SetName("MainFrame");
    // Every screen derives its fonts from the frame's, so setting it first sizes them all.
    baseFont_ = GetFont();
    fontSize_ = options.fontSize;
    SetFont(scaledFont(baseFont_, fontSize_));
    if (options.clock) workspace_.useClock(*options.clock);
    library_.setUserFolder(options.userBankFolder);
    // Imported banks are saved in the user's bank folder, else beside the bundled ones.
    importFolder_ =
        options.userBankFolder.value_or(options.bankFolder.value_or(fs::current_path()));
    backgroundLoads_ = options.loadBanksInBackground;
    if (backgroundLoads_)
        library_.setSourcesUnread(options.bankFolder, options.bankFiles);
    else
        library_.setSources(options.bankFolder, options.bankFiles);
    if (options.databaseFile)
        workspace_.openDatabase(*options.databaseFile);
    else
        workspace_.reportNoDatabase(
            _("The user's data folder is unknown (HOME is not set). Name the database with "
              "--db PATH.")
                .utf8_string());
    if (options.contentDir) {
        // The blueprints sit beside the banks in question-bank/, which sits beside content/.
        std::error_code ignored;
        fs::path blueprints = options.contentDir->parent_path() / "question-bank" / "blueprints";
        if (!fs::is_directory(blueprints, ignored) && options.bankFolder)
            blueprints = options.bankFolder->parent_path() / "blueprints";
        workspace_.loadCourses(*options.contentDir, blueprints);
    }

    buildStatusBar();
    buildScreens();
    bindMenus();
    Bind(wxEVT_ACTIVATE, [this](wxActivateEvent& event) {
        learn_->setWindowActive(event.GetActive());
        event.Skip();
    });
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        learn_->setWindowActive(false);
        event.Skip();
    });

    SetMinSize(FromDIP(wxSize(800, 520)));
    SetSize(FromDIP(wxSize(1280, 800)));
    if (options.rememberGeometry && wxPersistentRegisterAndRestore(this, "MainFrame"))
        bringOnScreen(*this);
    else
        Centre();
    // Started first, so that the status bar says the banks are loading from the start.
    if (backgroundLoads_) loadBanksInBackground();
    showLibrary();
    learn_->showCourses();
    updateLearner();
    showOrganizerLock();
    showScreen(Screen::Home);
}

void MainFrame::buildStatusBar() {
    // A status bar's height is fixed when it is made: a new font needs a new bar.
    if (wxStatusBar* old = GetStatusBar()) {
        SetStatusBar(nullptr);
        old->Destroy();
    }
    CreateStatusBar(kFieldCount);
    const int widths[kFieldCount] = {-1, -1};
    SetStatusWidths(kFieldCount, widths);
}

void MainFrame::buildScreens() {
    rail_ = new NavRail(this);
    rail_->addEntry("home", _("Home"));
    rail_->addEntry("learn", _("Learn"));
    rail_->addEntry("practice", _("Practice"));
    rail_->addEntry("exam", _("Exams"));
    rail_->addEntry("compete", _("Competitions"));
    rail_->addEntry("bank", _("Question bank"));
    rail_->addEntry("cert", _("Certificates"));
    rail_->addEntry("report", _("Reports"));
    rail_->addEntry("admin", _("Admin"));

    pages_ = new wxSimplebook(this);
    // The screens' own minimum sizes (wide lists, the organizer's forms) must not decide how
    // small the window may be: below their size, lists scroll and forms shrink.
    pages_->SetMinSize(FromDIP(wxSize(640, 440)));
    home_ = new HomePanel(pages_, library_);
    learn_ = new LearnPanel(pages_, workspace_);
    practice_ = new PracticePanel(pages_, workspace_, library_);
    exams_ = new ExamsPanel(pages_, workspace_, library_);
    competitions_ = new CompetitionsPanel(pages_, workspace_);
    browser_ = new BankBrowserPanel(pages_, library_);
    certificates_ = new CertificatesPanel(pages_, workspace_);
    reports_ = new ReportsArea(pages_, workspace_);
    admin_ = new AdminPanel(pages_, workspace_, library_);
    signIn_ = new SignInPanel(pages_, workspace_);
    pages_->AddPage(home_, _("Home"));
    pages_->AddPage(learn_, _("Learn"));
    pages_->AddPage(practice_, _("Practice"));
    pages_->AddPage(exams_, _("Exams"));
    pages_->AddPage(competitions_, _("Competitions"));
    pages_->AddPage(browser_, _("Question bank"));
    pages_->AddPage(certificates_, _("Certificates"));
    pages_->AddPage(reports_, _("Reports"));
    pages_->AddPage(admin_, _("Admin"));
    pages_->AddPage(signIn_, _("Learner sign-in"));

    auto* content = new wxBoxSizer(wxVERTICAL);
    content->Add(buildLearnerBar(), wxSizerFlags().Expand());
    content->Add(pages_, wxSizerFlags(1).Expand());
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(rail_, wxSizerFlags().Expand());
    sizer->Add(content, wxSizerFlags(1).Expand());
    SetSizer(sizer);

    buildMenus();
    addOrganizerMenu(*this, organizer_);
    bankActions_ = std::make_unique<BankActions>(*this, library_, *browser_, workspace_.clock(),
                                                 importFolder_, [this] { showLibrary(); });
    organizer_.setChangedHandler([this](bool) { showOrganizerLock(); });
    browser_->lockButton()->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { organizer_.lock(); });

    rail_->Bind(TQM_EVT_NAV_RAIL_SELECTED,
                [this](wxCommandEvent& event) { showScreen(static_cast<Screen>(event.GetInt())); });
    browser_->setListChangedHandler([this](std::size_t listed, std::size_t total) {
        SetStatusText(wxString::Format(wxPLURAL("%zu of %zu question listed",
                                                "%zu of %zu questions listed", total),
                                       listed, total),
                      kListField);
    });

    signIn_->setSignInHandler([this](const store::Person& person) { signIn(person); });
    exams_->setShowScreenHandler([this] { showScreen(Screen::Exams); });
    learn_->setQuizHandler(
        [this](const course::Course& course) { exams_->startCourseQuiz(course); });
    home_->dueSoonCard()->setOpenHandler([this] {
        showScreen(Screen::Certificates);
        if (currentScreen() == Screen::Certificates) certificates_->showDue(kHomeDueDays);
    });
    home_->setContinueHandler([this] {
        if (const auto place = workspace_.continueLesson()) {
            showScreen(Screen::Learn);
            learn_->openLesson(place->courseId, place->lessonIndex);
        }
    });
    home_->learnerCards()->setReviewHandler([this] {
        showScreen(Screen::Practice);
        practice_->startTodaysReview();
    });
    home_->learnerCards()->setBookHandler([this] {
        showScreen(Screen::Practice);
        practice_->showBook();
    });
    home_->learnerCards()->setExamsHandler([this] { showScreen(Screen::Exams); });
}

MainFrame::~MainFrame() {
    // The screens refer to the workspace, which goes before the base class destroys them: end
    // the reading session and destroy them first.
    if (bankReader_.joinable()) bankReader_.join();
    learn_->setWindowActive(false);
    DestroyChildren();
}

wxSizer* MainFrame::buildLearnerBar() {
    learner_ = new wxStaticText(this, wxID_ANY, wxString());
    switchLearner_ = new wxButton(this, wxID_ANY, _("Switch learner"));
    switchLearner_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { switchLearner(); });
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    const int border = FromDIP(8);
    bar->AddStretchSpacer();
    bar->Add(learner_, wxSizerFlags().CentreVertical().Border(wxRIGHT, FromDIP(12)));
    bar->Add(switchLearner_, wxSizerFlags().CentreVertical());
    // Keeps the bar's height when the button is hidden, so that the screens below do not move.
    bar->Add(0, switchLearner_->GetBestSize().y);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(bar, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));
    return column;
}

void MainFrame::updateLearner() {
    const auto& person = workspace_.signedIn();
    if (person) {
        learner_->SetLabel(wxString::Format(_("Learner: %s (%s)"), wxString::FromUTF8(person->name),
                                            wxString::FromUTF8(person->employeeNo)));
        learner_->SetFont(GetFont().Bold());
        switchLearner_->SetLabel(_("Switch learner"));
    } else {
        learner_->SetLabel(_("Nobody is signed in"));
        learner_->SetFont(GetFont());
        switchLearner_->SetLabel(_("Sign in"));
    }
    switchLearner_->Enable(workspace_.hasDatabase());
    wxString lesson;
    if (const auto place = workspace_.continueLesson()) {
        if (const course::Course* course = workspace_.findCourse(place->courseId)) {
            lesson = wxString::FromUTF8(course->lessons.at(place->lessonIndex).title) + "\n" +
                     courseTitle(*course) + wxString::FromUTF8(" · ") +
                     lessonPosition(*course, place->lessonIndex);
        }
    }
    home_->showContinue(lesson);
    home_->showLearner(learnerHome(workspace_, library_));
    Layout();
}

void MainFrame::signIn(const store::Person& person) {
    learn_->beforePersonChange();
    workspace_.signIn(person);
    learn_->afterPersonChange();
    practice_->reset();
    updateLearner();
    showScreen(afterSignIn_);
    // An attempt left open (the program was closed or crashed) goes on where it was.
    exams_->resumeOpenAttempt();
}

void MainFrame::switchLearner() {
    afterSignIn_ = Screen::Learn;
    learn_->beforePersonChange();
    workspace_.signOut();
    learn_->afterPersonChange();
    practice_->reset();
    updateLearner();
    signIn_->setSearchText(wxString());
    showScreen(Screen::SignIn);
    signIn_->searchBox()->SetFocus();
}

wxString MainFrame::databaseProblem() const {
    if (workspace_.databaseError().empty()) return {};
    return wxString::Format(_("The database could not be opened, so nobody can sign in and no "
                              "progress is saved. The file was not changed.\n\n%s"),
                            wxString::FromUTF8(workspace_.databaseError()));
}

void MainFrame::showDatabaseProblem() {
    const wxString problem = databaseProblem();
    if (!problem.empty())
        wxMessageBox(problem, _("Database not opened"), wxOK | wxICON_WARNING, this);
}

void MainFrame::buildMenus() {
    auto* file = new wxMenu;
    file->Append(wxID_OPEN, _("&Open Bank...\tCtrl+O"), _("Open a question bank file"));
    file->Append(wxID_REFRESH, _("&Reload\tCtrl+R"), _("Read every loaded bank again from disk"));
    file->AppendSeparator();
    file->Append(wxID_PREFERENCES, _("&Settings...\tCtrl+,"),
                 _("Choose the interface language and the font size"));
    file->AppendSeparator();
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"), _("Close TQM Trainer"));
    auto* help = new wxMenu;
    help->Append(wxID_ABOUT, _("&About TQM Trainer"), _("Show the version of TQM Trainer"));
    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(help, _("&Help"));
    // The frame owns its menu bar but not one it replaces (when the screens are rebuilt).
    std::unique_ptr<wxMenuBar> old(GetMenuBar());
    SetMenuBar(bar);
}

void MainFrame::bindMenus() {
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { showSettings(); }, wxID_PREFERENCES);
    Bind(wxEVT_MENU, &MainFrame::onOpen, this, wxID_OPEN);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { reloadBanks(); }, wxID_REFRESH);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(wxEVT_MENU, &MainFrame::onAbout, this, wxID_ABOUT);
}

void MainFrame::showScreen(Screen screen) {
    // The organizer screens open only with the organizer password.
    const bool organizerScreen = screen == Screen::QuestionBank || screen == Screen::Admin ||
                                 screen == Screen::Certificates || screen == Screen::Competitions ||
                                 screen == Screen::Reports;
    if (organizerScreen && !organizer_.ensureUnlocked(this)) {
        const Screen shown = currentScreen();
        rail_->setSelection(static_cast<int>(shown == Screen::SignIn ? afterSignIn_ : shown));
        return;
    }
    // Learning, practice and exams are personal: without a learner they ask who it is first,
    // and go on to the screen asked for once someone has signed in.
    const bool personal =
        screen == Screen::Learn || screen == Screen::Practice || screen == Screen::Exams;
    if (personal && !workspace_.signedIn() && workspace_.hasDatabase()) {
        afterSignIn_ = screen;
        screen = Screen::SignIn;
    }
    const int index = static_cast<int>(screen);
    rail_->setSelection(screen == Screen::SignIn ? static_cast<int>(afterSignIn_) : index);
    pages_->ChangeSelection(static_cast<std::size_t>(index));
    learn_->setScreenShown(screen == Screen::Learn);
    if (screen == Screen::Home) updateLearner();
    if (screen == Screen::Home) updateDueSoonCard();
    if (screen == Screen::Certificates) certificates_->refresh();
    if (screen == Screen::Competitions) competitions_->refresh();
    if (screen == Screen::Reports) reports_->refresh();
    if (screen == Screen::Practice) practice_->refresh();
    if (screen == Screen::SignIn) signIn_->reload();
    if (screen == Screen::Exams && !exams_->examView()) exams_->showList();
    // The sign-in screen has its own button; a second one above it would only repeat it.
    switchLearner_->Show(screen != Screen::SignIn);
    Layout();
    SetStatusText(
        screen == Screen::QuestionBank
            ? wxString::Format(wxPLURAL("%zu of %zu question listed", "%zu of %zu questions listed",
                                        library_.questionCount()),
                               browser_->list()->rows().size(), library_.questionCount())
            : wxString(),
        kListField);
}

void MainFrame::showOrganizerLock() {
    const bool locked = !organizer_.unlocked();
    rail_->setLocked(static_cast<int>(Screen::QuestionBank), locked);
    rail_->setLocked(static_cast<int>(Screen::Admin), locked);
    rail_->setLocked(static_cast<int>(Screen::Certificates), locked);
    rail_->setLocked(static_cast<int>(Screen::Competitions), locked);
    rail_->setLocked(static_cast<int>(Screen::Reports), locked);
    const Screen shown = currentScreen();
    if (locked && (shown == Screen::QuestionBank || shown == Screen::Admin ||
                   shown == Screen::Certificates || shown == Screen::Competitions ||
                   shown == Screen::Reports))
        showScreen(Screen::Home);
    else
        updateDueSoonCard();
}

void MainFrame::updateDueSoonCard() {
    const bool shown = organizer_.unlocked() && workspace_.hasDatabase();
    if (shown && currentScreen() == Screen::Home) home_->dueSoonCard()->refresh(workspace_);
    home_->showDueSoon(shown);
}

void MainFrame::showPageForMeasurement(Screen screen) {
    rail_->setSelection(static_cast<int>(screen));
    pages_->ChangeSelection(static_cast<std::size_t>(screen));
    Layout();
}

Screen MainFrame::currentScreen() const {
    return static_cast<Screen>(pages_->GetSelection());
}

bool MainFrame::openBank(const std::filesystem::path& file) {
    if (!library_.addFile(file)) return false;
    showLibrary();
    return true;
}

void MainFrame::reloadBanks() {
    if (backgroundLoads_) {
        loadBanksInBackground();
        return;
    }
    wxBusyCursor busy;
    library_.reload();
    showLibrary();
}

void MainFrame::loadBanksInBackground() {
    // A read under way reads the same sources; waiting for it would only block the window.
    if (loadingBanks_) return;
    if (bankReader_.joinable()) bankReader_.join();
    loadingBanks_ = true;
    updateTotals();
    bankReader_ =
        std::thread([this, sources = library_.sources()] {
            auto contents = std::make_shared<BankLibraryContents>(readBankSources(sources));
            releaseFreedMemory();
            CallAfter([this, contents] {
                const auto started = std::chrono::steady_clock::now();
                library_.adopt(std::move(*contents));
                loadingBanks_ = false;
                showLibrary();
                const std::chrono::duration<double, std::milli> took =
                    std::chrono::steady_clock::now() - started;
                if (onBanksLoaded_) onBanksLoaded_(took.count());
            });
        });
}

void MainFrame::showLibrary() {
    home_->showBanks();
    browser_->showBanks();
    practice_->reset();
    updateTotals();
    if (currentScreen() != Screen::QuestionBank) SetStatusText(wxString(), kListField);
}

void MainFrame::updateTotals() {
    if (loadingBanks_) {
        SetStatusText(_("Loading question banks..."), kTotalsField);
        return;
    }
    SetStatusText(wxString::Format(_("Banks: %zu   Questions: %zu   Errors: %zu   Warnings: %zu"),
                                   library_.banks().size(), library_.questionCount(),
                                   library_.problemCount(Severity::Error),
                                   library_.problemCount(Severity::Warning)),
                  kTotalsField);
}

void MainFrame::onOpen(wxCommandEvent&) {
    wxFileDialog dialog(this, _("Open a question bank"), settings_.lastBankFolder(), wxString(),
                        _("Question banks (*.xml)|*.xml|All files (*)|*"),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST | wxFD_MULTIPLE);
    if (dialog.ShowModal() != wxID_OK) return;
    settings_.setLastBankFolder(dialog.GetDirectory());
    wxArrayString paths;
    dialog.GetPaths(paths);
    wxBusyCursor busy;
    for (const wxString& path : paths) library_.addFile(std::filesystem::path(path.utf8_string()));
    showLibrary();
}

void MainFrame::onAbout(wxCommandEvent&) {
    wxAboutDialogInfo info;
    info.SetName(_("TQM Trainer"));
    info.SetVersion(TQM_VERSION);
    info.SetDescription(
        _("Training, practice, exams and knowledge competitions in total quality "
          "management, with certificate tracking for key positions."));
    wxAboutBox(info, this);
}

}  // namespace tqm::gui
