#include "admin/people/people_panel.h"

#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/sizer.h>

#include "admin/people/person_dialog.h"
#include "widgets/colours.h"

namespace tqm::gui {

namespace fs = std::filesystem;

PeoplePanel::PeoplePanel(wxWindow* parent, LearnerWorkspace& workspace)
    : wxPanel(parent), workspace_(workspace), pulse_(this) {
    buildLayout();
    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        list_->filter(search_->GetValue());
        updateCount();
    });
    search_->Bind(wxEVT_SEARCH_CANCEL, [this](wxCommandEvent&) { setSearchText(wxString()); });
    import_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { chooseRosterFile(); });
    edit_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { editRow(selectedRow()); });
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED,
                [this](wxListEvent& event) { editRow(event.GetIndex()); });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { progress_->Pulse(); });
    // The roster is read when the panel is first seen, not while the program starts.
    Bind(wxEVT_IDLE, [this](wxIdleEvent& event) {
        event.Skip();
        if (!loaded_ && IsShownOnScreen()) reload();
    });
}

void PeoplePanel::buildLayout() {
    auto* title = new wxStaticText(this, wxID_ANY, _("Roster"));
    title->SetFont(GetFont().Scaled(1.3f).Bold());
    search_ =
        new wxSearchCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(FromDIP(300), -1));
    search_->ShowCancelButton(true);
    search_->SetDescriptiveText(_("Employee number or name"));
    import_ = new wxButton(this, wxID_ANY, _("Import roster..."));
    edit_ = new wxButton(this, wxID_ANY, _("Edit..."));
    count_ = new wxStaticText(this, wxID_ANY, wxString());
    count_->SetForegroundColour(colour(Colour::MutedText));
    list_ = new PersonList(this);
    progress_ = new wxGauge(this, wxID_ANY, 100, wxDefaultPosition, wxSize(FromDIP(160), -1));
    progressText_ = new wxStaticText(this, wxID_ANY, wxString());
    summary_ = new wxStaticText(this, wxID_ANY, wxString());
    summary_->SetFont(GetFont().Bold());
    problems_ = new RosterProblemList(this);

    const int border = FromDIP(10);
    auto* header = new wxBoxSizer(wxHORIZONTAL);
    header->Add(title, wxSizerFlags().CentreVertical().Border(wxRIGHT, FromDIP(16)));
    header->Add(search_, wxSizerFlags().CentreVertical());
    header->AddStretchSpacer();
    header->Add(edit_, wxSizerFlags().CentreVertical().Border(wxRIGHT, FromDIP(8)));
    header->Add(import_, wxSizerFlags().CentreVertical());
    auto* progress = new wxBoxSizer(wxHORIZONTAL);
    progress->Add(progress_, wxSizerFlags().CentreVertical().Border(wxRIGHT, FromDIP(8)));
    progress->Add(progressText_, wxSizerFlags(1).CentreVertical());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(header, wxSizerFlags().Expand().Border(wxALL, border));
    sizer->Add(count_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, border));
    sizer->Add(list_, wxSizerFlags(3).Expand().Border(wxLEFT | wxRIGHT, border));
    sizer->Add(progress, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(summary_, wxSizerFlags().Expand().Border(wxALL, border));
    sizer->Add(problems_, wxSizerFlags(2).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, border));
    SetSizer(sizer);
    sizer->Show(progress, false);
    summary_->Hide();
    problems_->Hide();
    import_->Enable(workspace_.hasDatabase());
}

void PeoplePanel::reload() {
    loaded_ = true;
    list_->setPeople(workspace_.people());
    list_->filter(search_->GetValue());
    updateCount();
}

void PeoplePanel::setSearchText(const wxString& text) {
    search_->ChangeValue(text);
    list_->filter(text);
    updateCount();
}

