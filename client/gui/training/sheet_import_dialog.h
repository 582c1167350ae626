// 导入签到表: imports a class's sign-in sheet (CSV) off the UI thread through the core
// (training/class_sheet_import.h) and shows what came of it: the counts, and every problem with
// its file:line:column in the user's language, which can be copied or saved.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <thread>

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/gauge.h>
#include <wx/stattext.h>

#include "learn/learner_workspace.h"
#include "training/class_sheet_import.h"
#include "widgets/problem_list.h"

namespace tqm::gui {

class SheetImportDialog : public wxDialog {
  public:
    SheetImportDialog(wxWindow* parent, LearnerWorkspace& workspace, std::int64_t classId);
    ~SheetImportDialog() override;

    // Starts importing `file`; the result shows when it is done.
    void start(const std::filesystem::path& file);
    bool importing() const { return importing_; }
    wxString countsText() const { return counts_->GetLabel(); }
    ProblemList* problems() const { return problems_; }
    // The problems as lines "file:line:column: text", as Copy and Save write them.
    wxString problemsText() const;

  private:
    void finished(training::SheetImportResult result, std::string bytes);
    void copyProblems();
    void saveProblems();

    LearnerWorkspace& workspace_;
    std::int64_t classId_;
    std::filesystem::path file_;
    std::thread worker_;
    bool importing_ = false;
    wxGauge* gauge_ = nullptr;
    wxStaticText* counts_ = nullptr;
    ProblemList* problems_ = nullptr;
    wxButton* copy_ = nullptr;
    wxButton* save_ = nullptr;
};

// Writes a blank sign-in sheet for the class: 工号, 姓名 and one column per day, with a row for
// everyone on the roster; UTF-8 with a BOM so that Excel opens it. False when it cannot be written.
bool writeSheetTemplate(store::Database& database, std::int64_t classId,
                        const std::filesystem::path& file);

}  // namespace tqm::gui
