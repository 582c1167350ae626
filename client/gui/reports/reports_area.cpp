#include "reports/reports_area.h"

#include <wx/intl.h>
#include <wx/sizer.h>

namespace tqm::gui {

ReportsArea::ReportsArea(wxWindow* parent, LearnerWorkspace& workspace) : wxPanel(parent) {
    tabs_ = new wxNotebook(this, wxID_ANY);
    builder_ = new ReportBuilder(tabs_, workspace);
    classes_ = new ClassesPage(tabs_, workspace);
    tabs_->AddPage(builder_, _("Reports"));
    tabs_->AddPage(classes_, _("Training classes"));
    tabs_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& event) {
        event.Skip();
        if (event.GetSelection() == 0) builder_->refresh();
        if (event.GetSelection() == 1) classes_->refresh();
    });
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(tabs_, wxSizerFlags(1).Expand());
    SetSizer(sizer);
}

void ReportsArea::refresh() {
    builder_->refresh();
    classes_->refresh();
}

}  // namespace tqm::gui
