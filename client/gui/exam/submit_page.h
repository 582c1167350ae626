// 交卷 confirmation inside the exam view: which questions are not answered and which are
// flagged, by number, and the two ways on: back to the paper (Esc) or submit (Enter).
#pragma once

#include <functional>
#include <vector>

#include <wx/button.h>
#include <wx/panel.h>
#include <wx/stattext.h>

namespace tqm::gui {

class SubmitPage : public wxPanel {
  public:
    explicit SubmitPage(wxWindow* parent);

    void show(const std::vector<std::size_t>& unanswered, const std::vector<std::size_t>& flagged,
              std::size_t count);
    void setHandlers(std::function<void()> back, std::function<void()> submit);

    // What the page says about the paper, unwrapped: the unanswered and the flagged questions.
    wxString summaryText() const { return summary_; }
    wxButton* submitButton() const { return submit_; }
    wxButton* backButton() const { return back_; }

  private:
    wxStaticText* title_ = nullptr;
    wxStaticText* unanswered_ = nullptr;
    wxStaticText* flagged_ = nullptr;
    wxStaticText* note_ = nullptr;
    wxButton* back_ = nullptr;
    wxButton* submit_ = nullptr;
    wxString summary_;
    std::function<void()> onBack_;
    std::function<void()> onSubmit_;
};

}  // namespace tqm::gui
