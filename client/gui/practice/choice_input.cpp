#include "practice/choice_input.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include "widgets/text_wrap.h"

namespace tqm::gui {

PracticeChoiceInput::PracticeChoiceInput(wxWindow* parent, const exam::PaperQuestion& question)
    : PracticeInput(parent) {
    multiple_ = question.type == bank::QuestionType::MultipleChoice;
    trueFalse_ = question.type == bank::QuestionType::TrueFalse;
    if (trueFalse_) {
        texts_ = {wxString::Format("A. %s", _("True")), wxString::Format("B. %s", _("False"))};
    } else {
        for (std::size_t i = 0; i < question.options.size(); ++i)
            texts_.push_back(
                wxString::FromUTF8(exam::optionLetter(i) + ". " + question.options[i].text));
    }
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    if (!multiple_) {
        none_ = new wxRadioButton(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                  wxRB_GROUP);
        none_->Hide();
    }
    for (const wxString& text : texts_) {
        wxControl* control = multiple_ ? static_cast<wxControl*>(new wxCheckBox(
                                             this, wxID_ANY, wxControl::EscapeMnemonics(text)))
                                       : static_cast<wxControl*>(new wxRadioButton(
                                             this, wxID_ANY, wxControl::EscapeMnemonics(text)));
        controls_.push_back(control);
        sizer->Add(control, wxSizerFlags().Border(wxTOP | wxBOTTOM, FromDIP(5)));
    }
    if (none_) none_->SetValue(true);
    SetSizer(sizer);
}

bool PracticeChoiceInput::isChecked(std::size_t option) const {
    if (multiple_) return static_cast<wxCheckBox*>(controls_[option])->GetValue();
    return static_cast<wxRadioButton*>(controls_[option])->GetValue();
}

exam::Answer PracticeChoiceInput::answer() const {
    std::vector<std::size_t> chosen;
    for (std::size_t i = 0; i < controls_.size(); ++i)
        if (isChecked(i)) chosen.push_back(i);
    if (chosen.empty()) return exam::NoAnswer{};
    if (trueFalse_) return exam::TrueFalseAnswer{chosen.front() == 0};
    return exam::ChoiceAnswer{std::move(chosen)};
}

bool PracticeChoiceInput::pick(std::size_t option) {
    if (option >= controls_.size()) return false;
    if (multiple_) {
        auto* box = static_cast<wxCheckBox*>(controls_[option]);
        box->SetValue(!box->GetValue());
    } else {
        static_cast<wxRadioButton*>(controls_[option])->SetValue(true);
    }
    controls_[option]->SetFocus();
    return true;
}

void PracticeChoiceInput::fitWidth(int width) {
    // The radio or check mark takes about two lines' height of room before the text.
    const int textWidth = width - FromDIP(36);
    if (textWidth <= 0) return;
    for (std::size_t i = 0; i < controls_.size(); ++i)
        controls_[i]->SetLabel(
            wxControl::EscapeMnemonics(wrappedText(*controls_[i], texts_[i], textWidth)));
    Layout();
}

}  // namespace tqm::gui
