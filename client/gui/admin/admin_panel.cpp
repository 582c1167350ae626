#include "admin/admin_panel.h"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace tqm::gui {

namespace {

wxWindow* titledPage(wxWindow* parent, const wxString& title) {
    auto* page = new wxPanel(parent);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(new wxStaticText(page, wxID_ANY, title),
               wxSizerFlags().Border(wxALL, page->FromDIP(24)));
    page->SetSizer(sizer);
    return page;
}

}  // namespace

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
