// The export row under the preview: 导出 PDF / XLSX / CSV, a progress bar with the rows written
// of the total while a file is written, then the file named with buttons to open it or its
// folder, or what went wrong with the path.
#pragma once

#include <filesystem>

#include <wx/button.h>
#include <wx/gauge.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include "report/report_file.h"

namespace tqm::gui {

class ReportExportBar : public wxPanel {
  public:
    explicit ReportExportBar(wxWindow* parent);

    wxButton* exportButton(report::ReportFormat format) const;
    void enableExport(bool enabled);
    void showStarted();
    void showProgress(std::size_t rowsDone, std::size_t rowsTotal);
    void showWritten(const std::filesystem::path& file);
    void showFailed(const wxString& message);

    wxGauge* gauge() const { return gauge_; }
    wxString statusText() const { return status_->GetLabel(); }
    wxButton* openFileButton() const { return openFile_; }
    wxButton* openFolderButton() const { return openFolder_; }

  private:
    wxButton* pdf_ = nullptr;
    wxButton* xlsx_ = nullptr;
    wxButton* csv_ = nullptr;
    wxGauge* gauge_ = nullptr;
    wxStaticText* status_ = nullptr;
    wxButton* openFile_ = nullptr;
    wxButton* openFolder_ = nullptr;
    std::filesystem::path written_;
};

}  // namespace tqm::gui
