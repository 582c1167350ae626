#include "bank_browser/category_tree.h"

#include "bank_browser/question_labels.h"

namespace tqm::gui {

namespace {

constexpr std::size_t kExpandAllLimit = 60;

class ScopeData : public wxTreeItemData {
  public:
    explicit ScopeData(CategoryScope scope) : scope(scope) {}
    CategoryScope scope;
};

wxString nodeLabel(std::string_view title, std::string_view fallback, std::size_t count) {
    return wxString::Format("%s  (%zu)", fromUtf8(title.empty() ? fallback : title), count);
}

}  // namespace

CategoryTree::CategoryTree(wxWindow* parent)
    : wxTreeCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxTR_DEFAULT_STYLE | wxTR_HIDE_ROOT | wxTR_SINGLE | wxTR_FULL_ROW_HIGHLIGHT |
                     wxTR_NO_LINES) {}

void CategoryTree::showBanks(const BankLibrary& library) {
    DeleteAllItems();
    const wxTreeItemId root = AddRoot(wxString());
    for (std::uint32_t b = 0; b < library.banks().size(); ++b) {
        const bank::Bank& bank = library.banks()[b].bank();
        const std::string fileName = library.banks()[b].file.filename().string();
        // wx owns item data once it is attached to a node.
        const wxTreeItemId bankNode =
            AppendItem(root, nodeLabel(bank.title, fileName, bank.questions.size()), -1, -1,
                       new ScopeData({b, {}}));
        SetItemBold(bankNode);
        addCategories(bankNode, b, bank.categories, questionCountsWithDescendants(bank));
        // A small tree is easiest to read fully open; a large one opens at its first level.
        if (flattenCategories(bank.categories).size() <= kExpandAllLimit)
            ExpandAllChildren(bankNode);
        else
            Expand(bankNode);
    }
}

void CategoryTree::addCategories(const wxTreeItemId& parent, std::uint32_t bankIndex,
                                 const std::vector<bank::Category>& categories,
                                 const std::unordered_map<std::string_view, std::size_t>& counts) {
    for (const bank::Category& category : categories) {
        const auto found = counts.find(category.id);
        const std::size_t count = found == counts.end() ? 0 : found->second;
        const wxTreeItemId node = AppendItem(parent, nodeLabel(category.title, category.id, count),
                                             -1, -1, new ScopeData({bankIndex, category.id}));
        addCategories(node, bankIndex, category.children, counts);
    }
}

std::optional<CategoryScope> CategoryTree::selectedScope() const {
    const wxTreeItemId node = GetSelection();
    if (!node.IsOk()) return std::nullopt;
    const auto* data = dynamic_cast<const ScopeData*>(GetItemData(node));
    if (!data) return std::nullopt;
    return data->scope;
}

wxTreeItemId CategoryTree::findNode(const CategoryScope& scope) const {
    if (!GetRootItem().IsOk()) return {};
    return findBelow(GetRootItem(), scope);
}

wxTreeItemId CategoryTree::findBelow(const wxTreeItemId& node, const CategoryScope& scope) const {
    wxTreeItemIdValue cookie;
    for (wxTreeItemId child = GetFirstChild(node, cookie); child.IsOk();
         child = GetNextChild(node, cookie)) {
        const auto* data = dynamic_cast<const ScopeData*>(GetItemData(child));
        if (data && data->scope == scope) return child;
        if (const wxTreeItemId found = findBelow(child, scope); found.IsOk()) return found;
    }
    return {};
}

}  // namespace tqm::gui
