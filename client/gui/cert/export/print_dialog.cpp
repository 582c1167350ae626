#include "cert/export/print_dialog.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include "cert/print_choice.h"
#include "widgets/colours.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

namespace {

wxString utf8(const std::string& text) {
    return wxString::FromUTF8(text);
}

wxString joined(const std::vector<std::string>& numbers) {
    wxString text;
    for (const std::string& number : numbers) {
        if (!text.empty()) text += _(", ");
        text += utf8(number);
    }
    return text;
}

}  // namespace

PrintCertificatesDialog::PrintCertificatesDialog(
    wxWindow* parent, std::shared_ptr<const CertificateSnapshot> snapshot,
    std::optional<std::int64_t> personId, const wxString& institution)
    : wxDialog(parent, wxID_ANY, _("Print certificates")),
      snapshot_(std::move(snapshot)),
      personId_(personId) {
    SetName("PrintCertificatesDialog");
    const cert::CertificateBookIndex& index = *snapshot_->index;
    for (const cert::Certificate& certificate : snapshot_->book.certificates)
        known_.insert(certificate.number);
    if (personId_ && !index.person(*personId_)) personId_.reset();

    const int border = FromDIP(20);
    const int indent = FromDIP(24);
    auto* heading = new wxStaticText(this, wxID_ANY, _("Print certificates"));
    heading->SetFont(GetFont().Scaled(1.3f).Bold());
    auto* intro = new wxStaticText(this, wxID_ANY, wxString());
    setWrappedLabel(*intro,
                    _("Each certificate is printed on one A4 page with a QR code that anyone can "
                      "verify offline. Choose which certificates to print:"),
                    FromDIP(480));

    byPerson_ = new wxRadioButton(this, wxID_ANY, personLabel(), wxDefaultPosition, wxDefaultSize,
                                  wxRB_GROUP);
    personCount_ = new wxStaticText(this, wxID_ANY, wxString());
    personCount_->SetForegroundColour(colour(Colour::MutedText));
    byType_ = new wxRadioButton(this, wxID_ANY, _("Every certificate in force of one type:"));
    type_ = new wxChoice(this, wxID_ANY);
    const auto inForce = cert::countInForceByType(index, snapshot_->asOf);
    for (const cert::CertificateType* type : index.typesByCode()) {
        const auto counted = inForce.find(type->id);
        const std::size_t count = counted == inForce.end() ? 0 : counted->second;
        type_->Append(
            wxString::Format(wxPLURAL("%s %s (%zu certificate)", "%s %s (%zu certificates)", count),
                             utf8(type->code), utf8(type->name), count));
        typeIds_.push_back(type->id);
    }
    if (!typeIds_.empty()) type_->SetSelection(0);
    byNumber_ = new wxRadioButton(this, wxID_ANY, _("By certificate number:"));
    typed_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition,
                            wxSize(-1, GetCharHeight() * 5), wxTE_MULTILINE);
    typed_->SetHint(_("One number per line, or paste a column from Excel"));

    auto* institutionRow = new wxBoxSizer(wxHORIZONTAL);
    institutionRow->Add(new wxStaticText(this, wxID_ANY, _("Institution printed at the top:")),
                        wxSizerFlags().CentreVertical());
    institution_ = new wxTextCtrl(this, wxID_ANY, institution);
    institution_->SetHint(_("such as the company's name"));
    institutionRow->Add(institution_, wxSizerFlags(1).CentreVertical().Border(wxLEFT, FromDIP(8)));

    summary_ = new wxStaticText(this, wxID_ANY, wxString());
    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    print_ = dynamic_cast<wxButton*>(FindWindow(wxID_OK));
    if (print_) print_->SetLabel(_("Print to PDF..."));
    if (wxWindow* cancel = FindWindow(wxID_CANCEL)) cancel->SetLabel(_("Cancel"));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto add = [&](wxWindow* window, int left, int top, bool expand = false) {
        sizer->AddSpacer(top);
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        row->AddSpacer(left);
        row->Add(window, expand ? wxSizerFlags(1) : wxSizerFlags());
        sizer->Add(row, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, border));
    };
    sizer->AddSpacer(border);
    sizer->Add(heading, wxSizerFlags().Border(wxLEFT | wxRIGHT, border));
    add(intro, 0, FromDIP(8));
    add(byPerson_, 0, FromDIP(16));
    add(personCount_, indent, FromDIP(2));
    add(byType_, 0, FromDIP(12));
    add(type_, indent, FromDIP(4), true);
    add(byNumber_, 0, FromDIP(12));
    add(typed_, indent, FromDIP(4), true);
    sizer->AddSpacer(FromDIP(16));
    sizer->Add(institutionRow, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, border));
    add(summary_, 0, FromDIP(16), true);
    sizer->AddSpacer(GetCharHeight());
    if (buttons) sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    SetSizerAndFit(sizer);
    SetMinSize(GetSize());
    CentreOnParent();

    for (wxRadioButton* choice : {byPerson_, byType_, byNumber_})
        choice->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { update(); });
    type_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        byType_->SetValue(true);
        update();
    });
    typed_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        if (!byNumber_->GetValue() && !typed_->IsEmpty()) byNumber_->SetValue(true);
        update();
    });

    if (personId_) {
        byPerson_->SetValue(true);
        const std::size_t held =
            cert::personNumbersInForce(index, *personId_, snapshot_->asOf).size();
        personCount_->SetLabel(wxString::Format(
            wxPLURAL("%zu certificate in force", "%zu certificates in force", held), held));
    } else {
        byPerson_->Disable();
        personCount_->SetLabel(_("Open someone on the People page to print their certificates."));
        choose(typeIds_.empty() ? PrintSource::Numbers : PrintSource::Type);
    }
    update();
}

