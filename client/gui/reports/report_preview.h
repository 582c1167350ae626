// The preview of a report, as the export will write it: the title, the header lines, then one
// tab per table (a virtual list) and per chart (bars). While the report is being assembled it
// shows a busy indicator; when there is nothing to show, a sentence saying what to do next.
#pragma once

#include <memory>

#include <wx/activityindicator.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include "reports/report_document.h"

namespace tqm::gui {

class ReportPreview : public wxPanel {
  public:
    explicit ReportPreview(wxWindow* parent);

    void showBusy();
    void showMessage(const wxString& message);
    void showDocument(std::shared_ptr<const reports::ReportDocument> document);

    bool busy() const { return busy_->IsShown(); }
    const std::shared_ptr<const reports::ReportDocument>& document() const { return document_; }
    wxString messageText() const { return document_ ? wxString() : messageText_; }
    wxString titleText() const { return title_->GetLabel(); }
    wxString headerText() const { return header_->GetLabel(); }
    wxNotebook* tabs() const { return tabs_; }

  private:
    void showOnly(wxWindow* shown);

    wxActivityIndicator* busy_ = nullptr;
    wxStaticText* message_ = nullptr;
    wxPanel* page_ = nullptr;  // the title, header lines and tabs of a document
    wxStaticText* title_ = nullptr;
    wxStaticText* header_ = nullptr;
    wxNotebook* tabs_ = nullptr;
    std::shared_ptr<const reports::ReportDocument> document_;
    wxString messageText_;  // as given, before it is wrapped to the panel's width
};

}  // namespace tqm::gui
