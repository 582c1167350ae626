// 管理 → 成绩: choose an exam, then its results table with the charts, or its item analysis;
// export what the table shows to CSV or Excel. Everything is read through client/core
// (results/); the panel only presents it.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/infobar.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/progdlg.h>
#include <wx/timer.h>

#include "admin/results/item_analysis_page.h"
#include "admin/results/results_exporter.h"
#include "admin/results/results_table_page.h"
#include "learn/learner_workspace.h"
#include "results/result_table.h"

namespace tqm::gui {

class ResultsPanel : public wxPanel {
  public:
    ResultsPanel(wxWindow* parent, LearnerWorkspace& workspace);
    ~ResultsPanel() override;

    // Reads the list of exams and the chosen exam's results again.
    void refresh();
    // Shows the exam with `examId`; false when the list has no such exam.
    bool selectExam(std::int64_t examId);
    std::optional<std::int64_t> selectedExam() const;

    // Writes what the table shows to `file` off the UI thread; false when an export is running
    // or there is nothing to export. The outcome is shown in the bar above the table.
    bool exportTo(const std::filesystem::path& file, results::ExportFormat format);
    bool exporting() const { return exporter_.running(); }
    // What the bar above the table said last: where the export was written, or why not.
    const wxString& exportMessage() const { return exportMessage_; }

    wxChoice* examChoice() const { return exams_; }
    wxNotebook* pages() const { return pages_; }
    ResultsTablePage* table() const { return table_; }
    ItemAnalysisPage* items() const { return items_; }

  private:
    void loadExam();
    void chooseFile(results::ExportFormat format);
    void exportFinished(const std::filesystem::path& file,
                        const std::optional<report::ExportError>& error);
    void updateButtons();

    LearnerWorkspace& workspace_;
    std::vector<results::ExamChoice> choices_;
    wxChoice* exams_ = nullptr;
    wxButton* refresh_ = nullptr;
    wxButton* exportCsv_ = nullptr;
    wxButton* exportXlsx_ = nullptr;
    wxInfoBar* infoBar_ = nullptr;
    wxNotebook* pages_ = nullptr;
    ResultsTablePage* table_ = nullptr;
    ItemAnalysisPage* items_ = nullptr;
    wxString exportMessage_;
    std::filesystem::path lastFolder_;
    bool openFolderShown_ = false;  // the bar has its "open folder" button
    wxProgressDialog* progress_ = nullptr;
    wxTimer pulse_;
    ResultsExporter exporter_;
};

}  // namespace tqm::gui
