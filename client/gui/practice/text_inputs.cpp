#include "practice/text_inputs.h"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace tqm::gui {

PracticeBlankInput::PracticeBlankInput(wxWindow* parent, const exam::PaperQuestion& question)
    : PracticeInput(parent) {
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 8)));
    for (std::size_t i = 0; i < question.blanks.size(); ++i) {
        grid->Add(new wxStaticText(this, wxID_ANY, wxString::Format(_("Blank %zu"), i + 1)),
                  wxSizerFlags().CentreVertical());
        auto* field = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition,
                                     wxSize(FromDIP(320), -1), wxTE_PROCESS_ENTER);
        fields_.push_back(field);
        grid->Add(field);
    }
    SetSizer(grid);
}

exam::Answer PracticeBlankInput::answer() const {
    exam::BlankAnswer blanks;
    bool anything = false;
    for (const wxTextCtrl* field : fields_) {
        blanks.texts.push_back(field->GetValue().utf8_string());
        anything = anything || !field->GetValue().Strip(wxString::both).empty();
    }
    if (!anything) return exam::NoAnswer{};
    return blanks;
}

PracticeEssayInput::PracticeEssayInput(wxWindow* parent, const exam::PaperQuestion&) : PracticeInput(parent) {
    text_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(-1, FromDIP(120)),
                           wxTE_MULTILINE);
    text_->SetHint(_("Write your answer here; the reference answer is shown when you check."));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(text_, wxSizerFlags().Expand());
    SetSizer(sizer);
}

exam::Answer PracticeEssayInput::answer() const {
    const wxString text = text_->GetValue();
    if (text.Strip(wxString::both).empty()) return exam::NoAnswer{};
    return exam::EssayAnswer{text.utf8_string()};
}

}  // namespace tqm::gui
