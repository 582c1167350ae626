// One table of a report as a virtual list: the rows are read from the document only as they are
// shown, so a ledger of 10,000 people scrolls as smoothly as one of ten.
#pragma once

#include <memory>

#include <wx/listctrl.h>

#include "reports/report_document.h"

namespace tqm::gui {

class ReportTableList : public wxListCtrl {
  public:
    // `document` is kept alive by the list; `table` indexes its tables.
    ReportTableList(wxWindow* parent, std::shared_ptr<const reports::ReportDocument> document,
                    std::size_t table);

  private:
    wxString OnGetItemText(long item, long column) const override;

    std::shared_ptr<const reports::ReportDocument> document_;
    const reports::ReportTable& table_;
};

}  // namespace tqm::gui
