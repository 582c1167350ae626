// The lesson reader: the course's lessons on the left (finished ones ticked), the lesson itself
// (rendered Markdown with its figures and tables), and below it previous / next lesson and
// 完成本课 Finish lesson. It only shows; learn_panel.h decides what and records progress.
#pragma once

#include <functional>

#include <wx/button.h>
#include <wx/html/htmlwin.h>
#include <wx/listbox.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include "course/course.h"
#include "course/course_progress.h"

namespace tqm::gui {

struct ReaderHandlers {
    std::function<void()> backToCatalog;
    std::function<void(std::size_t lessonIndex)> showLesson;
    std::function<void()> finishLesson;
    std::function<void()> takeQuiz;
};

class LessonReaderPanel : public wxPanel {
  public:
    explicit LessonReaderPanel(wxWindow* parent);

    void setHandlers(ReaderHandlers handlers) { handlers_ = std::move(handlers); }
    // Shows lesson `index` of `course`; `quizTitle` names the course's quiz; `status` is the
    // signed-in person's progress (nothing when nobody is signed in).
    void showLesson(const course::Course& course, std::size_t index, const wxString& quizTitle,
                    const course::CourseStatus* status);
    // Shows a message under the lesson, such as what finishing it achieved.
    void setNote(const wxString& note, bool success);

    wxHtmlWindow* page() const { return page_; }
    // The size of the lesson's text: larger than the rest of the interface, which it follows.
    int textPointSize() const { return GetFont().GetPointSize() + 2; }
    wxListBox* lessonList() const { return lessons_; }
    wxButton* previousButton() const { return previous_; }
    wxButton* nextButton() const { return next_; }
    wxButton* finishButton() const { return finish_; }
    // 参加结业测验: on the course's last lesson when the course has a quiz.
    wxButton* quizButton() const { return quizButton_; }
    wxString note() const { return note_->GetLabel(); }
    wxString quizText() const { return quiz_->GetLabel(); }

  private:
    void onSysColourChanged(wxSysColourChangedEvent& event);

    wxStaticText* courseTitle_ = nullptr;
    wxStaticText* position_ = nullptr;
    wxListBox* lessons_ = nullptr;
    wxHtmlWindow* page_ = nullptr;
    wxStaticText* quiz_ = nullptr;
    wxStaticText* note_ = nullptr;
    wxButton* back_ = nullptr;
    wxButton* previous_ = nullptr;
    wxButton* next_ = nullptr;
    wxButton* finish_ = nullptr;
    wxButton* quizButton_ = nullptr;
    ReaderHandlers handlers_;
    std::string lessonHtml_;  // as the core rendered it, kept to repaint in a new theme
};

}  // namespace tqm::gui
