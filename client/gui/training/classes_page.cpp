#include "training/classes_page.h"

#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>

#include "training/attendance_grid.h"
#include "training/class_dialog.h"
#include "training/class_list.h"
#include "training/class_overview.h"
#include "training/roster_page.h"
#include "training/sheet_import_dialog.h"
#include "training/sign_in_desk.h"
#include "widgets/colours.h"

namespace tqm::gui {

ClassesPage::ClassesPage(wxWindow* parent, LearnerWorkspace& workspace)
    : wxPanel(parent), workspace_(workspace) {
    auto* create = new wxButton(this, wxID_ANY, _("New class..."));
    edit_ = new wxButton(this, wxID_ANY, _("Edit..."));
    import_ = new wxButton(this, wxID_ANY, _("Import sign-in sheet..."));
    template_ = new wxButton(this, wxID_ANY, _("Sheet template..."));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    for (wxButton* button : {create, edit_, import_, template_})
        buttons->Add(button, 0, wxRIGHT, FromDIP(6));

    book_ = new wxSimplebook(this);
    book_->AddPage(makeEmptyState(book_), wxString());
    auto* split = new wxSplitterWindow(book_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                       wxSP_LIVE_UPDATE | wxSP_3DSASH);
    list_ = new ClassList(split);
    tabs_ = new wxNotebook(split, wxID_ANY);
    const auto changed = [this] { refresh(); };
    overview_ = new ClassOverview(tabs_, workspace, changed);
    roster_ = new RosterPage(tabs_, workspace, changed);
    desk_ = new SignInDesk(tabs_, workspace, changed);
    grid_ = new AttendanceGrid(tabs_, workspace, changed);
    tabs_->AddPage(overview_, _("Overview and summary"));
    tabs_->AddPage(roster_, _("Class roster"));
    tabs_->AddPage(desk_, _("Attendance desk"));
    tabs_->AddPage(grid_, _("Attendance table"));
    split->SetMinimumPaneSize(FromDIP(200));
    // The details need the room a wider window brings; the list keeps its width.
    split->SetSashGravity(0.0);
    split->SplitVertically(list_, tabs_, FromDIP(520));
    book_->AddPage(split, wxString());

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(buttons, 0, wxALL, FromDIP(8));
    column->Add(book_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
    SetSizer(column);

    create->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { newClass(); });
    edit_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { editClass(); });
    import_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { importSheet(); });
    template_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { saveTemplate(); });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { showSelected(); });
    list_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { showSelected(); });
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { editClass(); });
    tabs_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& event) {
        if (event.GetSelection() == SignInTab) desk_->numberField()->SetFocus();
        event.Skip();
    });
    refresh();
    // The splitter is sized only once the page is laid out; the sash is placed after that.
    CallAfter([this, split] { split->SetSashPosition(FromDIP(520)); });
}

wxWindow* ClassesPage::makeEmptyState(wxWindow* parent) {
    auto* panel = new wxPanel(parent);
    auto* title = new wxStaticText(panel, wxID_ANY, _("No training classes yet"));
    title->SetFont(GetFont().Scaled(1.4f).Bold());
    auto* text = new wxStaticText(
        panel, wxID_ANY,
        _("A training class has a code, dates, a place, teachers and a plan of courses "
          "with hours. Create one with New class, then add its trainees on the Roster tab, sign "
          "them in by employee number each day, or import a sign-in sheet kept in Excel."));
    text->SetForegroundColour(colour(Colour::MutedText));
    text->Wrap(FromDIP(560));
    auto* create = new wxButton(panel, wxID_ANY, _("New class..."));
    create->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { newClass(); });
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->AddStretchSpacer(1);
    column->Add(title, 0, wxALIGN_CENTER_HORIZONTAL | wxBOTTOM, FromDIP(10));
    column->Add(text, 0, wxALIGN_CENTER_HORIZONTAL | wxBOTTOM, FromDIP(16));
    column->Add(create, 0, wxALIGN_CENTER_HORIZONTAL);
    column->AddStretchSpacer(2);
    panel->SetSizer(column);
    return panel;
}

void ClassesPage::refresh() {
    if (!workspace_.database()) return;
    list_->load(*workspace_.database());
    book_->ChangeSelection(list_->classCount() == 0 ? 0 : 1);
    if (!list_->selectedFile() && list_->classCount() > 0)
        list_->selectClass(list_->fileAt(0).trainingClass.id);
    showSelected();
}

void ClassesPage::showSelected() {
    const reports::ClassFile* file = list_->selectedFile();
    overview_->show(file);
    roster_->show(file);
    desk_->show(file);
    grid_->show(file);
    for (wxButton* button : {edit_, import_, template_}) button->Enable(file != nullptr);
}

void ClassesPage::newClass() {
    if (!workspace_.database()) return;
    training::TrainingClass fresh;
    ClassDialog dialog(this, workspace_, fresh);
    if (dialog.ShowModal() != wxID_OK) return;
    refresh();
    list_->selectClass(dialog.savedId());
    showSelected();
}

void ClassesPage::editClass() {
    const reports::ClassFile* file = list_->selectedFile();
    if (!file) return;
    ClassDialog dialog(this, workspace_, file->trainingClass);
    if (dialog.ShowModal() == wxID_OK) refresh();
}

void ClassesPage::importSheet() {
    const reports::ClassFile* file = list_->selectedFile();
    if (!file) return;
    wxFileDialog choose(this, _("Choose a sign-in sheet"), wxString(), wxString(),
                        _("CSV files (*.csv)|*.csv|All files|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (choose.ShowModal() != wxID_OK) return;
    SheetImportDialog dialog(this, workspace_, file->trainingClass.id);
    dialog.start(std::filesystem::path(choose.GetPath().ToStdWstring()));
    dialog.ShowModal();
    refresh();
}

void ClassesPage::saveTemplate() {
    const reports::ClassFile* file = list_->selectedFile();
    if (!file) return;
    wxFileDialog choose(
        this, _("Save a sign-in sheet template"), wxString(),
        wxString::Format(_("sign-in sheet %s.csv"), wxString::FromUTF8(file->trainingClass.code)),
        _("CSV files (*.csv)|*.csv"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (choose.ShowModal() != wxID_OK) return;
    if (!writeSheetTemplate(*workspace_.database(), file->trainingClass.id,
                            std::filesystem::path(choose.GetPath().ToStdWstring())))
        wxMessageBox(wxString::Format(_("%s could not be written. Choose another folder."),
                                      choose.GetPath()),
                     _("Sheet template"), wxOK | wxICON_WARNING, this);
}

}  // namespace tqm::gui
