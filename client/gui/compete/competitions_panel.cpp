#include "compete/competitions_panel.h"

#include <wx/intl.h>
#include <wx/sizer.h>

namespace tqm::gui {

CompetitionsPanel::CompetitionsPanel(wxWindow* parent, LearnerWorkspace& workspace)
    : wxPanel(parent) {
    tabs_ = new wxNotebook(this, wxID_ANY);
    contests_ = new ContestPage(tabs_, workspace);
    tabs_->AddPage(contests_, _("Individual contest"));
    live_ = new LiveCompetitionPanel(tabs_, workspace);
    tabs_->AddPage(live_, _("Team competition"));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(tabs_, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(8)));
    SetSizer(sizer);
}

void CompetitionsPanel::refresh() {
    contests_->refresh();
    live_->refreshList();
}

}  // namespace tqm::gui
