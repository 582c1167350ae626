#include "app/main_frame.h"

#include <wx/aboutdlg.h>
#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/persist/toplevel.h>
#include <wx/sizer.h>
#include <wx/statusbr.h>

#include "bank_browser/question_labels.h"

namespace tqm::gui {

namespace {
enum StatusField { kListField, kTotalsField, kFieldCount };
}

MainFrame::MainFrame(const MainFrameOptions& options)
    : wxFrame(nullptr, wxID_ANY, _("TQM Trainer")) {
    SetName("MainFrame");
    library_.setSources(options.bankFolder, options.bankFiles);

    rail_ = new NavRail(this);
    rail_->addEntry("home", _("Home"));
    rail_->addEntry("bank", _("Question bank"));

    pages_ = new wxSimplebook(this);
    home_ = new HomePanel(pages_, library_);
    browser_ = new BankBrowserPanel(pages_, library_);
    pages_->AddPage(home_, _("Home"));
    pages_->AddPage(browser_, _("Question bank"));

    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(rail_, wxSizerFlags().Expand());
    sizer->Add(pages_, wxSizerFlags(1).Expand());
    SetSizer(sizer);

    buildMenus();
    CreateStatusBar(kFieldCount);
    const int widths[kFieldCount] = {-1, -1};
    SetStatusWidths(kFieldCount, widths);

    rail_->Bind(TQM_EVT_NAV_RAIL_SELECTED,
                [this](wxCommandEvent& event) { showScreen(static_cast<Screen>(event.GetInt())); });
    browser_->setListChangedHandler([this](std::size_t listed, std::size_t total) {
        SetStatusText(wxString::Format(wxPLURAL("%zu of %zu question listed",
                                                "%zu of %zu questions listed", total),
                                       listed, total),
                      kListField);
    });

    SetMinSize(FromDIP(wxSize(800, 520)));
    SetSize(FromDIP(wxSize(1280, 800)));
    if (!options.rememberGeometry || !wxPersistentRegisterAndRestore(this, "MainFrame")) Centre();
    showLibrary();
    showScreen(Screen::Home);
}

void MainFrame::buildMenus() {
    auto* file = new wxMenu;
    file->Append(wxID_OPEN, _("&Open Bank...\tCtrl+O"), _("Open a question bank file"));
    file->Append(wxID_REFRESH, _("&Reload\tCtrl+R"), _("Read every loaded bank again from disk"));
    file->AppendSeparator();
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"), _("Close TQM Trainer"));
    auto* help = new wxMenu;
    help->Append(wxID_ABOUT, _("&About TQM Trainer"), _("Show the version of TQM Trainer"));
    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);

    Bind(wxEVT_MENU, &MainFrame::onOpen, this, wxID_OPEN);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { reloadBanks(); }, wxID_REFRESH);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(wxEVT_MENU, &MainFrame::onAbout, this, wxID_ABOUT);
}

void MainFrame::showScreen(Screen screen) {
    const int index = static_cast<int>(screen);
    rail_->setSelection(index);
    pages_->ChangeSelection(static_cast<std::size_t>(index));
    SetStatusText(
        screen == Screen::QuestionBank
            ? wxString::Format(wxPLURAL("%zu of %zu question listed", "%zu of %zu questions listed",
                                        library_.questionCount()),
                               browser_->list()->rows().size(), library_.questionCount())
            : wxString(),
        kListField);
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
    wxBusyCursor busy;
    library_.reload();
    showLibrary();
}

void MainFrame::showLibrary() {
    home_->showBanks();
    browser_->showBanks();
    updateTotals();
    if (currentScreen() != Screen::QuestionBank) SetStatusText(wxString(), kListField);
}

void MainFrame::updateTotals() {
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
