// 团体赛: live team competitions. First a list of the live competitions in the database (resume
// one, or start one again from its file) and a way to open a competition file, with the file's
// problems (line, column, what is wrong) listed when it does not read; then the host console of
// the competition opened, which also opens the projector window.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <vector>

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/simplebook.h>
#include <wx/stattext.h>

#include "base/diagnostic.h"
#include "compete/live/host_console.h"
#include "compete/live_clock.h"
#include "learn/learner_workspace.h"
#include "store/live_event_repository.h"

namespace tqm::gui {

class LiveCompetitionPanel : public wxPanel {
  public:
    // Buzzes are timed with `clock` (the steady clock when none; a test's fake one), which must
    // outlive the panel.
    LiveCompetitionPanel(wxWindow* parent, LearnerWorkspace& workspace,
                         const compete::LiveClock* clock = nullptr);

    // Opens the competition of `file`: resumes the latest one started from the same content,
    // or starts it. False with the file's problems listed when it cannot be read.
    bool openFile(const std::filesystem::path& file);
    // Starts a new competition from `file` even when one from it is in the database.
    bool startAgain(const std::filesystem::path& file);
    // Resumes the competition `id` from its event log.
    bool resume(std::int64_t id);
    // Back to the list; the competition stays in the database as it is.
    void showList();
    // Reads the list of competitions again (the page shown stays).
    void refreshList();

    HostConsole* console() const { return console_; }
    wxListCtrl* competitionList() const { return list_; }
    const std::vector<store::LiveCompetitionSummary>& competitions() const { return rows_; }
    wxListCtrl* problemList() const { return problems_; }
    wxString problemSummary() const { return summary_->GetLabel(); }
    // The demo competition of the content folder, if there is one.
    std::filesystem::path demoFile() const;

  private:
    wxWindow* buildListPage();
    void showProblems(const std::filesystem::path& file, const std::vector<Diagnostic>& problems);
    bool show(compete::LiveOpenResult opened, const std::filesystem::path& file);
    void onOpenFile();
    std::optional<store::LiveCompetitionSummary> selectedRow() const;
    void updateButtons();

    LearnerWorkspace& workspace_;
    compete::SteadyLiveClock steadyClock_;
    const compete::LiveClock& clock_;
    wxSimplebook* pages_ = nullptr;
    wxPanel* consolePage_ = nullptr;
    HostConsole* console_ = nullptr;
    wxListCtrl* list_ = nullptr;
    wxButton* resume_ = nullptr;
    wxButton* again_ = nullptr;
    wxButton* demo_ = nullptr;
    wxStaticText* summary_ = nullptr;
    wxListCtrl* problems_ = nullptr;
    std::vector<store::LiveCompetitionSummary> rows_;
};

}  // namespace tqm::gui
