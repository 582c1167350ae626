// 报表 Reports: the organizer's area for the training base's reports, as two tabs: the report
// builder (preview every report, then export it as PDF, XLSX or CSV) and the training classes
// (培训班) whose plans, rosters and attendance the reports are made of.
#pragma once

#include <wx/notebook.h>
#include <wx/panel.h>

#include "learn/learner_workspace.h"
#include "reports/report_builder.h"
#include "training/classes_page.h"

namespace tqm::gui {

class ReportsArea : public wxPanel {
  public:
    ReportsArea(wxWindow* parent, LearnerWorkspace& workspace);

    // Called each time the area is shown, and for a tab each time it is chosen: the database
    // may have changed meanwhile (a class made on one tab is a report's choice on the other).
    void refresh();

    wxNotebook* tabs() const { return tabs_; }
    ReportBuilder* builder() const { return builder_; }
    ClassesPage* classes() const { return classes_; }

  private:
    wxNotebook* tabs_ = nullptr;
    ReportBuilder* builder_ = nullptr;
    ClassesPage* classes_ = nullptr;
};

}  // namespace tqm::gui
