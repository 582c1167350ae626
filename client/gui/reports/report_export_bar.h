// The export row under the preview: 导出 PDF / XLSX / CSV, for a personal file the choice
// 含完整身份证号…, a progress bar with the rows written of the total while a file is written,
// then the files named with buttons to open the main one or their folder, or what went wrong
// with the path.
#pragma once

#include <filesystem>
#include <vector>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/gauge.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/timer.h>

#include "report/report_file.h"

namespace tqm::gui {

class ReportExportBar : public wxPanel {
  public:
    explicit ReportExportBar(wxWindow* parent);

    wxButton* exportButton(report::ReportFormat format) const;
    void enableExport(bool enabled);
    // Offers 含完整身份证号… (only a personal file has an ID number to show).
    void offerFullIds(bool offered);
    // `measured`: the rows written will be reported; otherwise the bar pulses until the end.
    void showStarted(bool measured = true);
    void showProgress(std::size_t rowsDone, std::size_t rowsTotal);
    // `files`: every file written, the main one first (a CSV export writes one per table).
    void showWritten(const std::vector<std::filesystem::path>& files);
    void showFailed(const wxString& message);

    wxCheckBox* fullIdsBox() const { return fullIds_; }
    wxGauge* gauge() const { return gauge_; }
    wxString statusText() const { return status_->GetLabel(); }
    wxButton* openFileButton() const { return openFile_; }
    wxButton* openFolderButton() const { return openFolder_; }

  private:
    wxButton* pdf_ = nullptr;
    wxButton* xlsx_ = nullptr;
    wxButton* csv_ = nullptr;
    wxCheckBox* fullIds_ = nullptr;
    wxGauge* gauge_ = nullptr;
    wxStaticText* status_ = nullptr;
    wxButton* openFile_ = nullptr;
    wxButton* openFolder_ = nullptr;
    wxTimer pulse_;
    std::filesystem::path written_;
};

}  // namespace tqm::gui
