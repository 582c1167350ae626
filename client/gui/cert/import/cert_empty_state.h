// What the certificate area shows in place of its pages while the database holds no certificate
// types (a roster may have brought positions, but nothing can be required yet): what the area is
// for, a button that opens the import dialog and one that fills the database with the demo plant
// (off the UI thread, demo_plant_task.h).
#pragma once

#include <functional>

#include <wx/button.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include "cert/import/demo_plant_task.h"
#include "learn/learner_workspace.h"

namespace tqm::gui {

class CertEmptyState : public wxPanel {
  public:
    CertEmptyState(wxWindow* parent, LearnerWorkspace& workspace);

    // Called by the 导入证书文件… button.
    void setImportFilesHandler(std::function<void()> handler) { importFiles_ = std::move(handler); }
    // Called once the demo plant is in the database.
    void setDemoImportedHandler(std::function<void()> handler) {
        demoImported_ = std::move(handler);
    }

    // Imports the demo plant, as the second button does.
    void importDemoPlant();
    bool importingDemo() const { return task_.running() || syncImporting_; }
    wxButton* importFilesButton() const { return importFilesButton_; }
    wxButton* demoButton() const { return demoButton_; }
    wxString statusText() const { return status_->GetLabel(); }

  private:
    void demoFinished(const std::string& problem);

    LearnerWorkspace& workspace_;
    DemoPlantTask task_;
    bool syncImporting_ = false;
    std::function<void()> importFiles_;
    std::function<void()> demoImported_;
    wxButton* importFilesButton_ = nullptr;
    wxButton* demoButton_ = nullptr;
    wxStaticText* status_ = nullptr;
};

}  // namespace tqm::gui
