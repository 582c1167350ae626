// 概况, 考试与小结: what the class is (dates, place, teachers, the plan with hours), the exams held
// in it with their statistics, linking another exam of the database, and the closing summary
// (结业小结), saved through the core.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "learn/learner_workspace.h"
#include "reports/class_file.h"

namespace tqm::gui {

class ClassOverview : public wxPanel {
  public:
    ClassOverview(wxWindow* parent, LearnerWorkspace& workspace, std::function<void()> changed);

    void show(const reports::ClassFile* file);
    // Links the exam in row `index` of the exam choice; saves the summary as typed.
    void linkExam(int index);
    void saveSummary();

    wxStaticText* factsLabel() const { return facts_; }
    wxListCtrl* planList() const { return plan_; }
    wxListCtrl* examList() const { return exams_; }
    wxChoice* examChoice() const { return examChoice_; }
    wxTextCtrl* summaryField() const { return summary_; }

  private:
    LearnerWorkspace& workspace_;
    std::function<void()> changed_;
    std::optional<reports::ClassFile> file_;
    std::vector<std::int64_t> examIds_;  // of examChoice_
    wxStaticText* title_ = nullptr;
    wxStaticText* facts_ = nullptr;
    wxListCtrl* plan_ = nullptr;
    wxListCtrl* exams_ = nullptr;
    wxChoice* examChoice_ = nullptr;
    wxTextCtrl* summary_ = nullptr;
    wxStaticText* summaryState_ = nullptr;
};

}  // namespace tqm::gui
