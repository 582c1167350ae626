#include "compete/live/live_competition_panel.h"

#include <wx/datetime.h>
#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/sizer.h>

#include "compete/live/live_texts.h"
#include "compete/live_session.h"
#include "widgets/colours.h"
#include "widgets/problem_list.h"

namespace tqm::gui {

namespace {

wxString momentText(std::int64_t unixMs) {
    return wxDateTime(wxLongLong(unixMs)).Format("%Y-%m-%d %H:%M");
}

}  // namespace

LiveCompetitionPanel::LiveCompetitionPanel(wxWindow* parent, LearnerWorkspace& workspace,
                                           const compete::LiveClock* clock)
    : wxPanel(parent), workspace_(workspace), clock_(clock ? *clock : steadyClock_) {
    pages_ = new wxSimplebook(this);
    pages_->AddPage(buildListPage(), wxString());
    consolePage_ = new wxPanel(pages_);
    consolePage_->SetSizer(new wxBoxSizer(wxVERTICAL));
    pages_->AddPage(consolePage_, wxString());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(pages_, wxSizerFlags(1).Expand());
    SetSizer(sizer);
    refreshList();
}

wxWindow* LiveCompetitionPanel::buildListPage() {
    auto* page = new wxPanel(pages_);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* heading = new wxStaticText(page, wxID_ANY, _("Live team competitions"));
    heading->SetFont(GetFont().Scaled(1.3f).Bold());
    sizer->Add(heading);
    auto* hint = new wxStaticText(
        page, wxID_ANY,
        _("Open a competition file to start, or continue a competition from the list exactly "
          "where it stopped."));
    hint->SetForegroundColour(colour(Colour::MutedText));
    sizer->Add(hint, wxSizerFlags().Border(wxTOP, FromDIP(4)));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* open = new wxButton(page, wxID_ANY, _("Open competition file..."));
    open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onOpenFile(); });
    buttons->Add(open);
    demo_ = new wxButton(page, wxID_ANY, _("Open the demo competition"));
    demo_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { openFile(demoFile()); });
    demo_->Enable(!demoFile().empty());
    buttons->Add(demo_, wxSizerFlags().Border(wxLEFT, FromDIP(8)));
    sizer->Add(buttons, wxSizerFlags().Border(wxTOP, FromDIP(12)));

    summary_ = new wxStaticText(page, wxID_ANY, wxString());
    summary_->SetForegroundColour(colour(Colour::Error));
    sizer->Add(summary_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(8)));
    problems_ = new wxListCtrl(page, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                               wxLC_REPORT | wxLC_SINGLE_SEL);
    problems_->AppendColumn(_("Where"), wxLIST_FORMAT_LEFT, FromDIP(220));
    problems_->AppendColumn(_("Problem"), wxLIST_FORMAT_LEFT, FromDIP(640));
    problems_->SetMinSize(wxSize(-1, FromDIP(120)));
    sizer->Add(problems_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(4)));
    summary_->Hide();
    problems_->Hide();

    auto* listHeading = new wxStaticText(page, wxID_ANY, _("Competitions in this database"));
    listHeading->SetFont(GetFont().Bold());
    sizer->Add(listHeading, wxSizerFlags().Border(wxTOP, FromDIP(16)));
    list_ = new wxListCtrl(page, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->AppendColumn(_("No."), wxLIST_FORMAT_RIGHT, FromDIP(50));
    list_->AppendColumn(_("Competition"), wxLIST_FORMAT_LEFT, FromDIP(420));
    list_->AppendColumn(_("Started"), wxLIST_FORMAT_LEFT, FromDIP(150));
    list_->AppendColumn(_("Events"), wxLIST_FORMAT_RIGHT, FromDIP(70));
    list_->AppendColumn(_("Last event"), wxLIST_FORMAT_LEFT, FromDIP(150));
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { updateButtons(); });
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) {
        if (const auto row = selectedRow()) resume(row->id);
    });
    sizer->Add(list_, wxSizerFlags(1).Expand().Border(wxTOP, FromDIP(4)));

    auto* rowButtons = new wxBoxSizer(wxHORIZONTAL);
    resume_ = new wxButton(page, wxID_ANY, _("Continue competition"));
    resume_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (const auto row = selectedRow()) resume(row->id);
    });
    rowButtons->Add(resume_);
    again_ = new wxButton(page, wxID_ANY, _("Start again from its file"));
    again_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (const auto row = selectedRow()) startAgain(row->filePath);
    });
    rowButtons->Add(again_, wxSizerFlags().Border(wxLEFT, FromDIP(8)));
    sizer->Add(rowButtons, wxSizerFlags().Border(wxTOP, FromDIP(8)));

    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(sizer, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(16)));
    page->SetSizer(outer);
    return page;
}

