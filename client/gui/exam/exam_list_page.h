// The list of the signed-in person's exams (session::examsForPerson) with the paper's size, time
// limit, pass mark, attempts, closing time and state, and the action for the chosen one: start,
// continue, or see the result. The list is virtual, so many exams cost nothing to show.
#pragma once

#include <functional>
#include <vector>

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include "session/exam_overview.h"

namespace tqm::gui {

class ExamListCtrl : public wxListCtrl {
  public:
    explicit ExamListCtrl(wxWindow* parent);
    void setRows(const std::vector<session::ExamOverview>* rows);

  private:
    wxString OnGetItemText(long item, long column) const override;
    const std::vector<session::ExamOverview>* rows_ = nullptr;
};

class ExamListPage : public wxPanel {
  public:
    explicit ExamListPage(wxWindow* parent);

    void showExams(std::vector<session::ExamOverview> exams, const wxString& note);
    // The action for the exam chosen: start / continue / result, and take again.
    void setHandlers(std::function<void(const session::ExamOverview&)> primary,
                     std::function<void(const session::ExamOverview&)> again);
    bool select(std::int64_t examId);
    const std::vector<session::ExamOverview>& exams() const { return exams_; }
    const session::ExamOverview* selected() const;
    ExamListCtrl* list() const { return list_; }
    wxButton* primaryButton() const { return primary_; }
    wxButton* againButton() const { return again_; }
    wxString noteText() const { return note_->GetLabel(); }

  private:
    void updateButtons();

    std::vector<session::ExamOverview> exams_;
    wxStaticText* note_ = nullptr;
    ExamListCtrl* list_ = nullptr;
    wxButton* primary_ = nullptr;
    wxButton* again_ = nullptr;
    std::function<void(const session::ExamOverview&)> onPrimary_;
    std::function<void(const session::ExamOverview&)> onAgain_;
};

}  // namespace tqm::gui
