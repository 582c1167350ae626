#include "admin/people/person_dialog.h"

#include <exception>

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>

#include "cert/person_check.h"
#include "cert/roster_import.h"
#include "widgets/colours.h"

namespace tqm::gui {

namespace {

wxString joinedPositions(const std::vector<std::string>& positions) {
    wxString text;
    for (const std::string& position : positions) {
        if (!text.empty()) text += wxString::FromUTF8("、");
        text += wxString::FromUTF8(position);
    }
    return text;
}

wxString problemText(cert::PersonProblem problem) {
    switch (problem) {
        case cert::PersonProblem::EmptyEmployeeNo:
            return _("The employee number is empty.");
        case cert::PersonProblem::BadEmployeeNo:
            return _("The employee number contains a space.");
        case cert::PersonProblem::EmptyName:
            return _("Enter the name.");
    }
    return {};
}

}  // namespace

PersonDialog::PersonDialog(wxWindow* parent, store::Database& database, const store::Person& person)
    : wxDialog(parent, wxID_ANY, _("Edit person")),
      database_(database),
      employeeNo_(person.employeeNo) {
    SetFont(parent->GetFont());
    name_ = new wxTextCtrl(this, wxID_ANY, wxString::FromUTF8(person.name));
    unit_ = new wxTextCtrl(this, wxID_ANY, wxString::FromUTF8(person.unit));
    department_ = new wxTextCtrl(this, wxID_ANY, wxString::FromUTF8(person.department));
    positions_ = new wxTextCtrl(this, wxID_ANY, joinedPositions(person.positions));
    positions_->SetHint(_("Separate positions with 、 or commas"));
    message_ = new wxStaticText(this, wxID_ANY, wxString());
    message_->SetForegroundColour(colour(Colour::Error));

    const int gap = FromDIP(8);
    auto* grid = new wxFlexGridSizer(2, gap, FromDIP(12));
    grid->AddGrowableCol(1);
    auto row = [&](const wxString& label, wxWindow* field) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), wxSizerFlags().CentreVertical());
        grid->Add(field, wxSizerFlags().Expand());
    };
    auto* employeeNo = new wxStaticText(this, wxID_ANY, wxString::FromUTF8(person.employeeNo));
    employeeNo->SetFont(GetFont().Bold());
    // TRANSLATORS: the employee number, 工号 in Chinese plants.
    row(_("Employee no."), employeeNo);
    row(_("Name"), name_);
    row(_("Unit"), unit_);
    row(_("Department"), department_);
    row(_("Positions"), positions_);

    const int border = FromDIP(16);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, wxSizerFlags(1).Expand().Border(wxALL, border));
    sizer->Add(message_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, border));
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL),
               wxSizerFlags().Expand().Border(wxALL, border));
    SetSizerAndFit(sizer);
    SetSize(wxSize(std::max(GetSize().x, FromDIP(480)), GetSize().y));

    Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent&) {
            if (save()) EndModal(wxID_OK);
        },
        wxID_OK);
}

bool PersonDialog::save() {
    store::PersonUpdate update{employeeNo_, name_->GetValue().utf8_string(),
                               unit_->GetValue().utf8_string(),
                               department_->GetValue().utf8_string(),
                               cert::splitPositions(positions_->GetValue().utf8_string())};
    const std::vector<cert::PersonProblem> problems = cert::checkPerson(update);
    if (!problems.empty()) {
        wxString text;
        for (cert::PersonProblem problem : problems) text += problemText(problem) + " ";
        message_->SetLabel(text.Strip(wxString::trailing));
        Layout();
        return false;
    }
    try {
        store::PeopleRepository(database_).upsert(cert::normalizePerson(std::move(update)));
    } catch (const std::exception& error) {
        message_->SetLabel(
            wxString::Format(_("The changes could not be saved and nothing was changed: %s"),
                             wxString::FromUTF8(error.what())));
        Layout();
        return false;
    }
    message_->SetLabel(wxString());
    return true;
}

}  // namespace tqm::gui
