// 报表 → the report builder: the form on the left, the preview of the chosen report on the
// right, the export row below it. The report is assembled and written on a worker thread, so a
// 10,000-person ledger never freezes the window.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include <wx/panel.h>

#include "app/settings.h"
#include "learn/learner_workspace.h"
#include "report/report_file.h"
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

    ReportForm* form() const { return form_; }
    ReportPreview* previewPanel() const { return preview_; }
    ReportExportBar* exportBar() const { return exportBar_; }

  private:
    void askWhereToExport(report::ReportFormat format);
    std::string exporter() const;

    LearnerWorkspace& workspace_;
    Settings settings_;
    ReportForm* form_ = nullptr;
    ReportPreview* preview_ = nullptr;
    ReportExportBar* exportBar_ = nullptr;
    ReportWorker worker_{*this};
    std::string what_;      // of the report previewed, for the audit log
    std::string fileStem_;  // of the report previewed
};

}  // namespace tqm::gui
