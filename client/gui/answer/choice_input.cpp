#include "answer/choice_input.h"

#include <wx/intl.h>
#include <wx/sizer.h>

namespace tqm::gui {

ChoiceInput::ChoiceInput(wxWindow* parent, const exam::PaperQuestion& question)
    : AnswerInput(parent), type_(question.type) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    std::vector<wxString> texts;
    if (type_ == bank::QuestionType::TrueFalse) {
        texts = {_("True"), _("False")};
    } else {
        for (const exam::PaperOption& option : question.options)
            texts.push_back(wxString::FromUTF8(option.text));
    }
    for (std::size_t i = 0; i < texts.size(); ++i) {
        auto* row = new OptionRow(this, wxString::FromUTF8(exam::optionLetter(i)), texts[i]);
        row->setClickHandler([this, i] { pick(i); });
        sizer->Add(row, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(8)));
        rows_.push_back(row);
    }
    SetSizer(sizer);
}

void ChoiceInput::showAnswer(const exam::Answer& answer) {
    for (OptionRow* row : rows_) row->setChosen(false);
    if (const auto* choice = std::get_if<exam::ChoiceAnswer>(&answer)) {
        for (const std::size_t index : choice->chosen)
            if (index < rows_.size()) rows_[index]->setChosen(true);
    } else if (const auto* truth = std::get_if<exam::TrueFalseAnswer>(&answer)) {
        rows_.at(truth->value ? 0 : 1)->setChosen(true);
    }
}

exam::Answer ChoiceInput::answer() const {
    if (type_ == bank::QuestionType::TrueFalse) {
        if (rows_[0]->chosen()) return exam::TrueFalseAnswer{true};
        if (rows_[1]->chosen()) return exam::TrueFalseAnswer{false};
        return exam::NoAnswer{};
    }
    exam::ChoiceAnswer choice;
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i]->chosen()) choice.chosen.push_back(i);
    if (choice.chosen.empty()) return exam::NoAnswer{};
    return choice;
}

void ChoiceInput::pick(std::size_t index) {
    if (index >= rows_.size() || keyShown()) return;
    if (type_ == bank::QuestionType::MultipleChoice) {
        rows_[index]->setChosen(!rows_[index]->chosen());
    } else {
        for (std::size_t i = 0; i < rows_.size(); ++i) rows_[i]->setChosen(i == index);
    }
    changed(ChangeKind::Picked);
}

bool ChoiceInput::pickKey(wxChar key) {
    int index = optionIndexOfKey(key);
    if (type_ == bank::QuestionType::TrueFalse) {
        // T and F as well as A/B and 1/2, as on a paper answer sheet.
        if (key == 'T') index = 0;
        if (key == 'F') index = 1;
    }
    if (index < 0 || static_cast<std::size_t>(index) >= rows_.size() || keyShown()) return false;
    pick(static_cast<std::size_t>(index));
    return true;
}

void ChoiceInput::markParts(const std::vector<session::MarkedPart>& parts) {
    for (std::size_t i = 0; i < rows_.size() && i < parts.size(); ++i) {
        const session::PartMark mark = parts[i].mark;
        wxString text = markSign(mark);
        if (mark == session::PartMark::Missed)
            text += " " + (type_ == bank::QuestionType::MultipleChoice
                               // TRANSLATORS: beside a correct option the learner did not choose.
                               ? _("missed")
                               // TRANSLATORS: beside the correct option of a single choice or
                               // true/false question the learner did not choose.
                               : _("correct answer"));
        rows_[i]->setMark(mark, text);
    }
    Layout();
}

wxString ChoiceInput::keyboardHint() const {
    switch (type_) {
        case bank::QuestionType::MultipleChoice:
            return _("Choose every correct option: press its letter or number again to undo it.");
        case bank::QuestionType::TrueFalse:
            return _("Press A or T for true, B or F for false.");
        default:
            break;
    }
    return _("Choose one option: press its letter or number, or click it.");
}

}  // namespace tqm::gui
