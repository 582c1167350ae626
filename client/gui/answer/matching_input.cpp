#include "answer/matching_input.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include "widgets/colours.h"

namespace tqm::gui {

MatchingInput::MatchingInput(wxWindow* parent, const exam::PaperQuestion& question)
    : AnswerInput(parent) {
    wxArrayString answers;
    answers.Add(_("(not matched)"));
    for (std::size_t i = 0; i < question.matchAnswers.size(); ++i) {
        answerTexts_.push_back(wxString::Format("%zu. ", i + 1) +
                               wxString::FromUTF8(question.matchAnswers[i]));
        answers.Add(answerTexts_.back());
    }
    auto* grid = new wxFlexGridSizer(4, FromDIP(8), FromDIP(12));
    grid->AddGrowableCol(1, 1);
    grid->AddGrowableCol(2, 1);
    for (std::size_t i = 0; i < question.matchPrompts.size(); ++i) {
        auto* letter = new wxStaticText(this, wxID_ANY, wxString::FromUTF8(exam::optionLetter(i)));
        letter->SetFont(GetFont().Scaled(1.15f).Bold());
        auto* prompt =
            new wxStaticText(this, wxID_ANY, wxString::FromUTF8(question.matchPrompts[i]));
        prompt->SetFont(GetFont().Scaled(1.15f));
        auto* choice = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, answers);
        choice->SetSelection(0);
        choice->Bind(wxEVT_CHOICE, [this, i](wxCommandEvent&) {
            select(i);
            changed(ChangeKind::Picked);
        });
        grid->Add(letter, wxSizerFlags().CentreVertical());
        grid->Add(prompt, wxSizerFlags().CentreVertical());
        grid->Add(choice, wxSizerFlags().Expand().CentreVertical());
        auto* mark = new wxStaticText(this, wxID_ANY, wxString());
        mark->SetFont(GetFont().Scaled(1.1f).Bold());
        grid->Add(mark, wxSizerFlags().CentreVertical());
        letters_.push_back(letter);
        choices_.push_back(choice);
        marks_.push_back(mark);
    }
    SetSizer(grid);
    select(0);
}

void MatchingInput::showAnswer(const exam::Answer& answer) {
    for (wxChoice* choice : choices_) choice->SetSelection(0);
    if (const auto* match = std::get_if<exam::MatchAnswer>(&answer)) {
        for (std::size_t i = 0; i < match->chosen.size() && i < choices_.size(); ++i)
            if (match->chosen[i])
                choices_[i]->SetSelection(static_cast<int>(*match->chosen[i]) + 1);
    }
    select(0);
}

exam::Answer MatchingInput::answer() const {
    exam::MatchAnswer match;
    bool any = false;
    for (const wxChoice* choice : choices_) {
        const int selection = choice->GetSelection();
        if (selection > 0) {
            match.chosen.push_back(static_cast<std::size_t>(selection - 1));
            any = true;
        } else {
            match.chosen.push_back(std::nullopt);
        }
    }
    if (!any) return exam::NoAnswer{};
    return match;
}

void MatchingInput::choose(std::size_t prompt, std::optional<std::size_t> answer) {
    if (prompt >= choices_.size() || keyShown()) return;
    const int selection = answer ? static_cast<int>(*answer) + 1 : 0;
    if (selection >= static_cast<int>(choices_[prompt]->GetCount())) return;
    choices_[prompt]->SetSelection(selection);
    changed(ChangeKind::Picked);
}

bool MatchingInput::pickKey(wxChar key) {
    if (choices_.empty() || keyShown()) return false;
    if (key >= 'A' && key <= 'Z') {
        const std::size_t prompt = static_cast<std::size_t>(key - 'A');
        if (prompt >= choices_.size()) return false;
        select(prompt);
        return true;
    }
    if (key >= '0' && key <= '9') {
        const int number = key - '0';
        if (number >= static_cast<int>(choices_[selected_]->GetCount())) return false;
        choose(selected_, number == 0
                              ? std::nullopt
                              : std::optional<std::size_t>(static_cast<std::size_t>(number - 1)));
        select((selected_ + 1) % choices_.size());
        return true;
    }
    return false;
}

wxString MatchingInput::keyboardHint() const {
    return _(
        "Press a prompt's letter, then the number of its answer (0 removes it); the next "
        "prompt is chosen by itself.");
}

void MatchingInput::markParts(const std::vector<session::MarkedPart>& parts) {
    for (std::size_t i = 0; i < marks_.size() && i < parts.size(); ++i) {
        const session::MarkedPart& part = parts[i];
        const bool right = part.mark == session::PartMark::Right;
        const wxString answer =
            part.rightIndex < answerTexts_.size() ? answerTexts_[part.rightIndex] : wxString();
        marks_[i]->SetLabel(right ? wxString::FromUTF8("✓")
                                  // TRANSLATORS: beside a prompt matched wrong or not at all;
                                  // %s is the right answer with its number, "2. 找原因".
                                  : wxString::FromUTF8("✗ ") +
                                        wxString::Format(_("should be %s"), answer));
        marks_[i]->SetForegroundColour(right ? colour(Colour::Correct) : colour(Colour::Error));
        choices_[i]->Enable(false);
        letters_[i]->SetLabel(wxString::FromUTF8("   ") + exam::optionLetter(i));
        letters_[i]->SetForegroundColour(colour(Colour::Text));
    }
    Layout();
}

void MatchingInput::select(std::size_t prompt) {
    if (prompt >= letters_.size() || keyShown()) return;
    selected_ = prompt;
    for (std::size_t i = 0; i < letters_.size(); ++i) {
        letters_[i]->SetForegroundColour(i == selected_ ? colour(Colour::Accent)
                                                        : colour(Colour::MutedText));
        letters_[i]->SetLabel(
            wxString::FromUTF8((i == selected_ ? "▶ " : "   ") + exam::optionLetter(i)));
    }
    Layout();
}

}  // namespace tqm::gui
