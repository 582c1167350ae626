#include "compete/contest_page.h"

#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/utils.h>

#include "compete/contest_dialog.h"
#include "compete/contest_repository.h"
#include "compete/contest_texts.h"
#include "compete/package_export.h"
#include "compete/package_repository.h"
#include "compete/trust_dialog.h"
#include "store/attempt_repository.h"

namespace tqm::gui {

namespace fs = std::filesystem;

namespace {

constexpr int kOpenFileId = wxID_HIGHEST + 31;
enum DetailPage { kRankingPage, kUnitsPage, kMergePage };

wxString pathText(const fs::path& file) {
    return wxString::FromUTF8(file.string());
}

}  // namespace

ContestPage::ContestPage(wxWindow* parent, LearnerWorkspace& workspace)
    : wxPanel(parent), workspace_(workspace) {
    bar_ = new wxInfoBar(this);
    list_ = new ContestList(this);
    list_->SetMinSize(FromDIP(wxSize(-1, 130)));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(buildButtons(), wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
    sizer->Add(bar_, wxSizerFlags().Expand());
    sizer->Add(list_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, FromDIP(8)));
    sizer->Add(buildDetails(), wxSizerFlags(3).Expand().Border(wxALL, FromDIP(8)));
    SetSizer(sizer);

    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { showSelected(); });
    bar_->Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent&) {
            if (written_) wxLaunchDefaultApplication(pathText(*written_));
        },
        kOpenFileId);
    refresh();
}

wxSizer* ContestPage::buildButtons() {
    new_ = new wxButton(this, wxID_ANY, _("New competition..."));
    join_ = new wxButton(this, wxID_ANY, _("Join a competition..."));
    exportPackage_ = new wxButton(this, wxID_ANY, _("Export result package..."));
    merge_ = new wxButton(this, wxID_ANY, _("Merge result packages..."));
    trust_ = new wxButton(this, wxID_ANY, _("Trust workstations..."));
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    const int gap = FromDIP(6);
    row->Add(new_);
    row->Add(join_, wxSizerFlags().Border(wxLEFT, gap));
    row->AddSpacer(FromDIP(24));
    row->Add(exportPackage_);
    row->Add(merge_, wxSizerFlags().Border(wxLEFT, gap));
    row->AddStretchSpacer();
    row->Add(trust_);
    new_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { askToCreate(false); });
    join_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { askToCreate(true); });
    exportPackage_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { askToExportPackage(); });
    merge_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { askToMerge(); });
    trust_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { askToTrust(); });
    return row;
}

wxSizer* ContestPage::buildDetails() {
    identity_ = new wxTextCtrl(this, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize,
                               wxTE_READONLY | wxBORDER_NONE);
    identity_->SetBackgroundColour(GetBackgroundColour());
    details_ = new wxNotebook(this, wxID_ANY);
    ranking_ = new RankingList(details_);
    units_ = new UnitList(details_);
    mergeReport_ = new MergeReportList(details_);
    details_->AddPage(ranking_, _("Ranking"));
    details_->AddPage(units_, _("By unit"));
    details_->AddPage(mergeReport_, _("Last merge"));
    auto* exports = new wxBoxSizer(wxHORIZONTAL);
    exports->Add(identity_, wxSizerFlags(1).CentreVertical());
    const std::pair<wxString, compete::StandingsFormat> formats[] = {
        {_("Export CSV..."), compete::StandingsFormat::Csv},
        {_("Export XLSX..."), compete::StandingsFormat::Xlsx},
        {_("Export PDF..."), compete::StandingsFormat::Pdf}};
    for (const auto& [label, format] : formats) {
        auto* button = new wxButton(this, wxID_ANY, label);
        button->Bind(wxEVT_BUTTON,
                     [this, format](wxCommandEvent&) { askToExportStandings(format); });
        exports->Add(button, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
        exportTable_.push_back(button);
    }
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(exports, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(6)));
    column->Add(details_, wxSizerFlags(1).Expand());
    return column;
}

session::ExamService* ContestPage::service() {
    store::Database* database = workspace_.database();
    if (!database) return nullptr;
    if (!service_ || serviceDatabase_ != database) {
        service_.reset();
        keys_ = admin::KeyStore::forDatabase(workspace_.databaseFile());
        service_ = std::make_unique<session::ExamService>(*database, *keys_);
        serviceDatabase_ = database;
    }
    return service_.get();
}

admin::KeyStore* ContestPage::keys() {
    return service() ? keys_.get() : nullptr;
}

void ContestPage::refresh() {
    std::vector<ContestRow> rows;
    if (session::ExamService* exams = service()) {
        store::Database& db = exams->database();
        compete::PackageRepository packages(db);
        store::AttemptRepository attempts(db);
        for (compete::Competition& c : compete::ContestRepository(db).list()) {
            ContestRow row;
            row.attemptsHere = attempts.submittedOfExam(c.examId).size();
            row.merged = packages.results(c.id).size();
            row.competition = std::move(c);
            rows.push_back(std::move(row));
        }
    }
    list_->setRows(std::move(rows));
    showSelected();
}

