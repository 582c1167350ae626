#include "training/plan_editor.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>

#include "base/hundredths.h"
#include "learn/course_texts.h"
#include "training/training_texts.h"
#include "widgets/colours.h"
#include "widgets/list_columns.h"

namespace tqm::gui {

PlanEditor::PlanEditor(wxWindow* parent, const LearnerWorkspace& workspace,
                       std::vector<training::PlanItem> plan)
    : wxPanel(parent), plan_(std::move(plan)) {
    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 120)),
                           wxLC_REPORT | wxLC_SINGLE_SEL);
    appendFittedColumn(*list_, _("Course or lesson"), 300);
    appendFittedColumn(*list_, _("Hours"), 70);
    appendFittedColumn(*list_, _("Day"), 110);

    courseChoice_ = new wxChoice(this, wxID_ANY);
    for (const course::Course& course : workspace.courses()) {
        // Reports are printed in Chinese, so the plan keeps the Chinese title.
        const std::string title = course.titleZh.empty() ? course.titleEn : course.titleZh;
        choices_.push_back({course.id, "", title});
        courseChoice_->Append(courseTitle(course));
        for (const course::Lesson& lesson : course.lessons) {
            choices_.push_back({course.id, lesson.id, lesson.title});
            // TRANSLATORS: one lesson of a course in the list of what a class can teach.
            courseChoice_->Append(
                wxString::Format(_("    %s (lesson)"), wxString::FromUTF8(lesson.title)));
        }
    }
    if (!choices_.empty()) courseChoice_->SetSelection(0);
    hours_ = new wxTextCtrl(this, wxID_ANY, "2", wxDefaultPosition, FromDIP(wxSize(60, -1)));
    hours_->SetHint(_("e.g. 1.5"));
    day_ = new DateField(this, std::nullopt, DateField::Empty::Allowed);
    auto* add = new wxButton(this, wxID_ANY, _("Add to plan"));
    auto* remove = new wxButton(this, wxID_ANY, _("Remove item"));
    problem_ = new wxStaticText(this, wxID_ANY, wxString());
    problem_->SetForegroundColour(colour(Colour::Error));

    auto* fields = new wxBoxSizer(wxHORIZONTAL);
    fields->Add(courseChoice_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    fields->Add(new wxStaticText(this, wxID_ANY, _("Hours")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
                FromDIP(4));
    fields->Add(hours_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    fields->Add(new wxStaticText(this, wxID_ANY, _("Day (optional)")), 0,
                wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
    fields->Add(day_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    fields->Add(add, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
    fields->Add(remove, 0, wxALIGN_CENTER_VERTICAL);

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(list_, 1, wxEXPAND | wxBOTTOM, FromDIP(4));
    column->Add(fields, 0, wxEXPAND);
    column->Add(problem_, 0, wxEXPAND | wxTOP, FromDIP(2));
    SetSizer(column);

    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addFromFields(); });
    remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { removeSelected(); });
    fillList();
}

bool PlanEditor::addFromFields() {
    const int chosen = courseChoice_->GetSelection();
    if (chosen == wxNOT_FOUND) {
        showProblem(_("Choose a course or a lesson first."));
        return false;
    }
    const auto hours = parseHundredths(hours_->GetValue().Trim().Trim(false).utf8_string());
    if (!hours || *hours < 0) {
        showProblem(_("The hours must be a number of zero or more, such as 1.5."));
        hours_->SetFocus();
        return false;
    }
    if (day_->hasProblem()) {
        showProblem(day_->problemText());
        return false;
    }
    const Choice& choice = choices_[static_cast<std::size_t>(chosen)];
    plan_.push_back({choice.courseId, choice.lessonId, choice.title, day_->value(), *hours});
    showProblem(wxString());
    fillList();
    return true;
}

void PlanEditor::removeSelected() {
    const long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || row >= static_cast<long>(plan_.size())) return;
    plan_.erase(plan_.begin() + row);
    fillList();
}

void PlanEditor::showProblem(const wxString& text) {
    problem_->SetLabel(text);
    Layout();
}

void PlanEditor::fillList() {
    list_->DeleteAllItems();
    for (std::size_t i = 0; i < plan_.size(); ++i) {
        const training::PlanItem& item = plan_[i];
        const long row = list_->InsertItem(static_cast<long>(i), wxString::FromUTF8(item.title));
        list_->SetItem(row, 1, hoursText(item.hoursHundredths));
        list_->SetItem(row, 2,
                       item.day ? wxString::FromUTF8(formatDate(*item.day)) : _("Every day"));
    }
}

}  // namespace tqm::gui
