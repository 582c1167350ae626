// One option of a question on the exam view: its letter in a badge and its text wrapped to the
// width, the whole row clickable, drawn as chosen or not. Choice, true/false and ordering
// questions are made of these.
#pragma once

#include <functional>

#include <wx/panel.h>
#include <wx/stattext.h>

namespace tqm::gui {

class OptionRow : public wxPanel {
  public:
    OptionRow(wxWindow* parent, const wxString& badge, const wxString& text);

    void setChosen(bool chosen);
    bool chosen() const { return chosen_; }
    // The badge's text: a letter, or the place in an order ("1", "2", ...).
    void setBadge(const wxString& badge);
    wxString text() const { return text_; }
    void setClickHandler(std::function<void()> handler) { onClick_ = std::move(handler); }

  private:
    void applyColours();
    void wrap();

    wxStaticText* badge_ = nullptr;
    wxStaticText* label_ = nullptr;
    wxString text_;
    bool chosen_ = false;
    int wrappedWidth_ = 0;
    std::function<void()> onClick_;
};

}  // namespace tqm::gui
