// 个人赛: the individual contests of this database. Above, the competitions with what was sat
// here and merged; the buttons make or join one, export this workstation's signed result package,
// merge packages from other workstations and manage the trusted workstations. Below, for the
// chosen competition: its id and seed (for joining it elsewhere), the ranking, the figures per
// unit and the report of the last merge; the tables export as CSV, XLSX or PDF. Merging and
// exporting run on a worker thread behind a progress dialog, so the window never freezes.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include <wx/button.h>
#include <wx/infobar.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "admin/key_store.h"
#include "bank_browser/background_work.h"
#include "compete/contest_list.h"
#include "compete/merge_report_list.h"
#include "compete/ranking_export.h"
#include "compete/standings_lists.h"
#include "learn/learner_workspace.h"
#include "session/exam_service.h"

namespace tqm::gui {

class ContestPage : public wxPanel {
  public:
    ContestPage(wxWindow* parent, LearnerWorkspace& workspace);

    // Reads the competitions and the chosen one's standings again.
    void refresh();
    // Chooses the competition with `id`; false when it is not listed.
    bool selectCompetition(const std::string& id);
    const compete::Competition* selected() const;

    // Merges the package files into the chosen competition, one outcome per file, and shows them.
    std::vector<compete::MergeOutcome> mergeFiles(const std::vector<std::filesystem::path>& files);
    // Writes this workstation's package of the chosen competition; the message says what
    // happened. False when nothing was written.
    bool exportPackageTo(const std::filesystem::path& file);
    // Writes the table to `file`; on success the bar above offers to open it.
    bool exportStandingsTo(const std::filesystem::path& file, compete::StandingsTable table,
                           compete::StandingsFormat format);

    // The exam service and key store over the workspace's database; nullptr without one.
    session::ExamService* service();
    admin::KeyStore* keys();

    ContestList* list() const { return list_; }
    RankingList* ranking() const { return ranking_; }
    UnitList* units() const { return units_; }
    MergeReportList* mergeReport() const { return mergeReport_; }
    wxNotebook* details() const { return details_; }
    wxInfoBar* messageBar() const { return bar_; }
    wxString messageText() const { return message_; }
    wxString identityText() const { return identity_->GetValue(); }
    wxButton* newButton() const { return new_; }
    wxButton* joinButton() const { return join_; }

  private:
    wxSizer* buildButtons();
    wxSizer* buildDetails();
    void showSelected();
    void updateButtons();
    void tell(const wxString& text, int icon,
              const std::optional<std::filesystem::path>& file = {});
    void askToCreate(bool join);
    void askToMerge();
    void askToExportPackage();
    void askToExportStandings(compete::StandingsFormat format);
    void askToTrust();

    LearnerWorkspace& workspace_;
    store::Database* serviceDatabase_ = nullptr;
    std::unique_ptr<admin::KeyStore> keys_;
    std::unique_ptr<session::ExamService> service_;
    BackgroundWork work_;
    wxInfoBar* bar_ = nullptr;
    wxString message_;
    std::optional<std::filesystem::path> written_;  // the file the bar offers to open
    wxButton* new_ = nullptr;
    wxButton* join_ = nullptr;
    wxButton* exportPackage_ = nullptr;
    wxButton* merge_ = nullptr;
    wxButton* trust_ = nullptr;
    std::vector<wxButton*> exportTable_;
    ContestList* list_ = nullptr;
    wxTextCtrl* identity_ = nullptr;
    wxNotebook* details_ = nullptr;
    RankingList* ranking_ = nullptr;
    UnitList* units_ = nullptr;
    MergeReportList* mergeReport_ = nullptr;
};

}  // namespace tqm::gui
