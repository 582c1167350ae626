#include "exam/exams_panel.h"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace tqm::gui {

ExamsPanel::ExamsPanel(wxWindow* parent, LearnerWorkspace& workspace)
    : wxPanel(parent), workspace_(workspace) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(new wxStaticText(this, wxID_ANY, _("Exams")),
               wxSizerFlags().Border(wxALL, FromDIP(24)));
    SetSizer(sizer);
}

}  // namespace tqm::gui
