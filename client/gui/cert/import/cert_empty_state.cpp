#include "cert/import/cert_empty_state.h"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/utils.h>

#include "cert/demo_plant_setup.h"
#include "widgets/colours.h"
#include "widgets/icons.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

CertEmptyState::CertEmptyState(wxWindow* parent, LearnerWorkspace& workspace)
    : wxPanel(parent), workspace_(workspace) {
    auto* icon = new wxStaticBitmap(this, wxID_ANY,
                                    themedIcon("cert", colour(Colour::Accent), wxSize(64, 64)));
    auto* title = new wxStaticText(this, wxID_ANY, _("No certificate records yet"));
    title->SetFont(GetFont().Scaled(1.4f).Bold());
    auto* text = new wxStaticText(this, wxID_ANY, wxString());
    setWrappedLabel(
        *text,
        _("This area shows, for every key position, who holds a valid certificate today, whose "
          "certificate expires or needs its review soon, and where a position is not covered. "
          "Import the plant's certificate types, positions, requirements and certificates to "
          "begin, or try it with the demo plant."),
        FromDIP(620));
    importFilesButton_ = new wxButton(this, wxID_ANY, _("Import certificate files..."));
    importFilesButton_->SetDefault();
    importFilesButton_->SetFont(GetFont().Bold());
    demoButton_ = new wxButton(this, wxID_ANY, _("Import the demo plant"));
    status_ = new wxStaticText(this, wxID_ANY, wxString());
    status_->SetForegroundColour(colour(Colour::MutedText));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(importFilesButton_, wxSizerFlags().Border(wxRIGHT, FromDIP(12)));
    buttons->Add(demoButton_);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(icon, wxSizerFlags().Centre().Border(wxBOTTOM, FromDIP(12)));
    column->Add(title, wxSizerFlags().Centre().Border(wxBOTTOM, FromDIP(12)));
    column->Add(text, wxSizerFlags().Centre().Border(wxBOTTOM, FromDIP(20)));
    column->Add(buttons, wxSizerFlags().Centre().Border(wxBOTTOM, FromDIP(12)));
    column->Add(status_, wxSizerFlags().Centre());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->AddStretchSpacer(2);
    sizer->Add(column, wxSizerFlags().Centre());
    sizer->AddStretchSpacer(3);
    SetSizer(sizer);

    const bool hasDatabase = workspace_.hasDatabase();
    importFilesButton_->Enable(hasDatabase);
    demoButton_->Enable(hasDatabase && !workspace_.contentDir().empty());
    importFilesButton_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (importFiles_) importFiles_();
    });
    demoButton_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { importDemoPlant(); });
}

void CertEmptyState::importDemoPlant() {
    if (importingDemo() || !workspace_.hasDatabase()) return;
    importFilesButton_->Disable();
    demoButton_->Disable();
    status_->SetForegroundColour(colour(Colour::MutedText));
    status_->SetLabel(_("Importing the demo plant..."));
    Layout();
    // A database in memory is seen by no second connection: its import runs here.
    if (workspace_.databaseFile() == store::kInMemory) {
        wxBusyCursor busy;
        syncImporting_ = true;
        const std::string problem = gui::importDemoPlant(workspace_, kDemoPlantHeldSince);
        syncImporting_ = false;
        demoFinished(problem);
        return;
    }
    task_.start(
        workspace_.databaseFile(), workspace_.contentDir(), kDemoPlantHeldSince,
        [this](std::function<void()> call) { CallAfter(call); },
        [this](std::string problem) { demoFinished(problem); });
}

void CertEmptyState::demoFinished(const std::string& problem) {
    importFilesButton_->Enable();
    demoButton_->Enable();
    if (problem.empty()) {
        status_->SetLabel(wxString());
        if (demoImported_) demoImported_();
        return;
    }
    status_->SetForegroundColour(colour(Colour::Error));
    setWrappedLabel(*status_,
                    wxString::Format(_("The demo plant could not be imported: %s. Check that the "
                                       "content folder is complete, then try again."),
                                     wxString::FromUTF8(problem)),
                    FromDIP(620));
    Layout();
}

}  // namespace tqm::gui
