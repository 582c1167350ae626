// The competitions of this database, one row each: name, start window, time limit, paper mode,
// attempts submitted on this workstation and results merged here. Virtual, so a long history of
// competitions scrolls at once.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include <wx/listctrl.h>

#include "compete/contest.h"

namespace tqm::gui {

struct ContestRow {
    compete::Competition competition;
    std::size_t attemptsHere = 0;  // submitted on this workstation
    std::size_t merged = 0;        // results merged from packages
};

class ContestList : public wxListCtrl {
  public:
    explicit ContestList(wxWindow* parent);

    // Shows `rows`, keeping the competition selected before selected when it is still there.
    void setRows(std::vector<ContestRow> rows);
    const std::vector<ContestRow>& rows() const { return rows_; }
    // The selected competition's row, if any.
    const ContestRow* selected() const;
    void select(std::size_t row);
    wxString cellText(std::size_t row, int column) const {
        return OnGetItemText(long(row), column);
    }

  private:
    wxString OnGetItemText(long item, long column) const override;

    std::vector<ContestRow> rows_;
};

}  // namespace tqm::gui
