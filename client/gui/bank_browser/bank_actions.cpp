#include "bank_browser/bank_actions.h"

#include <algorithm>
#include <memory>
#include <system_error>

#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>

#include "bank/bank_subset.h"
#include "bank/interchange/bank_import.h"
#include "bank/interchange/moodle/moodle_xml.h"
#include "bank/question_edit.h"
#include "bank_browser/question_labels.h"
#include "base/file_io.h"

namespace tqm::gui {

namespace fs = std::filesystem;

namespace {

wxString pathText(const fs::path& file) {
    return wxString::FromUTF8(file.string());
}

struct ImportOutcome {
    bank::ImportResult result;
    std::string saveError;
    bool written = false;
};

struct ExportOutcome {
    std::vector<Diagnostic> problems;
    std::string writeError;
    bool written = false;
};

wxString importSummary(const ImportOutcome& outcome, const fs::path& source,
                       const fs::path& destination) {
    const bank::ImportResult& result = outcome.result;
    wxString summary;
    if (outcome.written) {
        summary = wxString::Format(
            wxPLURAL("%zu question was imported from %s and saved as %s.",
                     "%zu questions were imported from %s and saved as %s.", result.imported),
            result.imported, pathText(source.filename()), pathText(destination));
    } else if (result.imported == 0) {
        summary = wxString::Format(
            _("No question of %s could be imported, so no file was written. Fix the problems "
              "listed below in the file and import it again."),
            pathText(source.filename()));
    } else {
        summary = wxString::Format(
            _("The questions were read, but the bank could not be saved: %s\nChoose another "
              "place to save it and import again."),
            wxString::FromUTF8(outcome.saveError));
    }
    if (outcome.written && result.rejected > 0)
        summary << "\n"
                << wxString::Format(
                       wxPLURAL("%zu question was left out because of errors.",
                                "%zu questions were left out because of errors.", result.rejected),
                       result.rejected);
    return summary;
}

}  // namespace

BankActions::BankActions(wxWindow& window, BankLibrary& library, BankBrowserPanel& browser,
                         const Clock& clock, fs::path importFolder,
                         std::function<void()> libraryChanged)
    : window_(window),
      library_(library),
      browser_(browser),
      clock_(clock),
      importFolder_(std::move(importFolder)),
      libraryChanged_(std::move(libraryChanged)) {
    browser_.importButton()->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { chooseAndImport(); });
    browser_.editButton()->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { editSelected(); });
    browser_.exportButton()->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { chooseAndExport(); });
    browser_.list()->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { editSelected(); });
}

TransferReportDialog* BankActions::lastReport() const {
    return lastReport_.get();
}

TransferReportDialog* BankActions::showReport(const wxString& title, const wxString& summary,
                                              std::vector<Diagnostic> problems, bool succeeded) {
    if (lastReport_) lastReport_->Destroy();
    auto* report =
        new TransferReportDialog(&window_, title, summary, std::move(problems), succeeded);
    lastReport_ = report;
    report->Show();
    return report;
}

