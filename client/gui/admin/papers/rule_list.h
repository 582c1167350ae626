// The blueprint editor's list of draw rules, one row per rule in paper order, with how many
// questions each can draw from in the bank. Virtual, like every list of the client.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include <wx/listctrl.h>

#include "admin/papers/blueprint_document.h"

namespace tqm::gui {

struct RulePlace {
    std::size_t section = 0;
    std::size_t rule = 0;
    bool operator==(const RulePlace&) const = default;
};

class RuleList : public wxListCtrl {
  public:
    RuleList(wxWindow* parent, const BlueprintDocument& document);

    // Rebuilds the rows from the document, keeping the selection where it can.
    void refresh();
    std::size_t rowCount() const { return places_.size(); }
    const RulePlace& place(std::size_t row) const { return places_[row]; }
    std::optional<RulePlace> selected() const;
    void select(const RulePlace& place);
    // The text of a cell, as shown (for tests and the tour).
    wxString cellText(std::size_t row, int column) const {
        return OnGetItemText(long(row), column);
    }

    enum Column { Section, Type, Points, Scope, Difficulty, Filters, Count, Available, Note };

  private:
    wxString OnGetItemText(long item, long column) const override;
    wxItemAttr* OnGetItemAttr(long item) const override;

    const BlueprintDocument& document_;
    std::vector<RulePlace> places_;
    mutable wxItemAttr warningAttr_;
};

}  // namespace tqm::gui
