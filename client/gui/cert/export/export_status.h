// The strip under the certificate area's header that tells how the last export went: a pulsing
// bar while it runs, then the file written with buttons to open it or its folder, or, when
// nothing was written, why and what to do. Hidden until the first export.
#pragma once

#include <filesystem>

#include <wx/button.h>
#include <wx/gauge.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/timer.h>

namespace tqm::gui {

class ExportStatus : public wxPanel {
  public:
    explicit ExportStatus(wxWindow* parent);

    void showBusy(const wxString& text);
    // `openLabel` names the button that opens the file ("Open the PDF"); empty for none.
    void showDone(const wxString& text, const std::filesystem::path& file,
                  const wxString& openLabel);
    void showFailure(const wxString& text);

    const wxString& text() const { return message_; }
    bool busy() const { return pulse_.IsRunning(); }
    wxButton* openButton() const { return open_; }
    wxButton* folderButton() const { return folder_; }

  private:
    void reveal(const wxString& text, bool failure);

    wxStaticText* text_ = nullptr;
    wxGauge* gauge_ = nullptr;
    wxButton* open_ = nullptr;
    wxButton* folder_ = nullptr;
    wxButton* close_ = nullptr;
    wxTimer pulse_;
    std::filesystem::path file_;
    wxString message_;
};

}  // namespace tqm::gui
