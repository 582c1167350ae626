// 报表 → the report builder: the form on the left, the preview of the chosen report on the
// right, the export row below it. The report is assembled and written on a worker thread, so a
// 10,000-person ledger never freezes the window. A personal file can be shown and exported with
// the full ID number once the organizer password unlocked it; another person or another report
// drops the unlock and shows the number masked again.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include <wx/panel.h>

#include "admin/key_store.h"
#include "admin/organizer_password.h"
#include "app/settings.h"
#include "learn/learner_workspace.h"
#include "report/report_file.h"
#include "reports/id_unlock.h"
#include "reports/report_export_bar.h"
#include "reports/report_form.h"
#include "reports/report_preview.h"
#include "reports/report_worker.h"

namespace tqm::gui {

class ReportBuilder : public wxPanel {
  public:
    ReportBuilder(wxWindow* parent, LearnerWorkspace& workspace);

    // Reads the classes, competitions and people of the database again.
    void refresh();
    // Assembles the report the form asks for and shows it when it is ready.
    void preview();
    // Writes the report previewed to `file` and records the export in the audit log.
    void exportTo(const std::filesystem::path& file, report::ReportFormat format);
    // The file name the save dialog proposes: "一人一档-E1001-2026-11-24.pdf".
    wxString defaultFileName(report::ReportFormat format) const;
    bool working() const { return worker_.running(); }
    // Asks for the organizer password, then previews the personal file with the full ID number;
    // the export then writes it with its one "export-report-full-id" audit entry. False, changing
    // nothing, when the dialog was cancelled or there is no personal file previewed.
    bool unlockFullIds();
    // Back to masked numbers: the preview before the unlock is shown again.
    void dropFullIdUnlock();
    bool showsFullIds() const { return previewHasFullIds_ && unlock_.has_value(); }
    // What the password is hashed with when the check renews it (tests use a cheap one).
    void setUnlockCost(admin::PasswordCost cost) { unlockCost_ = cost; }

    ReportForm* form() const { return form_; }
    ReportPreview* previewPanel() const { return preview_; }
    ReportExportBar* exportBar() const { return exportBar_; }

  private:
    void askWhereToExport(report::ReportFormat format);
    std::string exporter() const;
    void showAssembled(AssembledReport& assembled, bool withFullIds);
    void exportFullIdsTo(const std::filesystem::path& file, report::ReportFormat format);

    LearnerWorkspace& workspace_;
    Settings settings_;
    ReportForm* form_ = nullptr;
    ReportPreview* preview_ = nullptr;
    ReportExportBar* exportBar_ = nullptr;
    // The workstation's keys, read when an unlock is first asked for; declared before the worker,
    // which may still use the seal key, so that they outlive it.
    std::unique_ptr<admin::KeyStore> keys_;
    std::optional<reports::FullIdUnlock> unlock_;
    std::shared_ptr<const reports::ReportDocument> maskedDocument_;  // shown before the unlock
    bool previewHasFullIds_ = false;
    ReportKind previewedKind_ = ReportKind::Person;
    admin::PasswordCost unlockCost_ = admin::interactiveCost();
    ReportWorker worker_{*this};
    std::string what_;      // of the report previewed, for the audit log
    std::string fileStem_;  // of the report previewed
};

}  // namespace tqm::gui
