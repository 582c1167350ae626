#include "answer/text_input.h"

#include <algorithm>

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "widgets/colours.h"

namespace tqm::gui {

namespace {
constexpr int kBlankWidth = 320;
constexpr int kEssayHeight = 260;
}  // namespace

TextInput::TextInput(wxWindow* parent, const exam::PaperQuestion& question)
    : AnswerInput(parent), essay_(question.type == bank::QuestionType::ShortAnswer) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto onText = [this](wxCommandEvent& event) {
        if (!showing_) changed(ChangeKind::Typed);
        event.Skip();
    };
    auto onLeave = [this](wxFocusEvent& event) {
        changed(ChangeKind::Picked);
        event.Skip();
    };
    if (essay_) {
        auto* field = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition,
                                     wxSize(-1, FromDIP(kEssayHeight)), wxTE_MULTILINE);
        field->SetFont(GetFont().Scaled(1.15f));
        sizer->Add(field, wxSizerFlags().Expand());
        fields_.push_back(field);
    } else {
        auto* grid = new wxFlexGridSizer(3, FromDIP(10), FromDIP(12));
        grid->AddGrowableCol(2, 1);
        for (std::size_t i = 0; i < std::max<std::size_t>(1, question.blanks.size()); ++i) {
            auto* label = new wxStaticText(this, wxID_ANY, wxString::Format(_("Blank %zu"), i + 1));
            label->SetFont(GetFont().Scaled(1.1f));
            auto* field = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition,
                                         wxSize(FromDIP(kBlankWidth), -1), wxTE_PROCESS_ENTER);
            field->SetFont(GetFont().Scaled(1.15f));
            grid->Add(label, wxSizerFlags().CentreVertical());
            grid->Add(field, wxSizerFlags().CentreVertical());
            auto* mark = new wxStaticText(this, wxID_ANY, wxString());
            mark->SetFont(GetFont().Scaled(1.1f).Bold());
            grid->Add(mark, wxSizerFlags().CentreVertical());
            fields_.push_back(field);
            marks_.push_back(mark);
        }
        sizer->Add(grid, wxSizerFlags().Expand());
    }
    for (wxTextCtrl* field : fields_) {
        field->Bind(wxEVT_TEXT, onText);
        field->Bind(wxEVT_KILL_FOCUS, onLeave);
    }
    SetSizer(sizer);
}

void TextInput::showAnswer(const exam::Answer& answer) {
    showing_ = true;
    for (wxTextCtrl* field : fields_) field->ChangeValue(wxString());
    if (const auto* essay = std::get_if<exam::EssayAnswer>(&answer)) {
        fields_.front()->ChangeValue(wxString::FromUTF8(essay->text));
    } else if (const auto* blanks = std::get_if<exam::BlankAnswer>(&answer)) {
        for (std::size_t i = 0; i < blanks->texts.size() && i < fields_.size(); ++i)
            fields_[i]->ChangeValue(wxString::FromUTF8(blanks->texts[i]));
    }
    showing_ = false;
}

exam::Answer TextInput::answer() const {
    if (essay_) return exam::EssayAnswer{fields_.front()->GetValue().utf8_string()};
    exam::BlankAnswer blanks;
    for (const wxTextCtrl* field : fields_) {
        wxString text = field->GetValue();
        text.Trim(true).Trim(false);
        blanks.texts.push_back(text.utf8_string());
    }
    return blanks;
}

wxString TextInput::keyboardHint() const {
    if (essay_)
        return _(
            "Press Tab to write in the field; Esc leaves it. Your text is saved as you "
            "type.");
    return _(
        "Press Tab to write in a blank; Enter goes to the next blank, Esc leaves the "
        "blanks. Your text is saved as you type.");
}

void TextInput::markParts(const std::vector<session::MarkedPart>& parts) {
    for (wxTextCtrl* field : fields_) field->SetEditable(false);
    for (std::size_t i = 0; i < marks_.size() && i < parts.size(); ++i) {
        const session::MarkedPart& part = parts[i];
        const bool right = part.mark == session::PartMark::Right;
        marks_[i]->SetLabel(
            right ? wxString::FromUTF8("✓")
                  // TRANSLATORS: beside a blank answered wrong or left empty; %s
                  // lists every accepted answer, "鱼刺 / 鱼骨".
                  : wxString::FromUTF8("✗ ") +
                        wxString::Format(_("accepted: %s"), wxString::FromUTF8(part.accepted)));
        marks_[i]->SetForegroundColour(right ? colour(Colour::Correct) : colour(Colour::Error));
    }
    Layout();
}

bool TextInput::focusFirstField() {
    if (fields_.empty()) return false;
    fields_.front()->SetFocus();
    return true;
}

wxTextCtrl* TextInput::fieldAfter(const wxWindow* field) const {
    const auto found = std::find(fields_.begin(), fields_.end(), field);
    if (found == fields_.end() || found + 1 == fields_.end()) return nullptr;
    return *(found + 1);
}

}  // namespace tqm::gui