void BankActions::chooseAndImport() {
    wxFileDialog open(&window_, _("Import a question bank"), wxString(), wxString(),
                      _("Question banks (*.xml;*.gift;*.txt;*.csv)|*.xml;*.gift;*.txt;*.csv|"
                        "Native or Moodle XML (*.xml)|*.xml|GIFT (*.gift;*.txt)|*.gift;*.txt|"
                        "CSV (*.csv)|*.csv|All files (*)|*"),
                      wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (open.ShowModal() != wxID_OK) return;
    const fs::path source(open.GetPath().utf8_string());

    std::error_code ignored;
    fs::create_directories(importFolder_, ignored);
    fs::path suggested = source.stem();
    suggested += ".xml";
    wxFileDialog save(&window_, _("Save the imported bank as"), pathText(importFolder_),
                      pathText(suggested), _("Question banks (*.xml)|*.xml"),
                      wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (save.ShowModal() != wxID_OK) return;
    fs::path destination(save.GetPath().utf8_string());
    if (destination.extension() != ".xml") destination += ".xml";
    if (fs::exists(destination, ignored) && fs::equivalent(source, destination, ignored)) {
        wxMessageBox(_("The imported bank cannot replace the file it is read from. Choose "
                       "another name."),
                     _("Import a question bank"), wxOK | wxICON_WARNING, &window_);
        return;
    }
    importFile(source, destination);
}

TransferReportDialog* BankActions::importFile(const fs::path& source, const fs::path& destination) {
    auto outcome = std::make_shared<ImportOutcome>();
    const bool finished =
        work_.run(&window_, _("Importing a question bank"),
                  wxString::Format(_("Reading and converting %s ..."), pathText(source.filename())),
                  [outcome, source, destination](const std::atomic<bool>& cancelled) {
                      outcome->result = bank::importBankFile(source);
                      if (cancelled || outcome->result.imported == 0) return;
                      outcome->saveError = bank::saveImportedBank(outcome->result, destination);
                      outcome->written = outcome->saveError.empty();
                  });
    if (!finished) return nullptr;
    if (outcome->written) showAddedBank(destination);
    return showReport(outcome->written ? _("Import finished") : _("Nothing imported"),
                      importSummary(*outcome, source, destination),
                      std::move(outcome->result.diagnostics), outcome->written);
}

void BankActions::showAddedBank(const fs::path& file) {
    if (const auto index = library_.indexOf(file))
        library_.reloadBank(*index);
    else
        library_.addFile(file);
    libraryChanged_();
    if (const auto index = library_.indexOf(file))
        browser_.selectScope({static_cast<std::uint32_t>(*index), {}});
}

void BankActions::closeBank(const fs::path& file) {
    if (library_.removeFile(file)) libraryChanged_();
}

void BankActions::editSelected() {
    const long row = browser_.list()->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0) {
        wxMessageBox(_("Select a question in the list first."), _("Edit question"),
                     wxOK | wxICON_INFORMATION, &window_);
        return;
    }
    if (QuestionEditDialog* editor = makeEditor(row)) {
        editor->ShowModal();
        editor->Destroy();
    }
}

QuestionEditDialog* BankActions::makeEditor(long row) {
    const auto& rows = browser_.list()->rows();
    if (row < 0 || static_cast<std::size_t>(row) >= rows.size()) return nullptr;
    const QuestionRef ref = rows[static_cast<std::size_t>(row)];
    const LoadedBank& loaded = library_.banks().at(ref.bank);
    return new QuestionEditDialog(&window_, loaded.bank(), loaded.bank().questions.at(ref.question),
                                  [this, ref](const bank::QuestionDraft& draft) {
                                      return saveDraft(ref.bank, ref.question, draft);
                                  });
}

std::vector<Diagnostic> BankActions::saveDraft(std::size_t bankIndex, std::size_t questionIndex,
                                               const bank::QuestionDraft& draft) {
    const LoadedBank& loaded = library_.banks().at(bankIndex);
    const fs::path file = loaded.file;
    const std::string id(loaded.bank().questions.at(questionIndex).id);
    const bank::Bank edited = bank::withEditedQuestion(loaded.bank(), questionIndex, draft);
    std::vector<Diagnostic> problems =
        bank::editedQuestionProblems(edited, questionIndex, {file.string(), file.parent_path()});
    if (hasErrors(problems)) return problems;
    const std::string error = bank::saveBankWithBackup(edited, file, clock_.now());
    if (!error.empty()) {
        problems.push_back({file.string(), 0, 0, Severity::Error, "save-failed", error});
        return problems;
    }
    // The tree is rebuilt from the saved file: the category shown before is shown again.
    const std::optional<CategoryScope> shown = browser_.tree()->selectedScope();
    const std::string category = shown ? std::string(shown->category) : std::string();
    library_.reloadBank(bankIndex);
    libraryChanged_();
    const auto bankNumber = static_cast<std::uint32_t>(bankIndex);
    if (category.empty() || !browser_.selectScope({bankNumber, category}))
        browser_.selectScope({bankNumber, {}});
    if (const auto row = browser_.rowOf(static_cast<std::uint32_t>(bankIndex), id))
        browser_.selectRow(*row);
    return problems;
}

void BankActions::chooseAndExport() {
    if (library_.banks().empty()) {
        wxMessageBox(_("There is no bank to export. Import or open one first."),
                     _("Export to Moodle XML"), wxOK | wxICON_INFORMATION, &window_);
        return;
    }
    const CategoryScope scope = browser_.tree()->selectedScope().value_or(CategoryScope{0, {}});
    const LoadedBank& loaded = library_.banks().at(scope.bank);
    std::string name(loaded.bank().id.empty() ? loaded.file.stem().string()
                                              : std::string(loaded.bank().id));
    if (!scope.category.empty()) name += "-" + std::string(scope.category);
    name += "-moodle.xml";
    wxFileDialog save(&window_, _("Export to Moodle XML"), wxString(), wxString::FromUTF8(name),
                      _("Moodle XML (*.xml)|*.xml"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (save.ShowModal() != wxID_OK) return;
    exportTo(scope, fs::path(save.GetPath().utf8_string()));
}

bool BankActions::exportTo(const CategoryScope& scope, const fs::path& file) {
    const LoadedBank& loaded = library_.banks().at(scope.bank);
    if (!loaded.result.ok()) {
        showReport(_("Nothing exported"),
                   _("The bank has errors, so it was not exported. Fix the errors listed below "
                     "and export again."),
                   loaded.problems(), false);
        return false;
    }
    bank::Bank bank =
        scope.category.empty() ? loaded.bank() : bank::bankSubset(loaded.bank(), scope.category);
    const std::size_t total = bank.questions.size();
    auto outcome = std::make_shared<ExportOutcome>();
    const bool finished = work_.run(
        &window_, _("Exporting to Moodle XML"),
        wxString::Format(_("Writing %s ..."), pathText(file.filename())),
        [outcome, bank = std::move(bank), baseDir = loaded.file.parent_path(),
         bankFile = loaded.file.string(), file](const std::atomic<bool>& cancelled) {
            const std::string xml = bank::exportMoodleXml(bank, baseDir, outcome->problems);
            for (Diagnostic& d : outcome->problems)
                if (d.file.empty()) d.file = bankFile;
            if (cancelled || hasErrors(outcome->problems)) return;
            outcome->writeError = writeFileAtomically(file, xml);
            outcome->written = outcome->writeError.empty();
        });
    if (!finished) return false;
    const auto skipped = static_cast<std::size_t>(
        std::count_if(outcome->problems.begin(), outcome->problems.end(),
                      [](const Diagnostic& d) { return d.code == "moodle-export-skipped"; }));
    wxString summary;
    if (outcome->written)
        summary = wxString::Format(wxPLURAL("%zu question was exported to %s.",
                                            "%zu questions were exported to %s.", total - skipped),
                                   total - skipped, pathText(file));
    else if (!outcome->writeError.empty())
        summary = wxString::Format(_("The file could not be written: %s\nChoose another place "
                                     "and export again."),
                                   wxString::FromUTF8(outcome->writeError));
    else
        summary = _("The bank could not be exported because of the errors listed below.");
    if (skipped > 0)
        summary << "\n"
                << wxString::Format(wxPLURAL("%zu question cannot be held by Moodle and was "
                                             "left out.",
                                             "%zu questions cannot be held by Moodle and were "
                                             "left out.",
                                             skipped),
                                    skipped);
    showReport(outcome->written ? _("Export finished") : _("Nothing exported"), summary,
               std::move(outcome->problems), outcome->written);
    return outcome->written;
}

}  // namespace tqm::gui
