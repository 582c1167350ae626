#include "cert/actions/issue_certificate_dialog.h"

#include <wx/intl.h>
#include <wx/panel.h>

#include "cert/cert_texts.h"
#include "cert/certificate_desk.h"
#include "cert/desk_defaults.h"
#include "widgets/colours.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

namespace {

wxString personLine(const cert::PersonSummary& person) {
    wxString text = wxString::FromUTF8(person.name + "  " + person.employeeNo);
    if (!person.unit.empty()) text << wxString::FromUTF8("  ·  " + person.unit);
    return text;
}

}  // namespace

IssueCertificateDialog::IssueCertificateDialog(wxWindow* parent, store::Database& database,
                                               std::shared_ptr<const CertificateSnapshot> snapshot,
                                               std::optional<std::int64_t> personId)
    : ActionDialog(parent, _("Issue a certificate"), database),
      snapshot_(std::move(snapshot)),
      fields_(this, today()) {
    addRow(_("Holder"), buildPersonField(personId), DeskField::Person);
    type_ = new wxChoice(this, wxID_ANY);
    for (const cert::CertificateType* type : snapshot_->index->typesByCode()) {
        types_.push_back(type);
        type_->Append(wxString::FromUTF8(type->name + "（" + type->code + "）"));
    }
    addRow(_("Certificate type"), type_, DeskField::Type);
    addRow(_("Certificate number"), fields_.numberBox, DeskField::Number);
    addRow(_("Issued on"), fields_.issuedOn, DeskField::IssuedOn);
    addRow(_("Valid from"), fields_.validFrom, DeskField::ValidFrom);
    addRow(_("Valid until"), fields_.validUntil, DeskField::ValidUntil);
    addRow(_("Issuer"), fields_.issuerBox, DeskField::Issuer);
    addRow(_("Evidence file"), fields_.evidencePicker);
    auto* intro = new wxStaticText(this, wxID_ANY, wxString());
    intro->SetForegroundColour(colour(Colour::MutedText));
    setWrappedLabel(*intro,
                    _("Enter a certificate earned elsewhere, such as from the China "
                      "Association for Quality or a government body. Certificates "
                      "earned by an exam here are issued when the exam is passed."),
                    FromDIP(520));
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(intro, wxSizerFlags().Expand());
    finish(top, _("Issue"));
    updateHints();

    type_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { updateHints(); });
    Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent& event) {
        updateHints();
        event.Skip();
    });
}

wxWindow* IssueCertificateDialog::buildPersonField(std::optional<std::int64_t> personId) {
    const cert::PersonSummary* person = personId ? snapshot_->index->person(*personId) : nullptr;
    if (person) {
        givenPerson_ = person->id;
        auto* label = new wxStaticText(this, wxID_ANY, wxString());
        label->SetFont(GetFont().Bold());
        label->SetLabel(personLine(*person));
        return label;
    }
    auto* box = new wxPanel(this);
    search_ = new wxSearchCtrl(box, wxID_ANY);
    search_->SetDescriptiveText(_("Employee no. or name"));
    picker_ = new PersonPicker(box);
    picker_->show(snapshot_);
    picker_->SetMinSize(FromDIP(wxSize(-1, 150)));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(search_, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(4)));
    sizer->Add(picker_, wxSizerFlags(1).Expand());
    box->SetSizer(sizer);
    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { picker_->filter(search_->GetValue()); });
    return box;
}

std::optional<std::int64_t> IssueCertificateDialog::personId() const {
    if (givenPerson_) return givenPerson_;
    const long row = picker_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || static_cast<std::size_t>(row) >= picker_->shownCount()) return std::nullopt;
    return picker_->personIdAt(row);
}

bool IssueCertificateDialog::chooseType(const std::string& code) {
    for (std::size_t i = 0; i < types_.size(); ++i) {
        if (types_[i]->code != code) continue;
        type_->SetSelection(static_cast<int>(i));
        updateHints();
        return true;
    }
    return false;
}

const cert::CertificateType* IssueCertificateDialog::chosenType() const {
    const int chosen = type_->GetSelection();
    if (chosen == wxNOT_FOUND) return nullptr;
    return types_.at(static_cast<std::size_t>(chosen));
}

void IssueCertificateDialog::updateHints() {
    const Date validFrom = fields_.validFrom->value().value_or(fields_.issueDay());
    setHint(DeskField::ValidFrom,
            wxString::Format(_("Default: %s, the issue day"), dateText(fields_.issueDay())));
    const cert::CertificateType* type = chosenType();
    setHint(DeskField::ValidUntil, type ? defaultDayHint(cert::defaultValidUntil(*type, validFrom))
                                        : _("Default: from the certificate type's validity"));
    const wxString issuer = type ? wxString::FromUTF8(type->issuerName) : wxString();
    fields_.issuerBox->SetHint(issuer);
    setHint(DeskField::Issuer,
            issuer.empty() ? wxString() : wxString::Format(_("Default: %s"), issuer));
}

bool IssueCertificateDialog::save() {
    clearRefusal();
    const cert::CertificateType* type = chosenType();
    cert::ExternalCertificate request;
    request.personId = personId().value_or(0);
    request.certificateTypeId = type ? type->id : 0;
    request.number = fields_.number();
    request.issuedOn = fields_.issueDay();
    request.validFrom = fields_.validFrom->value();
    request.validUntil = fields_.validUntil->value();
    request.issuer = fields_.issuer();
    request.evidenceFile = fields_.evidence();

    RequestFacts facts;
    facts.number = request.number;
    facts.day = request.issuedOn;
    facts.validFrom = request.validFrom.value_or(request.issuedOn);
    facts.validUntil = request.validUntil;
    if (!facts.validUntil && type)
        facts.validUntil = cert::defaultValidUntil(*type, *facts.validFrom);
    return act(
        DeskAction::Issue, facts,
        [&](cert::CertificateDesk& desk) { return desk.issueExternal(request); },
        [](const cert::Certificate& saved) { return saved.id; });
}

}  // namespace tqm::gui
