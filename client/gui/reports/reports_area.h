// 报表 Reports: the organizer's area for the training base's reports, as tabs. The first tab is
// the report builder (preview every report, then export it as PDF, XLSX or CSV); other pages of
// the area are added with addPage().
#pragma once

#include <wx/notebook.h>
#include <wx/panel.h>

#include "learn/learner_workspace.h"
#include "reports/report_builder.h"

namespace tqm::gui {

class ReportsArea : public wxPanel {
  public:
    ReportsArea(wxWindow* parent, LearnerWorkspace& workspace);

    // Adds a page of the area after those already there; `page` must be a child of tabs().
    void addPage(wxWindow* page, const wxString& title);
    // Called each time the area is shown: the database may have changed meanwhile.
    void refresh();

    wxNotebook* tabs() const { return tabs_; }
    ReportBuilder* builder() const { return builder_; }

  private:
    wxNotebook* tabs_ = nullptr;
    ReportBuilder* builder_ = nullptr;
};

}  // namespace tqm::gui
