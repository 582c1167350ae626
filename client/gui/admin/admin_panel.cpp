#include "admin/admin_panel.h"

#include <wx/intl.h>
#include <wx/sizer.h>

namespace tqm::gui {

AdminPanel::AdminPanel(wxWindow* parent, LearnerWorkspace& workspace, BankLibrary& library)
    : wxPanel(parent), workspace_(workspace), library_(library) {
    tabs_ = new wxNotebook(this, wxID_ANY);
    papers_ = new PapersPanel(tabs_, workspace_, library_);
    tabs_->AddPage(papers_, _("Papers and exams"));
    people_ = new PeoplePanel(tabs_, workspace_);
    tabs_->AddPage(people_, _("People"));
    results_ = new ResultsPanel(tabs_, workspace_);
    tabs_->AddPage(results_, _("Results"));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(tabs_, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(8)));
    SetSizer(sizer);
}

}  // namespace tqm::gui
