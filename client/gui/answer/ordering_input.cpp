#include "answer/ordering_input.h"

#include <algorithm>

#include <wx/intl.h>
#include <wx/sizer.h>

#include "widgets/colours.h"

namespace tqm::gui {

OrderingInput::OrderingInput(wxWindow* parent, const exam::PaperQuestion& question)
    : AnswerInput(parent) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    for (std::size_t i = 0; i < question.options.size(); ++i) {
        auto* row = new OptionRow(this, wxString::FromUTF8(exam::optionLetter(i)),
                                  wxString::FromUTF8(question.options[i].text));
        row->setClickHandler([this, i] { pick(i); });
        sizer->Add(row, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(8)));
        rows_.push_back(row);
    }
    summary_ = new wxStaticText(this, wxID_ANY, wxString());
    summary_->SetFont(GetFont().Scaled(1.1f));
    clear_ = new wxButton(this, wxID_ANY, _("Start the order again"));
    clear_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        order_.clear();
        showOrder();
        changed(ChangeKind::Picked);
    });
    auto* bottom = new wxBoxSizer(wxHORIZONTAL);
    bottom->Add(summary_, wxSizerFlags(1).CentreVertical());
    bottom->Add(clear_, wxSizerFlags().CentreVertical());
    sizer->Add(bottom, wxSizerFlags().Expand().Border(wxTOP, FromDIP(4)));
    SetSizer(sizer);
    showOrder();
}

void OrderingInput::showAnswer(const exam::Answer& answer) {
    order_.clear();
    if (const auto* order = std::get_if<exam::OrderAnswer>(&answer)) order_ = order->order;
    showOrder();
}

exam::Answer OrderingInput::answer() const {
    if (order_.size() != rows_.size()) return exam::NoAnswer{};
    return exam::OrderAnswer{order_};
}

void OrderingInput::pick(std::size_t index) {
    if (index >= rows_.size() || keyShown()) return;
    const auto placed = std::find(order_.begin(), order_.end(), index);
    if (placed != order_.end()) {
        order_.erase(placed, order_.end());
    } else {
        order_.push_back(index);
        if (order_.size() + 1 == rows_.size()) {
            for (std::size_t i = 0; i < rows_.size(); ++i)
                if (std::find(order_.begin(), order_.end(), i) == order_.end()) order_.push_back(i);
        }
    }
    showOrder();
    changed(ChangeKind::Picked);
}

bool OrderingInput::pickKey(wxChar key) {
    const int index = optionIndexOfKey(key);
    if (index < 0 || static_cast<std::size_t>(index) >= rows_.size() || keyShown()) return false;
    pick(static_cast<std::size_t>(index));
    return true;
}

void OrderingInput::markParts(const std::vector<session::MarkedPart>& parts) {
    for (std::size_t i = 0; i < rows_.size() && i < parts.size(); ++i) {
        const session::MarkedPart& part = parts[i];
        // TRANSLATORS: beside an ordering item out of place; %zu is its right place, 1 = first.
        const wxString place = wxString::Format(_("place %zu"), part.rightIndex + 1);
        switch (part.mark) {
            case session::PartMark::Right:
                rows_[i]->setMark(part.mark, markSign(part.mark));
                break;
            case session::PartMark::Wrong:
                rows_[i]->setMark(part.mark, markSign(part.mark) + " " + place);
                break;
            default:  // not placed: only where it belongs
                rows_[i]->setMark(part.mark, place);
                break;
        }
    }
    clear_->Hide();
    Layout();
}

wxString OrderingInput::keyboardHint() const {
    return _(
        "Pick the items in order, first to last: press their letters or click them. Picking "
        "a placed item takes it out again.");
}

void OrderingInput::showOrder() {
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const auto placed = std::find(order_.begin(), order_.end(), i);
        const bool isPlaced = placed != order_.end();
        rows_[i]->setChosen(isPlaced);
        rows_[i]->setBadge(isPlaced ? wxString::Format("%zu", static_cast<std::size_t>(
                                                                  placed - order_.begin() + 1))
                                    : wxString::FromUTF8(exam::optionLetter(i)));
    }
    wxString sequence;
    for (const std::size_t index : order_) {
        if (!sequence.empty()) sequence += wxString::FromUTF8(" → ");
        sequence += wxString::FromUTF8(exam::optionLetter(index));
    }
    if (order_.empty())
        summary_->SetLabel(_("No order chosen yet."));
    else if (order_.size() == rows_.size())
        summary_->SetLabel(wxString::Format(_("Your order: %s"), sequence));
    else
        summary_->SetLabel(
            wxString::Format(_("So far: %s (not saved until every item is placed)"), sequence));
    summary_->SetForegroundColour(order_.size() == rows_.size() ? colour(Colour::Text)
                                                                : colour(Colour::MutedText));
    clear_->Enable(!order_.empty());
    Layout();
}

}  // namespace tqm::gui
