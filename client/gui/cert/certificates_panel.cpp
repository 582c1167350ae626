#include "cert/certificates_panel.h"

#include <array>
#include <chrono>

#include <wx/intl.h>
#include <wx/sizer.h>

#include "cert/actions/certificate_actions.h"
#include "cert/import/cert_import_dialog.h"
#include "widgets/colours.h"
#include "widgets/date_field.h"

namespace tqm::gui {

CertificatesPanel::CertificatesPanel(wxWindow* parent, LearnerWorkspace& workspace)
    : wxPanel(parent), workspace_(workspace) {
    auto* title = new wxStaticText(this, wxID_ANY, wxString());
    title->SetFont(GetFont().Scaled(1.3f).Bold());
    title->SetLabel(_("Certificates"));
    date_ = new DateField(this, dateAt(workspace_.clock().now()));
    today_ = new wxButton(this, wxID_ANY, _("Today"));
    state_ = new wxStaticText(this, wxID_ANY, wxString());
    state_->SetForegroundColour(colour(Colour::MutedText));

    import_ = new wxButton(this, wxID_ANY, _("Import..."));
    import_->Enable(workspace_.hasDatabase());
    empty_ = new CertEmptyState(this, workspace_);
    tabs_ = new wxNotebook(this, wxID_ANY);
    matrix_ = new MatrixPage(tabs_);
    due_ = new DuePage(tabs_);
    person_ = new PersonPage(tabs_);
    tabs_->AddPage(matrix_, _("Qualification matrix"));
    tabs_->AddPage(due_, _("Due soon"));
    tabs_->AddPage(person_, _("People"));

    auto* header = new wxBoxSizer(wxHORIZONTAL);
    header->Add(title, wxSizerFlags().CentreVertical());
    asOfLabel_ = new wxStaticText(this, wxID_ANY, _("As of:"));
    header->Add(asOfLabel_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(24)));
    header->Add(date_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));
    header->Add(today_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));
    header->Add(state_, wxSizerFlags(1).CentreVertical().Border(wxLEFT, FromDIP(16)));
    header->Add(import_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(8)));
    exports_ = std::make_unique<CertificateExports>(*this, workspace_);
    header->Add(exports_->button(), wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(8)));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int border = FromDIP(8);
    sizer->Add(header, wxSizerFlags().Expand().Border(wxALL, border));
    sizer->Add(exports_->status(), wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, border));
    sizer->Add(tabs_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, border));
    sizer->Add(empty_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, border));
    SetSizer(sizer);
    empty_->Hide();

    date_->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { refresh(); });
    today_->Bind(wxEVT_BUTTON,
                 [this](wxCommandEvent&) { setAsOf(dateAt(workspace_.clock().now())); });
    person_->assignmentButtons()->connect(workspace_, [this] { refresh(); });
    person_->actions()->connect(workspace_, [this] { refresh(); });
    matrix_->setOpenPersonHandler([this](std::int64_t personId) { showPerson(personId); });
    import_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { openImportDialog(); });
    empty_->setImportFilesHandler([this] { openImportDialog(); });
    empty_->setDemoImportedHandler([this] { refresh(); });
}

void CertificatesPanel::openImportDialog() {
    CertImportDialog dialog(this, workspace_);
    dialog.ShowModal();
    if (dialog.changedDatabase()) refresh();
}

Date CertificatesPanel::asOf() const {
    return *date_->value();
}

void CertificatesPanel::setAsOf(Date day) {
    date_->setValue(day);
    refresh();
}

void CertificatesPanel::refresh() {
    if (!workspace_.hasDatabase()) {
        state_->SetLabel(_("There is no database, so there are no certificates to show."));
        return;
    }
    waiting_ = true;
    state_->SetLabel(_("Reading the certificates..."));
    loader_.request(workspace_, asOf(), [this](CertificateLoad load) { loaded(std::move(load)); });
}

void CertificatesPanel::loaded(CertificateLoad load) {
    waiting_ = loader_.busy();
    if (!load.snapshot) {
        state_->SetLabel(wxString::Format(
            _("The certificates could not be read: %s. Close other programs using the database "
              "and choose Today to try again."),
            wxString::FromUTF8(load.failure)));
        return;
    }
    snapshot_ = std::move(load.snapshot);
    const cert::CertificateBook& book = snapshot_->book;
    // Without certificate types there is nothing to show (a roster brings positions, not
    // types): the area says what it is for and how to fill it instead.
    const bool empty = book.types.empty();
    tabs_->Show(!empty);
    empty_->Show(empty);
    // A day to count as of means nothing before there is anything to count, and exporting
    // nothing helps nobody.
    const std::array<wxWindow*, 4> dayAndExport{asOfLabel_, date_, today_, exports_->button()};
    for (wxWindow* window : dayAndExport) window->Show(!empty);
    if (empty) {
        state_->SetLabel(wxString());
    } else {
        state_->SetLabel(wxString::Format(
            _("People: %zu, positions: %zu, certificate types: %zu, certificates: %zu"),
            book.people.size(), book.positions.size(), book.types.size(),
            book.certificates.size()));
    }
    matrix_->show(snapshot_);
    due_->show(snapshot_);
    person_->show(snapshot_);
    Layout();
}

void CertificatesPanel::showDue(int days) {
    tabs_->SetSelection(1);
    due_->setDays(days);
}

void CertificatesPanel::showPerson(std::int64_t personId) {
    tabs_->SetSelection(2);
    person_->showPerson(personId);
}

}  // namespace tqm::gui
