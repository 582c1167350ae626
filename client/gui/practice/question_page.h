// One question of a practice round at a time: the progress line, the stem, the answer controls
// the exam uses (answer/), then, once checked, each option, blank, item or prompt marked on the
// controls, the verdict in colour with the correct answer, the explanation (解析) and the source.
// One button checks and then goes on; the keyboard does the same: 1-9 or A-H pick options as in
// the exam, Enter checks, Enter again goes to the next question. In blanks Enter goes to the next
// blank and from the last one checks.
#pragma once

#include <functional>

#include <wx/button.h>
#include <wx/panel.h>
#include <wx/scrolwin.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "answer/answer_input.h"
#include "session/practice_round.h"

namespace tqm::gui {

class QuestionPage : public wxPanel {
  public:
    explicit QuestionPage(wxWindow* parent);

    // Shows question 0 of `round`, which must outlive the page or be replaced by the next start.
    void start(session::PracticeRound& round, const wxString& title);
    // Checks the current answer, or goes on when it is checked: what the main button does.
    void advance();
    void check();
    void next();
    void setFinishedHandler(std::function<void()> handler) { onFinished_ = std::move(handler); }

    std::size_t index() const { return index_; }
    bool checked() const;
    AnswerInput* input() const { return input_; }
    wxButton* mainButton() const { return main_; }
    wxButton* endButton() const { return end_; }
    wxString progressText() const { return progress_->GetLabel(); }
    wxString verdictText() const { return verdict_->GetLabel(); }
    wxString explanationText() const { return explanationLabel_; }
    wxString correctAnswerText() const { return correctLabel_; }
    wxString hintText() const { return hint_->GetLabel(); }

  private:
    void showQuestion();
    void showFeedback(const session::PracticeFeedback& feedback);
    void updateProgress();
    void rewrap();
    void onCharHook(wxKeyEvent& event);
    // Enter in a text field: the next blank, or a check from the last. False when Enter belongs
    // to the field (a new line in an essay).
    bool enterInField(wxTextCtrl& field);

    session::PracticeRound* round_ = nullptr;
    std::size_t index_ = 0;
    wxStaticText* title_ = nullptr;
    wxStaticText* progress_ = nullptr;
    wxScrolledWindow* body_ = nullptr;
    wxStaticText* type_ = nullptr;
    wxStaticText* stem_ = nullptr;
    wxStaticText* hint_ = nullptr;
    AnswerInput* input_ = nullptr;
    wxPanel* feedbackBox_ = nullptr;
    wxStaticText* verdict_ = nullptr;
    wxStaticText* correct_ = nullptr;
    wxStaticText* explanation_ = nullptr;
    wxStaticText* book_ = nullptr;
    wxButton* main_ = nullptr;
    wxButton* end_ = nullptr;
    wxString stemLabel_;
    wxString hintLabel_;
    wxString correctLabel_;
    wxString explanationLabel_;
    std::function<void()> onFinished_;
};

}  // namespace tqm::gui
