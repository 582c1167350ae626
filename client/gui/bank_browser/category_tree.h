// The browser's category tree: one node per loaded bank with its category tree below, each
// labelled with its number of questions including those of its sub-categories.
#pragma once

#include <optional>
#include <string_view>

#include <wx/treectrl.h>

#include "bank_browser/bank_library.h"
#include "bank_browser/question_filter.h"

namespace tqm::gui {

class CategoryTree : public wxTreeCtrl {
  public:
    explicit CategoryTree(wxWindow* parent);

    void showBanks(const BankLibrary& library);
    // The scope of the selected node; no value when nothing is selected.
    std::optional<CategoryScope> selectedScope() const;
    // The node of a bank (empty `category`) or of one of its categories; invalid when unknown.
    wxTreeItemId findNode(const CategoryScope& scope) const;

  private:
    void addCategories(const wxTreeItemId& parent, std::uint32_t bankIndex,
                       const std::vector<bank::Category>& categories,
                       const std::unordered_map<std::string_view, std::size_t>& counts);
    wxTreeItemId findBelow(const wxTreeItemId& node, const CategoryScope& scope) const;
};

}  // namespace tqm::gui
