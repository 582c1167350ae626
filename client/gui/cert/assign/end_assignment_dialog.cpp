#include "cert/assign/end_assignment_dialog.h"

#include <algorithm>

#include <wx/intl.h>
#include <wx/sizer.h>

#include "cert/assign/assign_texts.h"
#include "cert/certificate_desk.h"
#include "widgets/colours.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

EndAssignmentDialog::EndAssignmentDialog(wxWindow* parent, store::Database& database,
                                         const cert::AssignmentSpan& span, Date pieceFrom,
                                         const wxString& description, Date today)
    : wxDialog(parent, wxID_ANY, _("End an assignment")),
      database_(database),
      assignmentId_(span.openAssignmentId().value_or(0)),
      pieceFrom_(pieceFrom) {
    SetFont(parent->GetFont());
    auto* heading = new wxStaticText(this, wxID_ANY, wxString());
    heading->SetFont(GetFont().Bold());
    heading->SetLabel(description);
    lastDay_ = new DateField(this, today);
    problem_ = new wxStaticText(this, wxID_ANY, wxString());
    problem_->SetForegroundColour(colour(Colour::Error));
    problem_->Hide();

    auto* buttons = new wxStdDialogButtonSizer();
    end_ = new wxButton(this, wxID_OK, _("End assignment"));
    end_->SetDefault();
    buttons->AddButton(end_);
    buttons->AddButton(new wxButton(this, wxID_CANCEL, _("Cancel")));
    buttons->Realize();

    auto* day = new wxBoxSizer(wxHORIZONTAL);
    day->Add(new wxStaticText(this, wxID_ANY, _("Last day in the position")),
             wxSizerFlags().CentreVertical());
    day->Add(lastDay_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(12)));
    const int border = FromDIP(16);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(day, wxSizerFlags().Border(wxALL, border));
    sizer->Add(problem_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, border));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, border));
    SetSizerAndFit(sizer);
    SetSize(wxSize(std::max(GetSize().x, FromDIP(440)), GetSize().y));

    end_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (!submit()) return;
        if (IsModal())
            EndModal(wxID_OK);
        else
            Hide();
    });
    lastDay_->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { setRefusal(wxString()); });
}

bool EndAssignmentDialog::submit() {
    if (lastDay_->hasProblem()) {
        setRefusal(lastDay_->problemText());
        return false;
    }
    const std::optional<cert::ActionRefusal> refused =
        cert::CertificateDesk(database_).endAssignment(assignmentId_, *lastDay_->value());
    if (refused) {
        setRefusal(endRefusalText(*refused, pieceFrom_));
        return false;
    }
    setRefusal(wxString());
    return true;
}

void EndAssignmentDialog::setRefusal(const wxString& text) {
    if (text == refusal_) return;
    refusal_ = text;
    problem_->Show(!text.empty());
    setWrappedLabel(*problem_, text, std::max(GetClientSize().GetWidth() - FromDIP(32), 200));
    Layout();
    Fit();
}

}  // namespace tqm::gui
