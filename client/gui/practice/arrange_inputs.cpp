#include "practice/arrange_inputs.h"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace tqm::gui {

PracticeOrderingInput::PracticeOrderingInput(wxWindow* parent, const exam::PaperQuestion& question)
    : PracticeInput(parent) {
    for (std::size_t i = 0; i < question.options.size(); ++i) {
        labels_.push_back(
            wxString::FromUTF8(exam::optionLetter(i) + ". " + question.options[i].text));
        order_.push_back(i);
    }
    list_ = new wxListBox(
        this, wxID_ANY, wxDefaultPosition,
        wxSize(FromDIP(420), FromDIP(30) * static_cast<int>(order_.size()) + FromDIP(8)));
    up_ = new wxButton(this, wxID_ANY, _("Move up"));
    down_ = new wxButton(this, wxID_ANY, _("Move down"));
    auto* buttons = new wxBoxSizer(wxVERTICAL);
    buttons->Add(up_, wxSizerFlags().Expand());
    buttons->Add(down_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(6)));
    auto* hint = new wxStaticText(this, wxID_ANY,
                                  _("Put the items in order, first at the top: select an item "
                                    "and move it up or down."));
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(list_, wxSizerFlags(1).Expand());
    row->Add(buttons, wxSizerFlags().Border(wxLEFT, FromDIP(10)));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(hint, wxSizerFlags().Border(wxBOTTOM, FromDIP(6)));
    sizer->Add(row, wxSizerFlags().Expand());
    SetSizer(sizer);
    up_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { moveSelected(-1); });
    down_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { moveSelected(+1); });
    showOrder();
}

void PracticeOrderingInput::showOrder() {
    wxArrayString items;
    for (std::size_t shown : order_) items.Add(labels_[shown]);
    const int selected = list_->GetSelection();
    list_->Set(items);
    if (selected != wxNOT_FOUND) list_->SetSelection(selected);
}

exam::Answer PracticeOrderingInput::answer() const {
    return exam::OrderAnswer{order_};
}

bool PracticeOrderingInput::pick(std::size_t option) {
    if (option >= order_.size()) return false;
    list_->SetSelection(static_cast<int>(option));
    list_->SetFocus();
    return true;
}

bool PracticeOrderingInput::moveSelected(int step) {
    const int selected = list_->GetSelection();
    const int target = selected + step;
    if (selected == wxNOT_FOUND || target < 0 || target >= static_cast<int>(order_.size()))
        return false;
    std::swap(order_[static_cast<std::size_t>(selected)], order_[static_cast<std::size_t>(target)]);
    list_->SetSelection(target);
    showOrder();
    return true;
}

PracticeMatchingInput::PracticeMatchingInput(wxWindow* parent, const exam::PaperQuestion& question)
    : PracticeInput(parent) {
    wxArrayString answers;
    answers.Add(_("(choose)"));
    for (std::size_t k = 0; k < question.matchAnswers.size(); ++k)
        answers.Add(
            wxString::Format("%zu. %s", k + 1, wxString::FromUTF8(question.matchAnswers[k])));
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(12, 8)));
    grid->AddGrowableCol(1);
    for (std::size_t i = 0; i < question.matchPrompts.size(); ++i) {
        grid->Add(new wxStaticText(
                      this, wxID_ANY,
                      wxString::FromUTF8(exam::optionLetter(i) + ". " + question.matchPrompts[i])),
                  wxSizerFlags().CentreVertical());
        auto* choice = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, answers);
        choice->SetSelection(0);
        choices_.push_back(choice);
        grid->Add(choice, wxSizerFlags().Expand());
    }
    SetSizer(grid);
}

exam::Answer PracticeMatchingInput::answer() const {
    exam::MatchAnswer match;
    bool anything = false;
    for (const wxChoice* choice : choices_) {
        const int selected = choice->GetSelection();
        if (selected > 0) {
            match.chosen.emplace_back(static_cast<std::size_t>(selected - 1));
            anything = true;
        } else {
            match.chosen.emplace_back(std::nullopt);
        }
    }
    if (!anything) return exam::NoAnswer{};
    return match;
}

bool PracticeMatchingInput::pick(std::size_t option) {
    if (option >= choices_.size()) return false;
    choices_[option]->SetFocus();
    return true;
}

}  // namespace tqm::gui