bool ContestPage::selectCompetition(const std::string& id) {
    for (std::size_t i = 0; i < list_->rows().size(); ++i)
        if (list_->rows()[i].competition.id == id) {
            list_->select(i);
            showSelected();
            return true;
        }
    return false;
}

const compete::Competition* ContestPage::selected() const {
    const ContestRow* row = list_->selected();
    return row ? &row->competition : nullptr;
}

void ContestPage::showSelected() {
    const compete::Competition* chosen = selected();
    std::optional<compete::Standings> standings;
    if (chosen && service()) standings = compete::loadStandings(service()->database(), chosen->id);
    ranking_->setRanking(standings ? standings->ranking : std::vector<compete::RankedResult>{});
    units_->setUnits(standings ? standings->units : std::vector<compete::UnitFigures>{});
    identity_->ChangeValue(
        chosen ? wxString::Format(_("Id %s   Seed %lld   (other workstations join with these)"),
                                  wxString::FromUTF8(chosen->id), (long long)chosen->seed)
               : (workspace_.hasDatabase()
                      ? _("No competition yet: make one with New competition, or join one made "
                          "on another workstation.")
                      : _("No database is open, so there are no competitions.")));
    updateButtons();
}

void ContestPage::updateButtons() {
    const bool database = workspace_.hasDatabase();
    const bool chosen = selected() != nullptr;
    new_->Enable(database);
    join_->Enable(database);
    trust_->Enable(database);
    exportPackage_->Enable(chosen);
    merge_->Enable(chosen);
    for (wxButton* button : exportTable_) button->Enable(chosen);
}

void ContestPage::tell(const wxString& text, int icon, const std::optional<fs::path>& file) {
    message_ = text;
    // The bar's own close button would be labelled by wxWidgets' catalog, which the program
    // does not ship; a button of ours says 关闭 like the rest of the window.
    for (const wxWindowID id : {kOpenFileId, int(wxID_CLOSE)})
        if (bar_->HasButtonId(id)) bar_->RemoveButton(id);
    written_ = file;
    if (file) bar_->AddButton(kOpenFileId, _("Open file"));
    bar_->AddButton(wxID_CLOSE, _("Close"));
    bar_->ShowMessage(text, icon);
    Layout();
}

void ContestPage::askToCreate(bool join) {
    session::ExamService* exams = service();
    if (!exams) return;
    ContestDialog dialog(this, workspace_, *exams,
                         join ? ContestDialog::Mode::Join : ContestDialog::Mode::Create);
    if (dialog.ShowModal() != wxID_OK || !dialog.made()) return;
    refresh();
    selectCompetition(dialog.made()->id);
    tell(wxString::Format(join ? _("Joined the competition \"%s\".")
                               : _("The competition \"%s\" was made. Join it on every other "
                                   "workstation with its id and seed shown below."),
                          wxString::FromUTF8(dialog.made()->name)),
         wxICON_INFORMATION);
}

std::vector<compete::MergeOutcome> ContestPage::mergeFiles(const std::vector<fs::path>& files) {
    const compete::Competition* chosen = selected();
    session::ExamService* exams = service();
    if (!chosen || !exams || files.empty()) return {};
    const std::string id = chosen->id;
    store::Database& db = exams->database();
    auto outcomes = std::make_shared<std::vector<compete::MergeOutcome>>();
    const bool finished = work_.run(
        this, _("Merging result packages"), _("Checking the signatures and merging the results..."),
        [&db, id, files, outcomes](const std::atomic<bool>& cancelled) {
            // Each package is merged whole in its own transaction; a cancel stops between them.
            for (const fs::path& file : files) {
                if (cancelled) return;
                outcomes->push_back(compete::mergePackageFile(db, id, file));
            }
        });
    std::vector<compete::MergeOutcome> shown =
        finished ? *outcomes : std::vector<compete::MergeOutcome>{};
    refresh();
    selectCompetition(id);
    mergeReport_->setOutcomes(shown);
    details_->ChangeSelection(kMergePage);
    std::size_t merged = 0, refused = 0;
    for (const compete::MergeOutcome& outcome : shown) {
        if (outcome.status == compete::MergeStatus::Merged) merged += outcome.attempts;
        if (outcome.status == compete::MergeStatus::Refused) ++refused;
    }
    if (!finished)
        tell(_("The merge was cancelled; the packages merged before it stopped are kept."),
             wxICON_WARNING);
    else if (refused > 0)
        tell(
            wxString::Format(wxPLURAL("%zu package was refused; see the reasons below.",
                                      "%zu packages were refused; see the reasons below.", refused),
                             refused),
            wxICON_WARNING);
    else
        tell(wxString::Format(wxPLURAL("%zu attempt merged.", "%zu attempts merged.", merged),
                              merged),
             wxICON_INFORMATION);
    return shown;
}

