// The plan of a training class as the class dialog edits it: a list of items (a whole course or
// one lesson of it, its hours and, when it is taught on one day, that day) and the fields to add
// one, picked from the courses the workspace knows.
#pragma once

#include <vector>

#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "learn/learner_workspace.h"
#include "training/training_class.h"
#include "widgets/date_field.h"

namespace tqm::gui {

class PlanEditor : public wxPanel {
  public:
    PlanEditor(wxWindow* parent, const LearnerWorkspace& workspace,
               std::vector<training::PlanItem> plan);

    const std::vector<training::PlanItem>& plan() const { return plan_; }

    // Adds the item the fields describe; false (with the reason shown) when the hours are not
    // a number.
    bool addFromFields();
    void removeSelected();
    void showProblem(const wxString& text);

    wxChoice* courseChoice() const { return courseChoice_; }
    wxTextCtrl* hoursField() const { return hours_; }
    DateField* dayField() const { return day_; }
    wxListCtrl* list() const { return list_; }
    wxStaticText* problemLabel() const { return problem_; }

  private:
    struct Choice {
        std::string courseId;
        std::string lessonId;
        std::string title;
    };
    void fillList();

    std::vector<training::PlanItem> plan_;
    std::vector<Choice> choices_;
    wxListCtrl* list_ = nullptr;
    wxChoice* courseChoice_ = nullptr;
    wxTextCtrl* hours_ = nullptr;
    DateField* day_ = nullptr;
    wxStaticText* problem_ = nullptr;
};

}  // namespace tqm::gui