void PeoplePanel::updateCount() {
    wxString text;
    if (!workspace_.hasDatabase())
        text = _("No database is open, so there is no roster to show.");
    else if (list_->personCount() == 0)
        text = _("The roster is empty. Import the roster file that HR exports (CSV).");
    else
        text = wxString::Format(
            wxPLURAL("%zu of %zu person shown", "%zu of %zu people shown", list_->personCount()),
            list_->shownCount(), list_->personCount());
    count_->SetLabel(text);
    edit_->Enable(list_->shownCount() > 0);
}

long PeoplePanel::selectedRow() const {
    return list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
}

void PeoplePanel::chooseRosterFile() {
    wxFileDialog dialog(this, _("Import a roster"), wxString(), wxString(),
                        _("Roster files (*.csv)|*.csv|All files (*)|*"),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return;
    importRoster(fs::path(dialog.GetPath().utf8_string()));
}

void PeoplePanel::importRoster(const fs::path& csv) {
    store::Database* database = workspace_.database();
    if (!database || task_.running()) return;
    const wxString name = wxString::FromUTF8(csv.filename().string());
    if (workspace_.databaseFile() == store::kInMemory) {
        wxBusyCursor busy;
        showOutcome(importRosterFile(csv, *database));
        return;
    }
    setImporting(true, name);
    task_.start(
        csv, workspace_.databaseFile(), [this](std::function<void()> call) { CallAfter(call); },
        [this](RosterImportOutcome outcome) { showOutcome(std::move(outcome)); });
}

void PeoplePanel::setImporting(bool importing, const wxString& file) {
    import_->Enable(!importing && workspace_.hasDatabase());
    progressText_->SetLabel(importing ? wxString::Format(_("Importing %s..."), file) : wxString());
    GetSizer()->Show(progress_->GetContainingSizer(), importing);
    if (importing)
        pulse_.Start(100);
    else
        pulse_.Stop();
    Layout();
}

void PeoplePanel::showOutcome(RosterImportOutcome outcome) {
    setImporting(false, wxString());
    const wxString file = wxString::FromUTF8(outcome.file.filename().string());
    if (!outcome.failure.empty()) {
        summary_->SetLabel(
            outcome.fileUnreadable
                ? wxString::Format(_("%s could not be read. Check that the file exists and is "
                                     "not open in another program, then import it again."),
                                   file)
                : wxString::Format(_("The database could not be opened, so nothing was "
                                     "imported: %s"),
                                   wxString::FromUTF8(outcome.failure)));
        summary_->SetForegroundColour(colour(Colour::Error));
        problems_->setProblems({}, {});
    } else {
        const cert::RosterImportResult& result = outcome.result;
        summary_->SetLabel(wxString::Format(
            _("%s: %zu added, %zu updated, %zu unchanged; %zu rows skipped because of errors."),
            file, result.counts.added, result.counts.updated, result.counts.unchanged,
            result.rejected));
        summary_->SetForegroundColour(colour(result.rejected > 0 ? Colour::Warning : Colour::Text));
        problems_->setProblems(std::move(outcome.result.diagnostics),
                               std::move(outcome.result.details));
    }
    summary_->Show();
    problems_->Show(problems_->problemCount() > 0);
    reload();
    Layout();
}

bool PeoplePanel::editRow(long row) {
    store::Database* database = workspace_.database();
    if (!database || row < 0 || static_cast<std::size_t>(row) >= list_->shownCount()) return false;
    const std::string employeeNo = list_->personAt(row).employeeNo;
    PersonDialog dialog(this, *database, list_->personAt(row));
    if (dialog.ShowModal() != wxID_OK) return false;
    reload();
    for (long shown = 0; shown < static_cast<long>(list_->shownCount()); ++shown) {
        if (list_->personAt(shown).employeeNo != employeeNo) continue;
        list_->SetItemState(shown, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                            wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        list_->EnsureVisible(shown);
    }
    return true;
}

}  // namespace tqm::gui
