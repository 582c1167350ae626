// 创建考试: makes an exam from the blueprint open in the editor (session/exam_setup.h): title,
// time limit, pass mark, attempts and how they count, when answers are shown, the timer policy,
// the closing time and the seed; every refusal of the core is listed in plain words. Below, the
// exams already in the database.
#pragma once

#include <cstdint>
#include <optional>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/panel.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/timectrl.h>

#include "admin/papers/blueprint_problems.h"
#include "admin/papers/exam_list.h"
#include "admin/papers/papers_context.h"
#include "widgets/date_field.h"

namespace tqm::gui {

class ExamCreator : public wxPanel {
  public:
    ExamCreator(wxWindow* parent, PapersContext& context);

    // The blueprint in the editor changed: its title becomes the default title.
    void blueprintChanged();
    // Reads the exams from the database again.
    void refreshExams();
    // Creates the exam; its id, or nullopt with the reasons listed.
    std::optional<std::int64_t> create();

    wxTextCtrl* title() const { return title_; }
    wxSpinCtrl* minutes() const { return minutes_; }
    wxTextCtrl* passMark() const { return passMark_; }
    wxSpinCtrl* attempts() const { return attempts_; }
    wxChoice* combine() const { return combine_; }
    wxChoice* showAnswers() const { return showAnswers_; }
    wxChoice* timerPolicy() const { return timerPolicy_; }
    wxCheckBox* closes() const { return closes_; }
    DateField* closeDate() const { return closeDate_; }
    wxTimePickerCtrl* closeTime() const { return closeTime_; }
    wxTextCtrl* seed() const { return seed_; }
    BlueprintProblems* problems() const { return problems_; }
    ExamList* exams() const { return exams_; }
    wxStaticText* status() const { return status_; }

  private:
    void showProblems(const std::vector<Diagnostic>& diagnostics,
                      const std::vector<session::Refusal>& refusals);

    PapersContext& context_;
    wxStaticText* source_ = nullptr;
    wxTextCtrl* title_ = nullptr;
    wxSpinCtrl* minutes_ = nullptr;
    wxTextCtrl* passMark_ = nullptr;
    wxSpinCtrl* attempts_ = nullptr;
    wxChoice* combine_ = nullptr;
    wxChoice* showAnswers_ = nullptr;
    wxChoice* timerPolicy_ = nullptr;
    wxCheckBox* closes_ = nullptr;
    DateField* closeDate_ = nullptr;
    wxTimePickerCtrl* closeTime_ = nullptr;
    wxTextCtrl* seed_ = nullptr;
    wxStaticText* status_ = nullptr;
    BlueprintProblems* problems_ = nullptr;
    ExamList* exams_ = nullptr;
};

// A fresh seed for a new exam or a preview; recorded, so papers stay reproducible.
std::int64_t freshSeed();

}  // namespace tqm::gui
