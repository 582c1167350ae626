// The main window: the navigation rail on the left and the current screen beside it, a menu
// (File: open, reload, quit; Help: about) and a status bar with counts.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include <wx/frame.h>
#include <wx/simplebook.h>

#include "app/settings.h"
#include "bank_browser/bank_browser_panel.h"
#include "bank_browser/bank_library.h"
#include "home/home_panel.h"
#include "widgets/nav_rail.h"

namespace tqm::gui {

// The screens of the rail, in rail order.
enum class Screen { Home, QuestionBank };

struct MainFrameOptions {
    std::optional<std::filesystem::path> bankFolder;
    std::vector<std::filesystem::path> bankFiles;
    // Off for tests and screenshots, which must neither depend on nor change the user's layout.
    bool rememberGeometry = true;
};

class MainFrame : public wxFrame {
  public:
    explicit MainFrame(const MainFrameOptions& options);

    void showScreen(Screen screen);
    Screen currentScreen() const;
    // Reads a bank file and shows it; false when it was loaded already.
    bool openBank(const std::filesystem::path& file);
    void reloadBanks();

    const BankLibrary& library() const { return library_; }
    NavRail* rail() const { return rail_; }
    HomePanel* home() const { return home_; }
    BankBrowserPanel* browser() const { return browser_; }

  private:
    void buildMenus();
    void showLibrary();
    void updateTotals();
    void onOpen(wxCommandEvent& event);
    void onAbout(wxCommandEvent& event);

    BankLibrary library_;
    Settings settings_;
    NavRail* rail_ = nullptr;
    wxSimplebook* pages_ = nullptr;
    HomePanel* home_ = nullptr;
    BankBrowserPanel* browser_ = nullptr;
};

}  // namespace tqm::gui
