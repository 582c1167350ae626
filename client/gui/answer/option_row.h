// One option of a question: its letter in a badge and its text wrapped to the width, the whole
// row clickable, drawn as chosen or not. Choice, true/false and ordering questions are made of
// these. Once an answer is checked the row carries its mark: right (green tick), wrong (red
// cross) or missed (a green outline round a correct option that was not chosen), with a short
// note beside it when the mark needs one ("should be 2nd").
#pragma once

#include <functional>

#include <wx/panel.h>
#include <wx/stattext.h>

#include "session/practice_feedback.h"

namespace tqm::gui {

// A tick for a part that is right or was the right one to give, a cross for a wrong one.
wxString markSign(session::PartMark mark);

class OptionRow : public wxPanel {
  public:
    OptionRow(wxWindow* parent, const wxString& badge, const wxString& text);

    void setChosen(bool chosen);
    bool chosen() const { return chosen_; }
    // The badge's text: a letter, or the place in an order ("1", "2", ...).
    void setBadge(const wxString& badge);
    wxString text() const { return text_; }
    void setClickHandler(std::function<void()> handler) { onClick_ = std::move(handler); }

    // `text` is shown at the row's end in the mark's colour ("✓", "✗ place 2"); Plain takes the
    // mark away.
    void setMark(session::PartMark mark, const wxString& text);
    session::PartMark mark() const { return mark_; }
    wxString markText() const { return markLabel_->GetLabel(); }

  private:
    void applyColours();
    void wrap();
    void paintOutline(wxPaintEvent& event);

    wxStaticText* badge_ = nullptr;
    wxStaticText* label_ = nullptr;
    wxStaticText* markLabel_ = nullptr;
    wxString text_;
    bool chosen_ = false;
    session::PartMark mark_ = session::PartMark::Plain;
    int wrappedWidth_ = 0;
    std::function<void()> onClick_;
};

}  // namespace tqm::gui
