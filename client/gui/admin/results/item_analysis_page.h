// Item analysis of the chosen exam: the questions' table above, the selected question below
// with its stem, options and how often each was chosen.
#pragma once

#include <vector>

#include <wx/html/htmlwin.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include "admin/results/item_list.h"
#include "results/item_report.h"

namespace tqm::gui {

class ItemAnalysisPage : public wxPanel {
  public:
    explicit ItemAnalysisPage(wxWindow* parent);

    void setRows(std::vector<results::ItemRow> rows);
    // Selects the row shown at `item` and shows its question.
    void selectItem(long item);

    ItemList* list() const { return list_; }
    wxHtmlWindow* detail() const { return detail_; }
    wxString summaryText() const { return summary_->GetLabel(); }

  private:
    void showSelected();

    wxStaticText* summary_ = nullptr;
    ItemList* list_ = nullptr;
    wxHtmlWindow* detail_ = nullptr;
};

}  // namespace tqm::gui
