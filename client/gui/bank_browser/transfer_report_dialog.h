// What an import or an export did: a summary in words (how many questions, where the file went)
// and every problem in a list; double-clicking a problem shows its line in the source file.
// Modeless, so the organizer can keep it open while fixing the file.
#pragma once

#include <vector>

#include <wx/dialog.h>
#include <wx/stattext.h>

#include "base/diagnostic.h"
#include "widgets/problem_list.h"

namespace tqm::gui {

class SourceLineDialog;

class TransferReportDialog : public wxDialog {
  public:
    TransferReportDialog(wxWindow* parent, const wxString& title, const wxString& summary,
                         std::vector<Diagnostic> problems, bool succeeded);

    ProblemList* problemList() const { return problems_; }
    // The summary as given, before it was wrapped to the dialog's width.
    const wxString& summary() const { return summaryText_; }
    // Shows the source line of problem `row`, as a double-click does; returns the viewer.
    SourceLineDialog* showSource(long row);

  private:
    void fitColumns(const std::vector<Diagnostic>& problems);

    wxString summaryText_;
    wxStaticText* summary_ = nullptr;
    ProblemList* problems_ = nullptr;
};

}  // namespace tqm::gui
