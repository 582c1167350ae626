// What an organizer does with banks on the 题库 screen: import a file of any supported format
// as a new native bank, edit a question, and export a bank or one of its categories to Moodle
// XML. Reading, converting and writing run off the UI thread behind a progress dialog; the
// results are shown in a report that lists every problem.
#pragma once

#include <filesystem>
#include <functional>

#include <wx/weakref.h>
#include <wx/window.h>

#include "bank_browser/background_work.h"
#include "bank_browser/bank_browser_panel.h"
#include "bank_browser/bank_library.h"
#include "bank_browser/question_edit_dialog.h"
#include "bank_browser/transfer_report_dialog.h"
#include "base/clock.h"

namespace tqm::gui {

class BankActions {
  public:
    // `importFolder` is where the save dialog of an import opens (created when needed);
    // `libraryChanged` shows the library again after a bank was added or saved.
    BankActions(wxWindow& window, BankLibrary& library, BankBrowserPanel& browser,
                const Clock& clock, std::filesystem::path importFolder,
                std::function<void()> libraryChanged);

    // 导入题库: asks for the file and where to save the bank, then imports it.
    void chooseAndImport();
    // Imports `source` as the native bank `destination` and shows the report; nothing when the
    // user cancelled.
    TransferReportDialog* importFile(const std::filesystem::path& source,
                                     const std::filesystem::path& destination);

    // 编辑题目 on the question selected in the list.
    void editSelected();
    // The editor of list row `row`, not yet shown; nothing when there is no such row.
    QuestionEditDialog* makeEditor(long row);

    // 导出: the bank or category selected in the tree, to a Moodle XML file the user names.
    void chooseAndExport();
    // Exports `scope` to `file` and shows the report; true when the file was written.
    bool exportTo(const CategoryScope& scope, const std::filesystem::path& file);

    // Stops showing a bank that was imported or opened during this run; its file stays.
    void closeBank(const std::filesystem::path& file);

    // The report shown last, while it is open.
    TransferReportDialog* lastReport() const;

  private:
    std::vector<Diagnostic> saveDraft(std::size_t bankIndex, std::size_t questionIndex,
                                      const bank::QuestionDraft& draft);
    void showAddedBank(const std::filesystem::path& file);
    TransferReportDialog* showReport(const wxString& title, const wxString& summary,
                                     std::vector<Diagnostic> problems, bool succeeded);

    wxWindow& window_;
    BankLibrary& library_;
    BankBrowserPanel& browser_;
    const Clock& clock_;
    std::filesystem::path importFolder_;
    std::function<void()> libraryChanged_;
    BackgroundWork work_;
    wxWeakRef<TransferReportDialog> lastReport_;  // cleared when the dialog closes
};

}  // namespace tqm::gui
