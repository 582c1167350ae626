// 导入证书文件: the dialog that brings a plant's certificate files in. The user chooses a file for
// any of the four kinds (certificate types, positions, requirements, certificates held), sees the
// columns each kind needs and can save an empty template; the chosen files are imported in that
// order on a worker thread (cert_import_task.h) while a progress bar moves, and the dialog then
// shows what each file did and every problem, which can be copied or saved as CSV.
#pragma once

#include <array>
#include <filesystem>
#include <vector>

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/gauge.h>
#include <wx/simplebook.h>
#include <wx/stattext.h>
#include <wx/timer.h>

#include "cert/import/cert_file_row.h"
#include "cert/import/cert_import_summary.h"
#include "cert/import/cert_import_task.h"
#include "cert/import/cert_problem_list.h"
#include "learn/learner_workspace.h"

namespace tqm::gui {

class CertImportDialog : public wxDialog {
  public:
    CertImportDialog(wxWindow* parent, LearnerWorkspace& workspace);

    CertFileRow& row(CertFileKind kind) { return *rows_[static_cast<std::size_t>(kind)]; }
    // Imports the chosen files, as the Import button does; false (and a message) when no file
    // is chosen or an import is running.
    bool startImport();
    bool importing() const { return task_.running() || syncImporting_; }
    // Back to choosing files, as the "Import more files" button does.
    void showChoices();

    const std::vector<CertFileOutcome>& outcomes() const { return outcomes_; }
    // True once an import wrote a row, so that the certificate screens read the book again.
    bool changedDatabase() const { return changedDatabase_; }
    bool showingResult() const { return book_->GetSelection() == 1; }
    // The headline before it is wrapped to the dialog's width.
    wxString headline() const { return headlineText_; }
    wxString progressText() const { return progressText_->GetLabel(); }
    CertImportSummary* summary() const { return summary_; }
    CertProblemList* problems() const { return problems_; }
    // Writes the problem list as CSV; shows what went wrong and returns false when it cannot.
    bool saveProblems(const std::filesystem::path& file);
    void copyProblems();

  private:
    wxWindow* buildChoicePage();
    wxWindow* buildResultPage();
    void setImporting(bool importing);
    void stepStarted(std::size_t index);
    void finished(std::vector<CertFileOutcome> outcomes);
    void chooseProblemsFile();
    void showSelectedProblem();

    LearnerWorkspace& workspace_;
    CertImportTask task_;
    bool syncImporting_ = false;
    std::vector<CertFileChoice> running_;
    std::vector<CertFileOutcome> outcomes_;
    bool changedDatabase_ = false;
    wxString headlineText_;
    wxTimer pulse_;

    wxSimplebook* book_ = nullptr;
    std::array<CertFileRow*, kCertFileKinds.size()> rows_{};
    wxGauge* progress_ = nullptr;
    wxStaticText* progressText_ = nullptr;
    wxStaticText* headline_ = nullptr;
    CertImportSummary* summary_ = nullptr;
    CertProblemList* problems_ = nullptr;
    wxStaticText* problemText_ = nullptr;
    wxButton* copy_ = nullptr;
    wxButton* save_ = nullptr;
    wxButton* import_ = nullptr;
    wxButton* more_ = nullptr;
    wxButton* close_ = nullptr;
};

}  // namespace tqm::gui
