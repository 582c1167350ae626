#include "cert/status_legend.h"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "cert/cert_texts.h"
#include "widgets/colours.h"

namespace tqm::gui {

StatusLegend::StatusLegend(wxWindow* parent) : wxPanel(parent) {
    // Three columns of swatches, so that the nine statuses take three lines.
    auto* columns = new wxBoxSizer(wxHORIZONTAL);
    std::size_t shown = 0;
    wxBoxSizer* column = nullptr;
    for (cert::Status status : kAllStatuses) {
        if (shown % 3 == 0) {
            column = new wxBoxSizer(wxVERTICAL);
            columns->Add(column, wxSizerFlags(1).Border(wxRIGHT, FromDIP(16)));
        }
        auto* swatch = new wxStaticText(this, wxID_ANY, statusLabel(status), wxDefaultPosition,
                                        FromDIP(wxSize(84, -1)), wxALIGN_CENTRE_HORIZONTAL);
        swatch->SetBackgroundColour(statusColour(status));
        swatch->SetForegroundColour(colour(Colour::Text));
        auto* meaning = new wxStaticText(this, wxID_ANY, statusExplanation(status));
        meaning->SetForegroundColour(colour(Colour::MutedText));
        auto* line = new wxBoxSizer(wxHORIZONTAL);
        line->Add(swatch, wxSizerFlags().CentreVertical());
        line->Add(meaning, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));
        column->Add(line, wxSizerFlags().Border(wxBOTTOM, FromDIP(3)));
        ++shown;
    }
    auto* note = new wxStaticText(
        this, wxID_ANY,
        _("A word in brackets is a recommended certificate; a blank cell asks for nothing."));
    note->SetForegroundColour(colour(Colour::MutedText));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(columns, wxSizerFlags().Expand());
    sizer->Add(note, wxSizerFlags().Border(wxTOP, FromDIP(2)));
    SetSizer(sizer);
}

}  // namespace tqm::gui
