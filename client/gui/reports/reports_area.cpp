#include "reports/reports_area.h"

#include <wx/intl.h>
#include <wx/sizer.h>

namespace tqm::gui {

ReportsArea::ReportsArea(wxWindow* parent, LearnerWorkspace& workspace) : wxPanel(parent) {
    tabs_ = new wxNotebook(this, wxID_ANY);
    builder_ = new ReportBuilder(tabs_, workspace);
    addPage(builder_, _("Reports"));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(tabs_, wxSizerFlags(1).Expand());
    SetSizer(sizer);
}

void ReportsArea::addPage(wxWindow* page, const wxString& title) {
    tabs_->AddPage(page, title);
}

void ReportsArea::refresh() {
    builder_->refresh();
}

}  // namespace tqm::gui
