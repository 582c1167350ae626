// 证书登记表（完整身份证号）: the register with every ID number in full, for the organizer only.
// The dialog says that the export is recorded in the audit log, takes the organizer password and
// hands it to the export, which checks it (Argon2id, slow on purpose) and writes the file off
// the UI thread while a bar pulses here. A refused password keeps the dialog open with the
// reason, nothing written; success closes it.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/gauge.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/timer.h>

#include "cert/export/export_jobs.h"

namespace tqm::gui {

class FullIdExportDialog : public wxDialog {
  public:
    using Finished = std::function<void(CertExportOutcome)>;
    // Starts the export with the password typed; `finished` is called on the UI thread. False
    // when it could not start (another export runs).
    using Submit = std::function<bool(std::string password, Finished finished)>;

    FullIdExportDialog(wxWindow* parent, const wxString& fileName, Submit submit);

    wxTextCtrl* passwordBox() const { return password_; }
    wxButton* exportButton() const { return export_; }
    wxString problemText() const { return problem_->GetLabel(); }
    bool busy() const { return busy_; }
    // The outcome of the export that succeeded; nothing until then.
    const std::optional<CertExportOutcome>& outcome() const { return outcome_; }

  private:
    void onExport(wxCommandEvent& event);
    void finished(const CertExportOutcome& outcome);
    void setBusy(bool busy);

    Submit submit_;
    wxTextCtrl* password_ = nullptr;
    wxStaticText* problem_ = nullptr;
    wxGauge* gauge_ = nullptr;
    wxButton* export_ = nullptr;
    wxTimer pulse_;
    bool busy_ = false;
    std::optional<CertExportOutcome> outcome_;
};

}  // namespace tqm::gui
