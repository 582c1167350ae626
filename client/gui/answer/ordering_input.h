// Ordering (排序): the items are picked in the order the person wants them; each picked item shows
// its place. Picking a placed item takes it (and those after it) out again. The answer is only
// complete, and saved, once every item has a place; the last item takes the last place by itself.
// The key marks each item in its place or not, with the right place beside a misplaced one.
#pragma once

#include <vector>

#include <wx/button.h>
#include <wx/stattext.h>

#include "answer/answer_input.h"
#include "answer/option_row.h"

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
    const std::vector<OptionRow*>& rows() const { return rows_; }

  protected:
    void markParts(const std::vector<session::MarkedPart>& parts) override;

  private:
    void showOrder();

    std::vector<OptionRow*> rows_;
    std::vector<std::size_t> order_;
    wxStaticText* summary_ = nullptr;
    wxButton* clear_ = nullptr;
};

}  // namespace tqm::gui
