// 延长时间: grants extra time to a person with an attempt in progress. The exam is chosen, then one
// of the people whose attempt is still open; minutes, a reason and who grants it are recorded
// through the exam service, which moves the attempt's deadline (refusals shown in plain words).
#pragma once

#include <vector>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/panel.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "admin/papers/papers_context.h"

namespace tqm::gui {

class ExtraTimePage : public wxPanel {
  public:
    ExtraTimePage(wxWindow* parent, PapersContext& context);

    // Reads the exams and their open attempts again.
    void refresh();
    // Selects the exam with this id; false when it is not listed.
    bool selectExam(std::int64_t examId);
    // Selects the open attempt of this person; false when they have none.
    bool selectPerson(std::int64_t personId);
    // Grants what the fields say; false (with the reason shown) when refused.
    bool grant();

    wxChoice* exam() const { return exam_; }
    wxChoice* person() const { return person_; }
    wxSpinCtrl* minutes() const { return minutes_; }
    wxTextCtrl* reason() const { return reason_; }
    wxTextCtrl* grantedBy() const { return grantedBy_; }
    wxStaticText* status() const { return status_; }

  private:
    void fillPeople();

    PapersContext& context_;
    std::vector<store::ExamRecord> exams_;
    std::vector<store::AttemptRow> open_;
    wxChoice* exam_ = nullptr;
    wxChoice* person_ = nullptr;
    wxSpinCtrl* minutes_ = nullptr;
    wxTextCtrl* reason_ = nullptr;
    wxTextCtrl* grantedBy_ = nullptr;
    wxStaticText* status_ = nullptr;
};

}  // namespace tqm::gui
