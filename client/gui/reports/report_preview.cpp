#include "reports/report_preview.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include "reports/report_chart_panel.h"
#include "reports/report_table_list.h"
#include "widgets/colours.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

ReportPreview::ReportPreview(wxWindow* parent) : wxPanel(parent) {
    busy_ = new wxActivityIndicator(this);
    message_ = new wxStaticText(this, wxID_ANY, wxString());
    message_->SetForegroundColour(colour(Colour::MutedText));
    message_->SetFont(GetFont().Scaled(1.1f));
    page_ = new wxPanel(this);
    title_ = new wxStaticText(page_, wxID_ANY, wxString());
    title_->SetFont(GetFont().Scaled(1.3f).Bold());
    header_ = new wxStaticText(page_, wxID_ANY, wxString());
    header_->SetForegroundColour(colour(Colour::MutedText));
    tabs_ = new wxNotebook(page_, wxID_ANY);

    auto* pageSizer = new wxBoxSizer(wxVERTICAL);
    pageSizer->Add(title_, wxSizerFlags().Border(wxBOTTOM, FromDIP(4)));
    pageSizer->Add(header_, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(8)));
    pageSizer->Add(tabs_, wxSizerFlags(1).Expand());
    page_->SetSizer(pageSizer);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(busy_, wxSizerFlags().Center().Border(wxALL, FromDIP(24)));
    sizer->Add(message_, wxSizerFlags().Expand().Border(wxALL, FromDIP(24)));
    sizer->Add(page_, wxSizerFlags(1).Expand());
    SetSizer(sizer);
    showMessage(_("Choose a report and its details on the left, then click Preview."));
}

void ReportPreview::showOnly(wxWindow* shown) {
    busy_->Show(shown == busy_);
    // A spinner left running while hidden would keep waking the event loop for nothing.
    if (shown == busy_)
        busy_->Start();
    else if (busy_->IsRunning())
        busy_->Stop();
    message_->Show(shown == message_);
    page_->Show(shown == page_);
    Layout();
}

void ReportPreview::showBusy() {
    showOnly(busy_);
}

void ReportPreview::showMessage(const wxString& message) {
    document_.reset();
    messageText_ = message;
    setWrappedLabel(*message_, message, FromDIP(520));
    showOnly(message_);
}

void ReportPreview::showDocument(std::shared_ptr<const reports::ReportDocument> document) {
    document_ = std::move(document);
    title_->SetLabel(wxString::FromUTF8(document_->title));
    wxString header;
    for (const std::string& line : document_->headerLines)
        header += (header.empty() ? "" : "\n") + wxString::FromUTF8(line);
    header_->SetLabel(header);
    tabs_->DeleteAllPages();
    for (std::size_t i = 0; i < document_->tables.size(); ++i) {
        const auto& table = document_->tables[i];
        tabs_->AddPage(
            new ReportTableList(tabs_, document_, i),
            wxString::Format(_("%s (%zu)"), wxString::FromUTF8(table.name), table.rows.size()));
    }
    for (const reports::ReportChart& chart : document_->charts)
        tabs_->AddPage(new ReportChartPanel(tabs_, chart), wxString::FromUTF8(chart.title));
    showOnly(page_);
}

}  // namespace tqm::gui
