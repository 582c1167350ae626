// 新建培训班 / 编辑: the dialog that writes a training class through the core. Every refusal of
// the core (a taken code, reversed dates, a plan day outside the class, an empty field) is shown
// beside the field it is about, and nothing is written until the core accepts the whole class.
#pragma once

#include <cstdint>

#include <wx/dialog.h>
#include <wx/editlbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "learn/learner_workspace.h"
#include "training/plan_editor.h"
#include "training/training_class.h"
#include "widgets/date_field.h"

namespace tqm::gui {

class ClassDialog : public wxDialog {
  public:
    // A new class when `existing` has id 0, else an edit of it.
    ClassDialog(wxWindow* parent, LearnerWorkspace& workspace,
                const training::TrainingClass& existing);

    // Writes the class as the fields hold it; false when the core refused (the reason is shown
    // beside its field) or a field is not readable. The OK button calls this.
    bool save();
    // The class's id once saved.
    std::int64_t savedId() const { return savedId_; }

    wxTextCtrl* codeField() const { return code_; }
    wxTextCtrl* nameField() const { return name_; }
    DateField* startField() const { return start_; }
    DateField* endField() const { return end_; }
    wxTextCtrl* placeField() const { return place_; }
    wxEditableListBox* teachersList() const { return teachers_; }
    PlanEditor* planEditor() const { return plan_; }
    wxStaticText* codeProblem() const { return codeProblem_; }
    wxStaticText* nameProblem() const { return nameProblem_; }
    wxStaticText* datesProblem() const { return datesProblem_; }

  private:
    training::TrainingClass fromFields() const;
    void showRefusal(const training::Refusal& refusal, const training::TrainingClass& c);
    void clearProblems();

    LearnerWorkspace& workspace_;
    training::TrainingClass original_;
    std::int64_t savedId_ = 0;
    wxTextCtrl* code_ = nullptr;
    wxTextCtrl* name_ = nullptr;
    DateField* start_ = nullptr;
    DateField* end_ = nullptr;
    wxTextCtrl* place_ = nullptr;
    wxEditableListBox* teachers_ = nullptr;
    PlanEditor* plan_ = nullptr;
    wxStaticText* codeProblem_ = nullptr;
    wxStaticText* nameProblem_ = nullptr;
    wxStaticText* datesProblem_ = nullptr;
};

}  // namespace tqm::gui
