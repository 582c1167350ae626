// Fill-in-the-blank (one field per blank) and short answer (one field of many lines). Typing is
// saved after a short pause and whenever the person leaves the field or the question. Fields keep
// their keys while focused; Esc leaves them, back to the question's keys.
#pragma once

#include <vector>

#include <wx/textctrl.h>

#include "exam/answer_input.h"

namespace tqm::gui {

class TextInput : public AnswerInput {
  public:
    TextInput(wxWindow* parent, const exam::PaperQuestion& question);

    void showAnswer(const exam::Answer& answer) override;
    exam::Answer answer() const override;
    bool pickKey(wxChar) override { return false; }
    wxString keyboardHint() const override;
    bool focusFirstField() override;

    const std::vector<wxTextCtrl*>& fields() const { return fields_; }
    // The field after `field`, or nothing after the last.
    wxTextCtrl* fieldAfter(const wxWindow* field) const;

  private:
    bool essay_;
    std::vector<wxTextCtrl*> fields_;
    bool showing_ = false;  // ChangeValue sends no event, but guard against any
};

}  // namespace tqm::gui
