// 导出 in the certificate area's header: a menu button whose entries write the certificate register
// (CSV or Excel, ID numbers masked), the register with full ID numbers (organizer password,
// audit log), the qualification matrix as the matrix page shows it (people or positions), printed
// certificates as PDF, and this workstation's public key. Each entry asks where to save, runs
// the export off the UI thread (cert/export/export_runner.h) and reports in the strip under the
// header (cert/export/export_status.h). Everything is as of the day the area shows.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>

#include <wx/button.h>
#include <wx/menu.h>

#include "cert/export/export_runner.h"
#include "cert/export/export_status.h"
#include "cert/export/full_id_dialog.h"
#include "cert/export/print_dialog.h"
#include "cert/export/save_target.h"
#include "learn/learner_workspace.h"

namespace tqm::gui {

class CertificatesPanel;

class CertificateExports {
  public:
    // Makes the button and the status strip as children of `panel`, for it to place.
    CertificateExports(CertificatesPanel& panel, LearnerWorkspace& workspace);
    CertificateExports(const CertificateExports&) = delete;
    CertificateExports& operator=(const CertificateExports&) = delete;

    wxButton* button() const { return button_; }
    ExportStatus* status() const { return status_; }

    // Replaces the save dialog (tests give a path).
    void setFileChooser(SaveFileChooser chooser) { chooseFile_ = std::move(chooser); }

    // The menu the button opens; its entries call the functions below.
    std::unique_ptr<wxMenu> makeMenu();
    void showMenu();

    void exportRegister(cert::RegisterFormat format);
    void exportFullRegister();
    void exportMatrix(cert::RegisterFormat format);
    void printCertificates();
    void exportPublicKey();

    bool busy() const { return runner_.running(); }
    // The dialogs while they are shown, so that tests can fill them in.
    FullIdExportDialog* openFullIdDialog() const { return fullIdDialog_; }
    PrintCertificatesDialog* openPrintDialog() const { return printDialog_; }
    // The last export's outcome, once one has finished.
    const std::optional<CertExportOutcome>& lastOutcome() const { return lastOutcome_; }

  private:
    std::optional<std::filesystem::path> askFile(SaveTarget target);
    bool ready();
    void run(CertExportKind kind, const std::filesystem::path& file, CertExportRunner::Job job,
             const wxString& busyText);
    void report(const CertExportOutcome& outcome);
    void printNumbers(std::vector<std::string> numbers, const wxString& holder);

    CertificatesPanel& panel_;
    LearnerWorkspace& workspace_;
    CertExportRunner runner_;
    wxButton* button_ = nullptr;
    ExportStatus* status_ = nullptr;
    SaveFileChooser chooseFile_ = askSaveFile;
    std::filesystem::path lastFolder_;
    wxString institution_;
    FullIdExportDialog* fullIdDialog_ = nullptr;
    PrintCertificatesDialog* printDialog_ = nullptr;
    std::optional<CertExportOutcome> lastOutcome_;
};

}  // namespace tqm::gui
