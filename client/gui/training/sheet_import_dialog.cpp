#include "training/sheet_import_dialog.h"

#include <fstream>
#include <sstream>

#include <wx/clipbrd.h>
#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>

#include "base/csv_reader.h"
#include "base/utf8.h"
#include "reports/class_file.h"
#include "training/training_texts.h"

namespace tqm::gui {

namespace {

// File names as UTF-8 text, whatever the platform's path encoding.
std::string utf8Name(const std::filesystem::path& file) {
    const std::u8string name = file.u8string();
    return std::string(name.begin(), name.end());
}

std::optional<std::string> readBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return std::move(bytes).str();
}

// The core's diagnostics reworded in the user's language; each names the cell it points at.
std::vector<Diagnostic> translated(std::vector<Diagnostic> problems, const std::string& bytes) {
    const std::string_view text = withoutBom(bytes);
    const CsvTable table = readCsv(text, guessCsvDelimiter(text));
    for (Diagnostic& problem : problems) {
        std::string cell;
        for (const CsvRecord& record : table.records)
            if (record.line == problem.line && problem.column >= 1 &&
                problem.column <= record.fields.size())
                cell = record.fields[problem.column - 1];
        problem.message = sheetProblemText(problem, cell).utf8_string();
    }
    return problems;
}

}  // namespace

SheetImportDialog::SheetImportDialog(wxWindow* parent, LearnerWorkspace& workspace,
                                     std::int64_t classId)
    : wxDialog(parent, wxID_ANY, _("Import sign-in sheet"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      workspace_(workspace),
      classId_(classId) {
    gauge_ = new wxGauge(this, wxID_ANY, 100);
    counts_ = new wxStaticText(this, wxID_ANY, wxString());
    counts_->SetFont(GetFont().Scaled(1.15f).Bold());
    problems_ = new ProblemList(this);
    copy_ = new wxButton(this, wxID_ANY, _("Copy problems"));
    save_ = new wxButton(this, wxID_ANY, _("Save problems..."));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(copy_, 0, wxRIGHT, FromDIP(6));
    buttons->Add(save_, 0);
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_OK, _("Close")), 0);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(gauge_, 0, wxEXPAND | wxALL, FromDIP(12));
    column->Add(counts_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12));
    column->Add(problems_, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(12));
    column->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(12));
    SetSizer(column);
    SetSize(FromDIP(wxSize(820, 460)));
    CentreOnParent();
    copy_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { copyProblems(); });
    save_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { saveProblems(); });
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        if (importing_ && event.CanVeto())
            event.Veto();  // the worker holds the file
        else
            event.Skip();
    });
}

SheetImportDialog::~SheetImportDialog() {
    if (worker_.joinable()) worker_.join();
}

void SheetImportDialog::start(const std::filesystem::path& file) {
    if (importing_) return;
    if (worker_.joinable()) worker_.join();
    file_ = file;
    importing_ = true;
    gauge_->Show();
    gauge_->Pulse();
    counts_->SetLabel(
        wxString::Format(_("Importing %s..."), wxString::FromUTF8(utf8Name(file.filename()))));
    copy_->Disable();
    save_->Disable();
    FindWindow(wxID_OK)->Disable();
    const std::string name = utf8Name(file.filename());
    // A database in memory is seen by no second connection: only the file is read off-thread.
    const bool ownConnection = workspace_.databaseFile() != store::kInMemory;
    const std::filesystem::path databaseFile = workspace_.databaseFile();
    const std::int64_t classId = classId_;
    worker_ = std::thread([this, file, name, ownConnection, databaseFile, classId] {
        training::SheetImportResult result;
        std::string bytes;
        bool fileRead = false;
        if (const auto read = readBytes(file)) {
            bytes = *read;
            fileRead = true;
            if (ownConnection) {
                const SystemClock clock;
                store::OpenResult opened = store::Database::open(databaseFile, clock);
                if (opened.ok())
                    result = training::importClassSheet(*opened.database, classId, bytes, name);
                else
                    result.diagnostics.push_back(
                        {name, 0, 0, Severity::Error, "database", opened.error->message});
            }
        } else {
            result.diagnostics.push_back(Diagnostic{
                name, 0, 0, Severity::Error, "unreadable",
                wxString::Format(_("The file %s cannot be read. Check that it exists and is not "
                                   "open in another program."),
                                 wxString::FromUTF8(utf8Name(file)))
                    .utf8_string()});
        }
        CallAfter([this, result = std::move(result), bytes = std::move(bytes), ownConnection,
                   fileRead]() mutable {
            if (!ownConnection && fileRead)
                result = training::importClassSheet(*workspace_.database(), classId_, bytes,
                                                    utf8Name(file_.filename()));
            finished(std::move(result), std::move(bytes));
        });
    });
}

void SheetImportDialog::finished(training::SheetImportResult result, std::string bytes) {
    importing_ = false;
    gauge_->Hide();
    const wxString separator = wxString::FromUTF8(" · ");
    counts_->SetLabel(
        wxString::Format(_("Joined the roster: %d"), static_cast<int>(result.joined)) + separator +
        wxString::Format(_("already on it: %d"), static_cast<int>(result.alreadyOnRoster)) +
        separator + wxString::Format(_("marks written: %d"), static_cast<int>(result.marks)) +
        separator + wxString::Format(_("rows left out: %d"), static_cast<int>(result.rejected)));
    problems_->setProblems(translated(std::move(result.diagnostics), bytes));
    copy_->Enable(!problems_->problems().empty());
    save_->Enable(!problems_->problems().empty());
    FindWindow(wxID_OK)->Enable();
    Layout();
}

wxString SheetImportDialog::problemsText() const {
    wxString text;
    for (const Diagnostic& problem : problems_->problems())
        text += problemLocation(problem) + ": " + wxString::FromUTF8(problem.message) + "\n";
    return text;
}

void SheetImportDialog::copyProblems() {
    wxClipboardLocker lock;
    if (!!lock) wxTheClipboard->SetData(new wxTextDataObject(problemsText()));
}

void SheetImportDialog::saveProblems() {
    wxFileDialog dialog(this, _("Save problems"), wxString(), _("problems.txt"),
                        _("Text files (*.txt)|*.txt"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return;
    std::ofstream out(std::filesystem::path(dialog.GetPath().ToStdWstring()), std::ios::binary);
    out << problemsText().utf8_string();
    if (!out)
        wxMessageBox(wxString::Format(_("%s could not be written. Choose another folder."),
                                      dialog.GetPath()),
                     _("Save problems"), wxOK | wxICON_WARNING, this);
}

bool writeSheetTemplate(store::Database& database, std::int64_t classId,
                        const std::filesystem::path& file) {
    const auto classFile = reports::loadClassFile(database, classId);
    if (!classFile) return false;
    std::string text = "\xEF\xBB\xBF工号,姓名";
    for (const Date day : classFile->days) text += "," + formatDate(day);
    text += "\r\n";
    for (const reports::TraineeRow& trainee : classFile->trainees) {
        text += trainee.employeeNo + "," + trainee.name;
        text += std::string(classFile->days.size(), ',');
        text += "\r\n";
    }
    std::ofstream out(file, std::ios::binary);
    out << text;
    return static_cast<bool>(out);
}

}  // namespace tqm::gui