wxString PrintCertificatesDialog::personLabel() const {
    const cert::PersonSummary* person = personId_ ? snapshot_->index->person(*personId_) : nullptr;
    if (!person) return _("The certificates of the person on the People page");
    return wxString::Format(_("The certificates of %s (%s)"), utf8(person->name),
                            utf8(person->employeeNo));
}

wxString PrintCertificatesDialog::holderName() const {
    if (source() != PrintSource::Person || !personId_) return {};
    const cert::PersonSummary* person = snapshot_->index->person(*personId_);
    return person ? utf8(person->name) : wxString();
}

void PrintCertificatesDialog::choose(PrintSource source) {
    if (source == PrintSource::Person && !personId_) return;
    (source == PrintSource::Person ? byPerson_
     : source == PrintSource::Type ? byType_
                                   : byNumber_)
        ->SetValue(true);
    update();
}

PrintSource PrintCertificatesDialog::source() const {
    if (byPerson_->GetValue()) return PrintSource::Person;
    return byType_->GetValue() ? PrintSource::Type : PrintSource::Numbers;
}

bool PrintCertificatesDialog::chooseType(const std::string& code) {
    const auto& types = snapshot_->index->typesByCode();
    for (std::size_t i = 0; i < types.size(); ++i) {
        if (types[i]->code != code) continue;
        type_->SetSelection(static_cast<int>(i));
        choose(PrintSource::Type);
        return true;
    }
    return false;
}

void PrintCertificatesDialog::setNumbersText(const wxString& text) {
    typed_->ChangeValue(text);
    choose(PrintSource::Numbers);
}

void PrintCertificatesDialog::update() {
    const cert::CertificateBookIndex& index = *snapshot_->index;
    const Date asOf = snapshot_->asOf;
    unknown_.clear();
    switch (source()) {
        case PrintSource::Person:
            numbers_ = cert::personNumbersInForce(index, *personId_, asOf);
            break;
        case PrintSource::Type: {
            const int chosen = type_->GetSelection();
            numbers_ = chosen == wxNOT_FOUND
                           ? std::vector<std::string>()
                           : cert::typeNumbersInForce(index, typeIds_[chosen], asOf);
            break;
        }
        case PrintSource::Numbers:
            numbers_ = cert::parseCertificateNumbers(typed_->GetValue().utf8_string());
            for (const std::string& number : numbers_)
                if (!known_.contains(number)) unknown_.push_back(number);
            break;
    }
    wxString summary;
    if (!unknown_.empty()) {
        summary = wxString::Format(_("No certificate has the number %s. Correct it to print."),
                                   joined(unknown_));
    } else if (numbers_.empty()) {
        summary = _("No certificate is chosen.");
    } else {
        summary = wxString::Format(
            wxPLURAL("%zu certificate will be printed, one page each.",
                     "%zu certificates will be printed, one page each.", numbers_.size()),
            numbers_.size());
    }
    summary_->SetForegroundColour(
        colour(unknown_.empty() && !numbers_.empty() ? Colour::Text : Colour::Error));
    setWrappedLabel(*summary_, summary, FromDIP(480));
    if (print_) print_->Enable(unknown_.empty() && !numbers_.empty());
    Layout();
}

}  // namespace tqm::gui
