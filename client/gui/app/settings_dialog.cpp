#include "app/settings_dialog.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>

#include "app/main_frame.h"
#include "widgets/colours.h"

namespace tqm::gui {

namespace {

// In the order of the language choice; each name is written in its own language, so that
// someone who cannot read the current one still finds theirs.
constexpr UiLanguage kLanguages[] = {UiLanguage::Chinese, UiLanguage::English};

int languageIndex(UiLanguage language) {
    return language == UiLanguage::English ? 1 : 0;
}

int fontSizeIndex(FontSize size) {
    for (std::size_t i = 0; i < kAllFontSizes.size(); ++i)
        if (kAllFontSizes[i] == size) return static_cast<int>(i);
    return 0;
}

}  // namespace

SettingsDialog::SettingsDialog(MainFrame& frame)
    : wxDialog(&frame, wxID_ANY, wxString()), frame_(frame) {
    build();
}

void SettingsDialog::build() {
    SetTitle(_("Settings"));
    SetFont(frame_.GetFont());
    const int border = FromDIP(12);

    auto* languageLabel = new wxStaticText(this, wxID_ANY, _("Interface language"));
    languageLabel->SetFont(GetFont().Bold());
    language_ = new wxChoice(this, wxID_ANY);
    language_->Append(wxString::FromUTF8("中文（简体）"));
    language_->Append("English");
    language_->SetSelection(languageIndex(currentLanguage()));

    wxArrayString sizes;
    for (FontSize size : kAllFontSizes) {
        const int percent = fontSizePercent(size);
        if (size == FontSize::Standard)
            sizes.Add(wxString::Format(_("Standard (%d%%)"), percent));
        else if (size == FontSize::Large)
            sizes.Add(wxString::Format(_("Large (%d%%)"), percent));
        else
            sizes.Add(wxString::Format(_("Extra large (%d%%)"), percent));
    }
    fontSize_ = new wxRadioBox(this, wxID_ANY, _("Font size"), wxDefaultPosition, wxDefaultSize,
                               sizes, 1, wxRA_SPECIFY_COLS);
    fontSize_->SetSelection(fontSizeIndex(frame_.fontSize()));
    sample_ = new wxStaticText(this, wxID_ANY,
                               _("Sample: Quality is everyone's job, at every step of the work."));
    sample_->SetForegroundColour(colour(Colour::MutedText));
    auto* organizationLabel = new wxStaticText(this, wxID_ANY, _("Organization name in reports"));
    organizationLabel->SetFont(GetFont().Bold());
    organization_ = new wxTextCtrl(this, wxID_ANY, frame_.settings().organizationName());
    organization_->SetHint(_("e.g. Dongfang Machinery Plant"));
    organization_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        frame_.settings().setOrganizationName(organization_->GetValue());
    });
    auto* note =
        new wxStaticText(this, wxID_ANY, _("Changes take effect at once and are remembered."));
    note->SetForegroundColour(colour(Colour::MutedText));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(languageLabel, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(language_, wxSizerFlags().Expand().Border(wxALL, border));
    sizer->Add(fontSize_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, border));
    sizer->Add(sample_, wxSizerFlags().Border(wxALL, border));
    sizer->Add(organizationLabel, wxSizerFlags().Border(wxLEFT | wxRIGHT, border));
    sizer->Add(organization_, wxSizerFlags().Expand().Border(wxALL, border));
    sizer->Add(note, wxSizerFlags().Border(wxLEFT | wxRIGHT, border));
    // Labelled by the program, not by the toolkit's stock label, which follows the system's
    // language rather than the one chosen here.
    auto* close = new wxButton(this, wxID_CLOSE, _("Close"));
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndDialog(wxID_CLOSE); });
    sizer->Add(close, wxSizerFlags().Right().Border(wxALL, border));
    SetSizerAndFit(sizer);
    SetMinSize(wxSize(FromDIP(360), -1));
    Fit();
    SetEscapeId(wxID_CLOSE);

    language_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { onLanguage(); });
    fontSize_->Bind(wxEVT_RADIOBOX, [this](wxCommandEvent&) { onFontSize(); });
}

void SettingsDialog::onLanguage() {
    const int index = language_->GetSelection();
    if (index < 0) return;
    const UiLanguage language = kLanguages[index];
    frame_.settings().setLanguage(language);
    frame_.setInterfaceLanguage(language);
    // The dialog's own texts are built again in the new language, once the choice that sent
    // this event is no longer in the middle of handling it.
    CallAfter([this] {
        DestroyChildren();
        build();
    });
}

void SettingsDialog::onFontSize() {
    const int index = fontSize_->GetSelection();
    if (index < 0) return;
    const FontSize size = kAllFontSizes[static_cast<std::size_t>(index)];
    frame_.settings().setFontSize(size);
    frame_.setFontSize(size);
    CallAfter([this] {
        DestroyChildren();
        build();
    });
}

}  // namespace tqm::gui
