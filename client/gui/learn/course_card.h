// One course in the catalog: its title, summary, 学时 and lessons, the signed-in person's
// progress, a button that opens it in the lesson reader, and, when the course has one, its
// end-of-course quiz (结业测验) with where the person stands and a button that starts it.
#pragma once

#include <functional>

#include <wx/button.h>
#include <wx/gauge.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include "course/course.h"
#include "course/course_progress.h"
#include "session/course_quiz_state.h"

namespace tqm::gui {

class CourseCard : public wxPanel {
  public:
    CourseCard(wxWindow* parent, const course::Course& course);

    // The person's progress, or nothing when nobody is signed in.
    void showStatus(const course::CourseStatus* status);
    // Wraps the texts for a card `width` pixels wide.
    void fitWidth(int width);
    // The person's standing with the course's quiz, or nothing when nobody is signed in. A course
    // without a quiz shows no quiz line.
    void showQuiz(const session::CourseQuizState* state);
    void setOpenHandler(std::function<void()> handler) { onOpen_ = std::move(handler); }
    void setQuizHandler(std::function<void()> handler) { onQuiz_ = std::move(handler); }

    const course::Course& course() const { return course_; }
    wxButton* openButton() const { return open_; }
    wxString progressText() const { return progressLabel_; }
    bool hasQuiz() const;
    wxButton* quizButton() const { return quizButton_; }
    wxString quizText() const { return quizLabel_; }

  private:
    const course::Course& course_;
    wxStaticText* title_ = nullptr;
    wxStaticText* summary_ = nullptr;
    wxStaticText* facts_ = nullptr;
    wxGauge* gauge_ = nullptr;
    wxStaticText* progress_ = nullptr;
    wxButton* open_ = nullptr;
    wxStaticText* quiz_ = nullptr;
    wxButton* quizButton_ = nullptr;
    wxString progressLabel_;
    wxString quizLabel_;
    int width_ = 0;  // as fitWidth() was last told; 0 before
    std::function<void()> onOpen_;
    std::function<void()> onQuiz_;
};

}  // namespace tqm::gui
