// 题库 The question bank browser: the category tree on the left; on the right a search box, the
// list of questions in the selected category and the preview of the selected question.
#pragma once

#include <functional>
#include <optional>
#include <string_view>

#include <wx/button.h>
#include <wx/html/htmlwin.h>
#include <wx/panel.h>
#include <wx/splitter.h>
#include <wx/srchctrl.h>

#include "bank_browser/bank_library.h"
#include "bank_browser/category_tree.h"
#include "bank_browser/question_list.h"

namespace tqm::gui {

class BankBrowserPanel : public wxPanel {
  public:
    BankBrowserPanel(wxWindow* parent, const BankLibrary& library);

    // Rebuilds the tree and the list after the library changed.
    void showBanks();
    // Selects a tree node as the user would; false when there is no such node.
    bool selectScope(const CategoryScope& scope);
    // Selects a list row as the user would and shows it in the preview.
    void selectRow(long row);
    // The row of the question `id` of bank `bankIndex` in the current list, if listed.
    std::optional<long> rowOf(std::uint32_t bankIndex, std::string_view id) const;
    void setSearchText(const wxString& text);

    CategoryTree* tree() const { return tree_; }
    QuestionList* list() const { return list_; }
    wxSearchCtrl* searchBox() const { return search_; }
    wxHtmlWindow* preview() const { return preview_; }
    // The organizer's actions above the browser; BankActions and the main frame bind them.
    wxButton* importButton() const { return import_; }
    wxButton* editButton() const { return edit_; }
    wxButton* exportButton() const { return export_; }
    wxButton* lockButton() const { return lock_; }

    // Called whenever the number of listed questions changes: (listed, total loaded).
    void setListChangedHandler(std::function<void(std::size_t, std::size_t)> handler) {
        onListChanged_ = std::move(handler);
    }

  private:
    wxSizer* buildActionBar();
    void refilter();
    void showPreview(long row);
    void onSysColourChanged(wxSysColourChangedEvent& event);

    const BankLibrary& library_;
    wxSplitterWindow* outerSplitter_ = nullptr;
    wxSplitterWindow* rightSplitter_ = nullptr;
    CategoryTree* tree_ = nullptr;
    wxSearchCtrl* search_ = nullptr;
    QuestionList* list_ = nullptr;
    wxHtmlWindow* preview_ = nullptr;
    wxButton* import_ = nullptr;
    wxButton* edit_ = nullptr;
    wxButton* export_ = nullptr;
    wxButton* lock_ = nullptr;
    long previewRow_ = -1;
    bool sashPlaced_ = false;
    std::function<void(std::size_t, std::size_t)> onListChanged_;
};

}  // namespace tqm::gui
