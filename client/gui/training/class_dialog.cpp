#include "training/class_dialog.h"

#include <variant>

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/statbox.h>

#include "store/training_class_repository.h"
#include "widgets/colours.h"

namespace tqm::gui {

namespace {

wxString utf8(const std::string& text) {
    return wxString::FromUTF8(text);
}

std::string trimmed(wxString text) {
    return text.Trim().Trim(false).utf8_string();
}

wxStaticText* problemLabel(wxWindow* parent) {
    auto* label = new wxStaticText(parent, wxID_ANY, wxString());
    label->SetForegroundColour(colour(Colour::Error));
    return label;
}

}  // namespace

ClassDialog::ClassDialog(wxWindow* parent, LearnerWorkspace& workspace,
                         const training::TrainingClass& existing)
    : wxDialog(parent, wxID_ANY,
               existing.id == 0 ? _("New training class") : _("Edit training class"),
               wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      workspace_(workspace),
      original_(existing) {
    code_ = new wxTextCtrl(this, wxID_ANY, utf8(existing.code));
    code_->SetHint(_("e.g. 2026-Q4-01"));
    name_ = new wxTextCtrl(this, wxID_ANY, utf8(existing.name));
    const Date today = dateAt(workspace.clock().now());
    start_ = new DateField(this, existing.id ? existing.startDate : today);
    end_ = new DateField(this, existing.id ? existing.endDate : today);
    place_ = new wxTextCtrl(this, wxID_ANY, utf8(existing.place));
    teachers_ = new wxEditableListBox(this, wxID_ANY, _("Teachers"), wxDefaultPosition,
                                      FromDIP(wxSize(220, 150)));
    wxArrayString teachers;
    for (const std::string& teacher : existing.teachers) teachers.Add(utf8(teacher));
    teachers_->SetStrings(teachers);
    auto* planBox =
        new wxStaticBoxSizer(wxVERTICAL, this, _("Plan: courses and lessons with hours"));
    plan_ = new PlanEditor(planBox->GetStaticBox(), workspace, existing.plan);
    codeProblem_ = problemLabel(this);
    nameProblem_ = problemLabel(this);
    datesProblem_ = problemLabel(this);

    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(8, 4)));
    grid->AddGrowableCol(1, 1);
    const auto row = [&](const wxString& label, wxWindow* field, wxWindow* problem) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        auto* line = new wxBoxSizer(wxHORIZONTAL);
        line->Add(field, 1, wxALIGN_CENTER_VERTICAL);
        if (problem) line->Add(problem, 1, wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(8));
        grid->Add(line, 1, wxEXPAND);
    };
    row(_("Code"), code_, codeProblem_);
    row(_("Class name"), name_, nameProblem_);
    auto* dates = new wxBoxSizer(wxHORIZONTAL);
    dates->Add(start_, 0, wxALIGN_CENTER_VERTICAL);
    dates->Add(new wxStaticText(this, wxID_ANY, _("to")), 0,
               wxALIGN_CENTER_VERTICAL | wxLEFT | wxRIGHT, FromDIP(6));
    dates->Add(end_, 0, wxALIGN_CENTER_VERTICAL);
    dates->Add(datesProblem_, 1, wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(8));
    grid->Add(new wxStaticText(this, wxID_ANY, _("Dates")), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(dates, 1, wxEXPAND);
    row(_("Place"), place_, nullptr);

    auto* middle = new wxBoxSizer(wxHORIZONTAL);
    planBox->Add(plan_, 1, wxEXPAND | wxALL, FromDIP(4));
    middle->Add(teachers_, 0, wxEXPAND | wxRIGHT, FromDIP(8));
    middle->Add(planBox, 1, wxEXPAND);

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(grid, 0, wxEXPAND | wxALL, FromDIP(12));
    column->Add(middle, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(12));
    column->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(12));
    SetSizerAndFit(column);
    SetSize(FromDIP(wxSize(900, 560)));
    CentreOnParent();

    Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent&) {
            if (save()) EndModal(wxID_OK);
        },
        wxID_OK);
}

training::TrainingClass ClassDialog::fromFields() const {
    training::TrainingClass c = original_;
    c.code = trimmed(code_->GetValue());
    c.name = trimmed(name_->GetValue());
    c.startDate = start_->value().value_or(Date{});
    c.endDate = end_->value().value_or(Date{});
    c.place = trimmed(place_->GetValue());
    wxArrayString teachers;
    teachers_->GetStrings(teachers);
    c.teachers.clear();
    for (const wxString& teacher : teachers)
        if (!trimmed(teacher).empty()) c.teachers.push_back(trimmed(teacher));
    c.plan = plan_->plan();
    return c;
}

bool ClassDialog::save() {
    clearProblems();
    for (DateField* field : {start_, end_})
        if (field->hasProblem()) {
            datesProblem_->SetLabel(field->problemText());
            Layout();
            return false;
        }
    const training::TrainingClass c = fromFields();
    store::TrainingClassRepository classes(*workspace_.database());
    if (c.id == 0) {
        const auto written = classes.create(c);
        if (const auto* refusal = std::get_if<training::Refusal>(&written)) {
            showRefusal(*refusal, c);
            return false;
        }
        savedId_ = std::get<std::int64_t>(written);
        return true;
    }
    if (const auto refusal = classes.update(c)) {
        showRefusal(*refusal, c);
        return false;
    }
    savedId_ = c.id;
    return true;
}

void ClassDialog::clearProblems() {
    for (wxStaticText* label : {codeProblem_, nameProblem_, datesProblem_}) label->SetLabel({});
    plan_->showProblem({});
}

void ClassDialog::showRefusal(const training::Refusal& refusal, const training::TrainingClass& c) {
    using training::RefusalCode;
    const auto planDayOutside = [&]() -> const training::PlanItem* {
        for (const training::PlanItem& item : c.plan)
            if (item.day && (*item.day < c.startDate || *item.day > c.endDate)) return &item;
        return nullptr;
    };
    switch (refusal.code) {
        case RefusalCode::DuplicateCode:
            codeProblem_->SetLabel(wxString::Format(
                _("The code %s is already used by another class; choose another."), utf8(c.code)));
            code_->SetFocus();
            break;
        case RefusalCode::DatesOutOfOrder:
            datesProblem_->SetLabel(_("The class ends before it starts; correct the last day."));
            break;
        case RefusalCode::DayOutsideClass:
            if (const training::PlanItem* item = planDayOutside())
                plan_->showProblem(wxString::Format(
                    _("%s is planned on %s, outside the class's dates; change its day or the "
                      "dates."),
                    utf8(item->title), utf8(formatDate(*item->day))));
            else
                datesProblem_->SetLabel(
                    _("Attendance is recorded on days outside these dates; correct those marks "
                      "first."));
            break;
        case RefusalCode::InvalidField:
            if (c.code.empty()) {
                codeProblem_->SetLabel(_("Enter the class's code."));
                code_->SetFocus();
            } else if (c.name.empty()) {
                nameProblem_->SetLabel(_("Enter the class's name."));
                name_->SetFocus();
            } else {
                plan_->showProblem(_("Each plan item needs a course and hours of zero or more."));
            }
            break;
        default:
            wxMessageBox(_("This class no longer exists; close the dialog and choose another."),
                         GetTitle(), wxOK | wxICON_WARNING, this);
            break;
    }
    Layout();
}

}  // namespace tqm::gui
