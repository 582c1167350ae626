#include "practice/practice_panel.h"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace tqm::gui {

PracticePanel::PracticePanel(wxWindow* parent, LearnerWorkspace& workspace)
    : wxPanel(parent), workspace_(workspace) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(new wxStaticText(this, wxID_ANY, _("Practice")),
               wxSizerFlags().Border(wxALL, FromDIP(24)));
    SetSizer(sizer);
}

}  // namespace tqm::gui
