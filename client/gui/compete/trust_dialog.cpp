#include "compete/trust_dialog.h"

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/sizer.h>

#include "admin/public_key_file.h"
#include "compete/contest_texts.h"
#include "widgets/colours.h"
#include "widgets/list_columns.h"
#include "widgets/text_wrap.h"
#include "widgets/value_texts.h"

namespace tqm::gui {

namespace {
constexpr int kTextWidth = 560;
}

TrustedKeyList::TrustedKeyList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL) {
    appendFittedColumn(*this, _("Workstation"), 180);
    appendFittedColumn(*this, _("Key id"), 150);
    appendFittedColumn(*this, _("Trusted at"), 130);
}

void TrustedKeyList::setKeys(std::vector<compete::TrustedKey> keys) {
    keys_ = std::move(keys);
    SetItemCount(long(keys_.size()));
    Refresh();
}

wxString TrustedKeyList::OnGetItemText(long item, long column) const {
    if (item < 0 || std::size_t(item) >= keys_.size()) return {};
    const compete::TrustedKey& key = keys_[std::size_t(item)];
    switch (column) {
        case 0:
            return wxString::FromUTF8(key.label);
        case 1:
            return wxString::FromUTF8(key.keyId);
        case 2:
            return localTimeText(key.trustedAt);
        default:
            return {};
    }
}

TrustDialog::TrustDialog(wxWindow* parent, store::Database& database, admin::KeyStore& keys)
    : wxDialog(parent, wxID_ANY, _("Trusted workstations"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      database_(database),
      keys_(keys) {
    auto* intro = new wxStaticText(this, wxID_ANY, {});
    setWrappedLabel(*intro,
                    _("Result packages are merged only from workstations trusted here. On each "
                      "workstation, save its public key (Save this workstation's key) and bring "
                      "the file here; give it a label that says where it stands."),
                    FromDIP(kTextWidth));
    file_ = new wxFilePickerCtrl(this, wxID_ANY, {}, _("Choose a workstation's public key"),
                                 _("Public keys (*.pub)|*.pub|All files (*)|*"), wxDefaultPosition,
                                 wxDefaultSize,
                                 wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
    label_ = new wxTextCtrl(this, wxID_ANY);
    label_->SetHint(_("such as Workshop 1 computer room"));
    auto* trustButton = new wxButton(this, wxID_ANY, _("Trust"));
    message_ = new wxStaticText(this, wxID_ANY, {});
    list_ = new TrustedKeyList(this);
    list_->SetMinSize(FromDIP(wxSize(kTextWidth, 160)));
    auto* saveOwn = new wxButton(this, wxID_ANY, _("Save this workstation's key..."));

    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 8)));
    grid->AddGrowableCol(1);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Key file")), wxSizerFlags().CentreVertical());
    grid->Add(file_, wxSizerFlags().Expand());
    grid->Add(new wxStaticText(this, wxID_ANY, _("Label")), wxSizerFlags().CentreVertical());
    auto* labelRow = new wxBoxSizer(wxHORIZONTAL);
    labelRow->Add(label_, wxSizerFlags(1).CentreVertical());
    labelRow->Add(trustButton, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    grid->Add(labelRow, wxSizerFlags().Expand());

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(intro, wxSizerFlags().Border(wxBOTTOM, FromDIP(12)));
    column->Add(grid, wxSizerFlags().Expand());
    column->Add(message_, wxSizerFlags().Border(wxTOP | wxBOTTOM, FromDIP(8)));
    column->Add(new wxStaticText(this, wxID_ANY, _("Trusted workstations")));
    column->Add(list_, wxSizerFlags(1).Expand().Border(wxTOP, FromDIP(4)));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(saveOwn);
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_CLOSE, _("Close")));
    SetEscapeId(wxID_CLOSE);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(column, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(16)));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(16)));
    SetSizerAndFit(sizer);

    list_->setKeys(compete::PackageRepository(database_).trustedKeys());
    trustButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        trust(std::filesystem::path(file_->GetPath().utf8_string()), label_->GetValue());
    });
    saveOwn->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxFileDialog dialog(this, _("Save this workstation's public key"), {},
                            wxS("workstation.pub"), _("Public keys (*.pub)|*.pub"),
                            wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
        if (dialog.ShowModal() == wxID_OK)
            saveOwnKey(std::filesystem::path(dialog.GetPath().utf8_string()));
    });
}

void TrustDialog::show(const wxString& text, bool problem) {
    message_->SetForegroundColour(colour(problem ? Colour::Error : Colour::Correct));
    setWrappedLabel(*message_, text, FromDIP(kTextWidth));
    Layout();
}

std::optional<compete::TrustedKey> TrustDialog::trust(const std::filesystem::path& file,
                                                      const wxString& label) {
    const wxString name = label.Strip(wxString::both);
    if (file.empty()) {
        show(_("Choose the workstation's public key file first."), true);
        return std::nullopt;
    }
    if (name.empty()) {
        show(_("Give the workstation a label, such as where it stands."), true);
        return std::nullopt;
    }
    const admin::PublicKeyRead read = admin::readPublicKeyFile(file);
    if (!read.key) {
        show(keyProblemText(*read.problem), true);
        return std::nullopt;
    }
    const compete::PackageRepository::Trusted trusted =
        compete::PackageRepository(database_).trust(*read.key, name.utf8_string());
    list_->setKeys(compete::PackageRepository(database_).trustedKeys());
    show(trusted.added
             ? wxString::Format(_("The workstation \"%s\" is trusted now."), name)
             : wxString::Format(_("This key was already trusted as \"%s\"; nothing changed."),
                                wxString::FromUTF8(trusted.key.label)),
         false);
    return trusted.key;
}

bool TrustDialog::saveOwnKey(const std::filesystem::path& file) {
    if (const std::optional<admin::KeyProblem> problem = keys_.exportPublicKey(file)) {
        show(keyProblemText(*problem), true);
        return false;
    }
    show(wxString::Format(_("This workstation's public key was saved as %s. Bring it to the "
                            "organizer's computer and trust it there."),
                          fileNameText(file)),
         false);
    return true;
}

}  // namespace tqm::gui