std::filesystem::path LiveCompetitionPanel::demoFile() const {
    const std::filesystem::path file = workspace_.contentDir() / "demo-team-contest.xml";
    std::error_code error;
    return !workspace_.contentDir().empty() && std::filesystem::is_regular_file(file, error)
               ? file
               : std::filesystem::path();
}

void LiveCompetitionPanel::refreshList() {
    rows_.clear();
    if (store::Database* database = workspace_.database())
        rows_ = store::LiveEventRepository(*database).competitions();
    list_->DeleteAllItems();
    for (const store::LiveCompetitionSummary& row : rows_) {
        const long item = list_->InsertItem(
            list_->GetItemCount(), wxString::Format("%lld", static_cast<long long>(row.id)));
        list_->SetItem(item, 1, wxString::FromUTF8(row.title));
        list_->SetItem(item, 2, momentText(row.startedAt));
        list_->SetItem(item, 3, wxString::Format("%lld", static_cast<long long>(row.eventCount)));
        list_->SetItem(item, 4, momentText(row.lastEventAt));
    }
    if (!rows_.empty()) list_->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    updateButtons();
}

std::optional<store::LiveCompetitionSummary> LiveCompetitionPanel::selectedRow() const {
    const long item = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (item < 0 || static_cast<std::size_t>(item) >= rows_.size()) return std::nullopt;
    return rows_[static_cast<std::size_t>(item)];
}

void LiveCompetitionPanel::updateButtons() {
    const bool selected = selectedRow().has_value();
    resume_->Enable(selected);
    again_->Enable(selected);
}

void LiveCompetitionPanel::onOpenFile() {
    wxFileDialog dialog(this, _("Open a competition file"),
                        wxString::FromUTF8(workspace_.contentDir().string()), wxString(),
                        _("Competition files (*.xml)|*.xml|All files|*"),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return;
    openFile(std::filesystem::path(dialog.GetPath().ToStdString(wxConvUTF8)));
}

bool LiveCompetitionPanel::openFile(const std::filesystem::path& file) {
    store::Database* database = workspace_.database();
    if (!database) return false;
    return show(compete::LiveSession::openOrResume(*database, file, clock_), file);
}

bool LiveCompetitionPanel::startAgain(const std::filesystem::path& file) {
    store::Database* database = workspace_.database();
    if (!database) return false;
    return show(compete::LiveSession::start(*database, file, clock_), file);
}

bool LiveCompetitionPanel::resume(std::int64_t id) {
    store::Database* database = workspace_.database();
    if (!database) return false;
    std::filesystem::path file;
    for (const store::LiveCompetitionSummary& row : rows_)
        if (row.id == id) file = row.filePath;
    return show(compete::LiveSession::resume(*database, clock_, id), file);
}

bool LiveCompetitionPanel::show(compete::LiveOpenResult opened, const std::filesystem::path& file) {
    if (!opened.session) {
        showProblems(file, opened.diagnostics);
        return false;
    }
    showProblems(file, {});
    wxSizer* sizer = consolePage_->GetSizer();
    sizer->Clear(true);
    console_ =
        new HostConsole(consolePage_, *workspace_.database(), std::move(opened.session), clock_);
    auto* back = new wxButton(consolePage_, wxID_ANY, _("Back to the list of competitions"));
    back->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { CallAfter([this] { showList(); }); });
    sizer->Add(back, wxSizerFlags().Border(wxLEFT | wxTOP, FromDIP(12)));
    sizer->Add(console_, wxSizerFlags(1).Expand());
    pages_->SetSelection(1);
    consolePage_->Layout();
    console_->SetFocus();
    return true;
}

void LiveCompetitionPanel::showList() {
    consolePage_->GetSizer()->Clear(true);
    console_ = nullptr;
    refreshList();
    pages_->SetSelection(0);
}

void LiveCompetitionPanel::showProblems(const std::filesystem::path& file,
                                        const std::vector<Diagnostic>& problems) {
    problems_->DeleteAllItems();
    if (problems.empty()) {
        summary_->SetLabel(wxString());
        summary_->Hide();
        problems_->Hide();
        pages_->GetPage(0)->Layout();
        return;
    }
    const std::size_t errors = countBySeverity(problems, Severity::Error);
    summary_->SetLabel(wxString::Format(
        wxPLURAL("%s cannot be used: %zu problem. Correct the file and open it again.",
                 "%s cannot be used: %zu problems. Correct the file and open it again.", errors),
        wxString::FromUTF8(file.filename().string()), errors));
    for (const Diagnostic& problem : problems) {
        const long item =
            problems_->InsertItem(problems_->GetItemCount(), problemLocation(problem));
        problems_->SetItem(item, 1, contestProblemText(problem));
    }
    summary_->Show();
    problems_->Show();
    pages_->GetPage(0)->Layout();
}

}  // namespace tqm::gui
