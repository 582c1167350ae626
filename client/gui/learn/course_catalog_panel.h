// The course catalog: one card per course of the content folder, as many columns as the width
// allows, with the signed-in person's progress on each.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "learn/course_card.h"
#include "learn/learner_workspace.h"

namespace tqm::gui {

class CourseCatalogPanel : public wxScrolledWindow {
  public:
    CourseCatalogPanel(wxWindow* parent, LearnerWorkspace& workspace);

    // Builds the cards again (after the courses were read).
    void showCourses();
    // Reads the signed-in person's progress into every card.
    void refreshProgress();

    void setOpenHandler(std::function<void(const std::string& courseId)> handler) {
        onOpen_ = std::move(handler);
    }
    // What a card's quiz button does (the exams screen starts the course's quiz).
    void setQuizHandler(std::function<void(const std::string& courseId)> handler) {
        onQuiz_ = std::move(handler);
    }
    const std::vector<CourseCard*>& cards() const { return cards_; }

  private:
    void arrangeCards();

    LearnerWorkspace& workspace_;
    wxStaticText* heading_ = nullptr;
    wxStaticText* note_ = nullptr;
    wxFlexGridSizer* grid_ = nullptr;
    std::vector<CourseCard*> cards_;
    int columns_ = 0;
    std::function<void(const std::string&)> onOpen_;
    std::function<void(const std::string&)> onQuiz_;
};

}  // namespace tqm::gui
