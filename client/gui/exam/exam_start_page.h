// 开始考试 The confirmation before an attempt starts: the exam's rules and time, and how the exam
// view works by keyboard. Enter or the button starts; the clock runs from then on.
#pragma once

#include <functional>

#include <wx/button.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include "session/exam_overview.h"

namespace tqm::gui {

class ExamStartPage : public wxPanel {
  public:
    explicit ExamStartPage(wxWindow* parent);

    void showExam(const session::ExamOverview& exam);
    void setHandlers(std::function<void()> start, std::function<void()> back);
    std::int64_t examId() const { return examId_; }
    wxString rulesText() const { return rulesText_; }
    wxButton* startButton() const { return start_; }

  private:
    wxStaticText* title_ = nullptr;
    wxStaticText* rules_ = nullptr;
    wxButton* start_ = nullptr;
    wxButton* back_ = nullptr;
    wxString rulesText_;
    std::int64_t examId_ = 0;
    std::function<void()> onStart_;
    std::function<void()> onBack_;
};

}  // namespace tqm::gui
