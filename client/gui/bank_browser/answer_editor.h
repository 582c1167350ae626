// The answer part of the question editor, shaped by the question's type: options with their
// correct marks (single and multiple choice), items in their right order (ordering), right or
// wrong (true/false), one line per blank (fill-blank), one line per pair (matching), or the
// reference answer (short answer).
#pragma once

#include <wx/dataview.h>
#include <wx/panel.h>
#include <wx/radiobut.h>
#include <wx/textctrl.h>

#include "bank/question.h"
#include "bank/question_edit.h"

namespace tqm::gui {

class AnswerEditor : public wxPanel {
  public:
    AnswerEditor(wxWindow* parent, const bank::Question& question,
                 const bank::QuestionDraft& draft);

    // Puts what the editor shows into `draft`'s answer fields.
    void fillDraft(bank::QuestionDraft& draft) const;

    wxDataViewListCtrl* optionList() const { return options_; }  // choice and ordering types
    wxTextCtrl* linesBox() const { return lines_; }  // fill-blank, matching, short answer

  private:
    void buildOptions(const bank::QuestionDraft& draft);
    void buildTrueFalse(const bank::QuestionDraft& draft);
    void buildLines(const wxString& hint, const wxString& text);
    void moveSelectedOption(int by);

    bank::QuestionType type_;
    wxDataViewListCtrl* options_ = nullptr;
    wxRadioButton* true_ = nullptr;
    wxRadioButton* false_ = nullptr;
    wxTextCtrl* lines_ = nullptr;
};

}  // namespace tqm::gui
