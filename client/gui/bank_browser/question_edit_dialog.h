// 编辑题目: stem, answer, explanation, difficulty, points, category and tags of one question.
// Saving hands the draft to a save function (the core's validator, then the native writer with
// a backup); when it reports errors the dialog stays open and lists them.
#pragma once

#include <functional>
#include <vector>

#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/spinctrl.h>
#include <wx/textctrl.h>

#include "bank/bank.h"
#include "bank/question_edit.h"
#include "bank_browser/answer_editor.h"
#include "base/diagnostic.h"
#include "widgets/problem_list.h"

namespace tqm::gui {

// Checks and saves a draft; returns the problems found. The draft was saved when none of them
// is an error.
using SaveDraft = std::function<std::vector<Diagnostic>(const bank::QuestionDraft&)>;

class QuestionEditDialog : public wxDialog {
  public:
    QuestionEditDialog(wxWindow* parent, const bank::Bank& bank, const bank::Question& question,
                       SaveDraft save);

    // The draft as the controls show it now.
    bank::QuestionDraft draft() const;
    // Saves as the Save button does; true when saved (the dialog then closes).
    bool save();

    wxTextCtrl* stemBox() const { return stem_; }
    wxTextCtrl* explanationBox() const { return explanation_; }
    wxSpinCtrl* difficultyBox() const { return difficulty_; }
    wxSpinCtrlDouble* pointsBox() const { return points_; }
    wxChoice* categoryChoice() const { return category_; }
    wxTextCtrl* tagsBox() const { return tags_; }
    AnswerEditor* answerEditor() const { return answer_; }
    ProblemList* problemList() const { return problems_; }

  private:
    wxSizer* buildDetailsRow(const bank::Bank& bank, const bank::QuestionDraft& draft);
    wxTextCtrl* addTextBox(wxSizer& sizer, const wxString& label, const std::string& text,
                           int height);

    SaveDraft save_;
    wxTextCtrl* stem_ = nullptr;
    AnswerEditor* answer_ = nullptr;
    wxTextCtrl* explanation_ = nullptr;
    wxSpinCtrl* difficulty_ = nullptr;
    wxSpinCtrlDouble* points_ = nullptr;
    wxChoice* category_ = nullptr;
    std::vector<std::string> categoryIds_;  // by choice index
    wxTextCtrl* tags_ = nullptr;
    ProblemList* problems_ = nullptr;
};

}  // namespace tqm::gui
