// 阅卷: the essays (简答) of submitted attempts that wait for a mark, exam by exam. For the essay
// selected: the question, its reference answer and grading notes, the person's answer, a points
// field (0 to the question's points) and a comment. Saving records the mark through the exam
// service, which totals the attempt again, and moves on to the next essay.
#pragma once

#include <vector>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/html/htmlwin.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "admin/papers/papers_context.h"

namespace tqm::gui {

class EssayQueue;

class EssayMarkingPage : public wxPanel {
  public:
    EssayMarkingPage(wxWindow* parent, PapersContext& context);

    // Reads the exams and the chosen exam's queue again.
    void refresh();
    bool selectExam(std::int64_t examId);
    // Shows the essay at `row` of the queue.
    void showEssay(std::size_t row);
    // Saves the mark in the fields and moves to the next essay; false (with the reason shown)
    // when the mark was refused.
    bool saveMark();

    std::size_t queueSize() const { return queue_.size(); }
    const std::vector<store::PendingEssay>& queue() const { return queue_; }
    wxTextCtrl* points() const { return points_; }
    wxTextCtrl* comment() const { return comment_; }
    wxTextCtrl* marker() const { return marker_; }
    wxStaticText* status() const { return status_; }
    wxHtmlWindow* essay() const { return essay_; }

  private:
    void fillQueue();

    PapersContext& context_;
    std::vector<store::ExamRecord> exams_;
    std::vector<store::PendingEssay> queue_;
    std::size_t current_ = 0;
    wxChoice* exam_ = nullptr;
    EssayQueue* list_ = nullptr;
    wxHtmlWindow* essay_ = nullptr;
    wxStaticText* maxPoints_ = nullptr;
    wxTextCtrl* points_ = nullptr;
    wxTextCtrl* comment_ = nullptr;
    wxTextCtrl* marker_ = nullptr;
    wxStaticText* status_ = nullptr;
};

}  // namespace tqm::gui
