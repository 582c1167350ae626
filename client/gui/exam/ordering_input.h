// Ordering (排序): the items are picked in the order the person wants them; each picked item shows
// its place. Picking a placed item takes it (and those after it) out again. The answer is only
// complete, and saved, once every item has a place; the last item takes the last place by itself.
#pragma once

#include <vector>

#include <wx/button.h>
#include <wx/stattext.h>

#include "exam/answer_input.h"
#include "exam/option_row.h"

namespace tqm::gui {

class OrderingInput : public AnswerInput {
  public:
    OrderingInput(wxWindow* parent, const exam::PaperQuestion& question);

    void showAnswer(const exam::Answer& answer) override;
    exam::Answer answer() const override;
    bool pickKey(wxChar key) override;
    wxString keyboardHint() const override;

    void pick(std::size_t index);
    const std::vector<std::size_t>& order() const { return order_; }

  private:
    void showOrder();

    std::vector<OptionRow*> rows_;
    std::vector<std::size_t> order_;
    wxStaticText* summary_ = nullptr;
    wxButton* clear_ = nullptr;
};

}  // namespace tqm::gui
