// The marking queue as a list: 工号, name, question number and submission time of each essay
// waiting for a mark. Virtual.
#pragma once

#include <vector>

#include <wx/listctrl.h>

#include "store/attempt_repository.h"
#include "store/exam_repository.h"

namespace tqm::gui {

struct QueueRow {
    store::PendingEssay essay;
    store::PersonSummary person;
};

class EssayQueue : public wxListCtrl {
  public:
    explicit EssayQueue(wxWindow* parent);
    void setRows(std::vector<QueueRow> rows);
    void selectRow(std::size_t row);

  private:
    wxString OnGetItemText(long item, long column) const override;
    std::vector<QueueRow> rows_;
};

}  // namespace tqm::gui
