#include "training/roster_page.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "store/training_class_repository.h"
#include "training/training_texts.h"
#include "widgets/list_columns.h"

namespace tqm::gui {

namespace {

constexpr std::size_t kMostOffered = 200;  // a search narrows a plant's roster to a few anyway

long selectedRow(const wxListCtrl& list) {
    return list.GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
}

}  // namespace

RosterPage::RosterPage(wxWindow* parent, LearnerWorkspace& workspace, std::function<void()> changed)
    : wxPanel(parent), workspace_(workspace), changed_(std::move(changed)) {
    roster_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                             wxLC_REPORT | wxLC_SINGLE_SEL);
    // TRANSLATORS: the employee number, 工号 in Chinese plants.
    appendFittedColumn(*roster_, _("Employee no."), 80);
    appendFittedColumn(*roster_, _("Name"), 90);
    appendFittedColumn(*roster_, _("Unit"), 90);
    appendFittedColumn(*roster_, _("Days attended"), 70);
    appendFittedColumn(*roster_, _("Hours"), 60);
    auto* remove = new wxButton(this, wxID_ANY, _("Remove from roster"));

    search_ = new wxSearchCtrl(this, wxID_ANY);
    search_->SetDescriptiveText(_("Employee no. or name"));
    search_->ShowCancelButton(true);
    offered_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                              wxLC_REPORT | wxLC_SINGLE_SEL);
    // TRANSLATORS: the employee number, 工号 in Chinese plants.
    appendFittedColumn(*offered_, _("Employee no."), 80);
    appendFittedColumn(*offered_, _("Name"), 90);
    appendFittedColumn(*offered_, _("Unit"), 90);
    auto* add = new wxButton(this, wxID_ANY, _("Add to roster"));

    auto* left = new wxBoxSizer(wxVERTICAL);
    left->Add(new wxStaticText(this, wxID_ANY, _("Trainees on the roster")), 0, wxBOTTOM,
              FromDIP(4));
    left->Add(roster_, 1, wxEXPAND | wxBOTTOM, FromDIP(6));
    left->Add(remove, 0);
    auto* right = new wxBoxSizer(wxVERTICAL);
    right->Add(new wxStaticText(this, wxID_ANY, _("Add people")), 0, wxBOTTOM, FromDIP(4));
    right->Add(search_, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
    right->Add(offered_, 1, wxEXPAND | wxBOTTOM, FromDIP(6));
    right->Add(add, 0);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(left, 3, wxEXPAND | wxALL, FromDIP(8));
    row->Add(right, 2, wxEXPAND | wxTOP | wxRIGHT | wxBOTTOM, FromDIP(8));
    SetSizer(row);

    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { search(search_->GetValue()); });
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addOffered(selectedRow(*offered_)); });
    offered_->Bind(wxEVT_LIST_ITEM_ACTIVATED,
                   [this](wxListEvent& event) { addOffered(event.GetIndex()); });
    remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { removeTrainee(selectedRow(*roster_)); });
}

void RosterPage::show(const reports::ClassFile* file) {
    file_ = file ? std::optional(*file) : std::nullopt;
    roster_->DeleteAllItems();
    if (file_)
        for (std::size_t i = 0; i < file_->trainees.size(); ++i) {
            const reports::TraineeRow& trainee = file_->trainees[i];
            const long row =
                roster_->InsertItem(static_cast<long>(i), wxString::FromUTF8(trainee.employeeNo));
            roster_->SetItem(row, 1, wxString::FromUTF8(trainee.name));
            roster_->SetItem(row, 2, wxString::FromUTF8(trainee.unit));
            roster_->SetItem(row, 3, wxString::Format("%d", trainee.attendedDays));
            roster_->SetItem(row, 4, hoursText(trainee.hoursHundredths));
        }
    search(search_->GetValue());
}

void RosterPage::search(const wxString& text) {
    offeredPeople_.clear();
    offered_->DeleteAllItems();
    if (!file_ || !workspace_.database()) return;
    const wxString wanted = wxString(text).Trim().Trim(false).Lower();
    for (store::Person& person : workspace_.people()) {
        if (offeredPeople_.size() >= kMostOffered) break;
        bool onRoster = false;
        for (const reports::TraineeRow& trainee : file_->trainees)
            onRoster = onRoster || trainee.personId == person.id;
        if (onRoster) continue;
        if (!wanted.empty() && !wxString::FromUTF8(person.employeeNo).Lower().Contains(wanted) &&
            !wxString::FromUTF8(person.name).Lower().Contains(wanted))
            continue;
        offeredPeople_.push_back(std::move(person));
    }
    for (std::size_t i = 0; i < offeredPeople_.size(); ++i) {
        const long row = offered_->InsertItem(static_cast<long>(i),
                                              wxString::FromUTF8(offeredPeople_[i].employeeNo));
        offered_->SetItem(row, 1, wxString::FromUTF8(offeredPeople_[i].name));
        offered_->SetItem(row, 2, wxString::FromUTF8(offeredPeople_[i].unit));
    }
}

void RosterPage::addOffered(long row) {
    if (!file_ || row < 0 || row >= static_cast<long>(offeredPeople_.size())) return;
    store::TrainingClassRepository(*workspace_.database())
        .addMember(file_->trainingClass.id, offeredPeople_[static_cast<std::size_t>(row)].id);
    if (changed_) changed_();
}

void RosterPage::removeTrainee(long row) {
    if (!file_ || row < 0 || row >= static_cast<long>(file_->trainees.size())) return;
    const reports::TraineeRow& trainee = file_->trainees[static_cast<std::size_t>(row)];
    const bool marked = std::any_of(trainee.days.begin(), trainee.days.end(),
                                    [](const auto& mark) { return mark.has_value(); });
    // Their attendance goes with them, so a trainee with marks is removed only when confirmed.
    if (marked &&
        wxMessageBox(wxString::Format(_("Remove %s %s from the roster? Their attendance marks in "
                                        "this class are removed too."),
                                      wxString::FromUTF8(trainee.employeeNo),
                                      wxString::FromUTF8(trainee.name)),
                     _("Remove from roster"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION,
                     this) != wxYES)
        return;
    store::TrainingClassRepository(*workspace_.database())
        .removeMember(file_->trainingClass.id, trainee.personId);
    if (changed_) changed_();
}

}  // namespace tqm::gui