void ContestPage::askToMerge() {
    wxFileDialog dialog(this, _("Merge result packages"), {}, {},
                        _("Result packages (*.json)|*.json|All files (*)|*"),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST | wxFD_MULTIPLE);
    if (dialog.ShowModal() != wxID_OK) return;
    wxArrayString paths;
    dialog.GetPaths(paths);
    std::vector<fs::path> files;
    for (const wxString& path : paths) files.emplace_back(path.utf8_string());
    mergeFiles(files);
}

bool ContestPage::exportPackageTo(const fs::path& file) {
    const compete::Competition* chosen = selected();
    if (!chosen || !service()) return false;
    const std::string id = chosen->id;
    store::Database& db = service()->database();
    admin::KeyStore& store = *keys_;
    auto result = std::make_shared<compete::PackageExport>();
    auto written = std::make_shared<std::optional<session::Refusal>>();
    const bool finished = work_.run(
        this, _("Exporting the result package"), _("Collecting and signing the results..."),
        [&db, &store, id, file, result, written](const std::atomic<bool>& cancelled) {
            *result = compete::exportPackage(db, store, id);
            if (!result->refusal && !cancelled) *written = compete::writePackageFile(file, *result);
        });
    if (!finished) return false;
    const std::optional<session::Refusal> refusal = result->refusal ? result->refusal : *written;
    if (refusal) {
        tell(packageExportText(*refusal), wxICON_ERROR);
        return false;
    }
    wxString text = wxString::Format(
        wxPLURAL("%zu attempt saved in %s.", "%zu attempts saved in %s.", result->attempts),
        result->attempts, fileNameText(file));
    if (result->stillOpen > 0)
        text += " " + wxString::Format(wxPLURAL("%zu attempt is still running and is not in the "
                                                "package; export again once it is submitted.",
                                                "%zu attempts are still running and are not in "
                                                "the package; export again once they are "
                                                "submitted.",
                                                result->stillOpen),
                                       result->stillOpen);
    tell(text, result->stillOpen > 0 ? wxICON_WARNING : wxICON_INFORMATION);
    return true;
}

void ContestPage::askToExportPackage() {
    const compete::Competition* chosen = selected();
    if (!chosen) return;
    wxFileDialog dialog(this, _("Export result package"), {},
                        wxString::FromUTF8(chosen->name) + wxS(".json"),
                        _("Result packages (*.json)|*.json"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() == wxID_OK) exportPackageTo(fs::path(dialog.GetPath().utf8_string()));
}

bool ContestPage::exportStandingsTo(const fs::path& file, compete::StandingsTable table,
                                    compete::StandingsFormat format) {
    const compete::Competition* chosen = selected();
    if (!chosen || !service()) return false;
    std::optional<compete::Standings> standings =
        compete::loadStandings(service()->database(), chosen->id);
    if (!standings) return false;
    const TimePoint now = workspace_.clock().now();
    auto error = std::make_shared<std::optional<report::ExportError>>();
    const bool finished =
        work_.run(this, _("Exporting"), _("Writing the file..."),
                  [file, table, format, now, error,
                   standings = std::move(*standings)](const std::atomic<bool>& cancelled) {
                      if (!cancelled)
                          *error = compete::writeStandings(file, standings, table, format, now);
                  });
    if (!finished) return false;
    if (*error) {
        tell(standingsExportText(**error), wxICON_ERROR);
        return false;
    }
    tell(wxString::Format(_("Saved as %s."), pathText(file)), wxICON_INFORMATION, file);
    return true;
}

void ContestPage::askToExportStandings(compete::StandingsFormat format) {
    const compete::Competition* chosen = selected();
    if (!chosen) return;
    const compete::StandingsTable table = details_->GetSelection() == kUnitsPage
                                              ? compete::StandingsTable::Units
                                              : compete::StandingsTable::Ranking;
    const wxString extension = format == compete::StandingsFormat::Csv    ? wxS("csv")
                               : format == compete::StandingsFormat::Xlsx ? wxS("xlsx")
                                                                          : wxS("pdf");
    const wxString suggested = wxString::Format(
        table == compete::StandingsTable::Units ? _("%s - by unit.%s") : _("%s - ranking.%s"),
        wxString::FromUTF8(chosen->name), extension);
    wxFileDialog dialog(this, _("Export the table"), {}, suggested,
                        wxString::Format("*.%s|*.%s", extension, extension),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() == wxID_OK)
        exportStandingsTo(fs::path(dialog.GetPath().utf8_string()), table, format);
}

void ContestPage::askToTrust() {
    session::ExamService* exams = service();
    if (!exams) return;
    TrustDialog dialog(this, exams->database(), *keys_);
    dialog.ShowModal();
}

}  // namespace tqm::gui
