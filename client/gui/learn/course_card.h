// One course in the catalog: its title, summary, 学时 and lessons, the signed-in person's
// progress, and a button that opens it in the lesson reader.
#pragma once

#include <functional>

#include <wx/button.h>
#include <wx/gauge.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include "course/course.h"
#include "course/course_progress.h"

namespace tqm::gui {

class CourseCard : public wxPanel {
  public:
    CourseCard(wxWindow* parent, const course::Course& course);

    // The person's progress, or nothing when nobody is signed in.
    void showStatus(const course::CourseStatus* status);
    // Wraps the texts for a card `width` pixels wide.
    void fitWidth(int width);
    void setOpenHandler(std::function<void()> handler) { onOpen_ = std::move(handler); }

    const course::Course& course() const { return course_; }
    wxButton* openButton() const { return open_; }
    wxString progressText() const { return progressLabel_; }

  private:
    const course::Course& course_;
    wxStaticText* title_ = nullptr;
    wxStaticText* summary_ = nullptr;
    wxStaticText* facts_ = nullptr;
    wxGauge* gauge_ = nullptr;
    wxStaticText* progress_ = nullptr;
    wxButton* open_ = nullptr;
    wxString progressLabel_;
    int width_ = 0;  // as fitWidth() was last told; 0 before
    std::function<void()> onOpen_;
};

}  // namespace tqm::gui
