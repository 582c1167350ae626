// The wrong-answer book's entries as a virtual list (it may hold thousands): question, category,
// times answered wrong, next review; the entries due today stand out.
#pragma once

#include <chrono>
#include <vector>

#include <wx/listctrl.h>

#include "session/review_book_listing.h"

namespace tqm::gui {

class BookList : public wxListCtrl {
  public:
    explicit BookList(wxWindow* parent);

    void setRows(std::vector<session::BookRow> rows);
    const std::vector<session::BookRow>& rows() const { return rows_; }

    wxString OnGetItemText(long item, long column) const override;
    wxItemAttr* OnGetItemAttr(long item) const override;

  private:
    std::vector<session::BookRow> rows_;
    mutable wxItemAttr due_;
};

}  // namespace tqm::gui
