#include "cert/import/cert_file_row.h"

#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>

#include "report/csv_export.h"
#include "widgets/colours.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

namespace fs = std::filesystem;

CertFileRow::CertFileRow(wxWindow* parent, CertFileKind kind, int number)
    : wxPanel(parent), kind_(kind) {
    // TRANSLATORS: the title of one kind of file in the import window: "1  证书类型".
    auto* box = new wxStaticBoxSizer(
        wxVERTICAL, this, wxString::Format(_("%d  %s"), number, certFileKindTitle(kind)));
    wxWindow* inBox = box->GetStaticBox();
    const int width = FromDIP(440);

    auto* purpose = new wxStaticText(inBox, wxID_ANY, wxString());
    setWrappedLabel(*purpose, certFileKindPurpose(kind), width);
    auto* columns = new wxStaticText(inBox, wxID_ANY, wxString());
    columns->SetForegroundColour(colour(Colour::MutedText));
    setWrappedLabel(*columns, wxString::Format(_("Columns: %s"), certFileKindColumns(kind)), width);

    path_ = new wxTextCtrl(inBox, wxID_ANY);
    path_->SetHint(_("No file chosen"));
    browse_ = new wxButton(inBox, wxID_ANY, _("Choose..."));
    template_ = new wxHyperlinkCtrl(inBox, wxID_ANY, _("Save an empty template..."), wxString());

    auto* fileLine = new wxBoxSizer(wxHORIZONTAL);
    fileLine->Add(path_, wxSizerFlags(1).CentreVertical());
    fileLine->Add(browse_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));

    const int gap = FromDIP(6);
    box->Add(purpose, wxSizerFlags().Border(wxALL, gap));
    box->Add(columns, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    box->AddStretchSpacer();
    box->Add(fileLine, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    box->Add(template_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    SetSizer(box);

    browse_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { chooseFile(); });
    template_->Bind(wxEVT_HYPERLINK, [this](wxHyperlinkEvent&) { chooseTemplateFile(); });
}

std::optional<fs::path> CertFileRow::file() const {
    const wxString text = path_->GetValue().Strip(wxString::both);
    if (text.empty()) return std::nullopt;
    return fs::path(text.utf8_string());
}

void CertFileRow::setFile(const fs::path& file) {
    path_->ChangeValue(wxString::FromUTF8(file.string()));
    path_->SetInsertionPointEnd();
}

void CertFileRow::chooseFile() {
    wxFileDialog dialog(this, wxString::Format(_("Choose the %s file"), certFileKindTitle(kind_)),
                        wxString(), wxString(), _("CSV files (*.csv)|*.csv|All files (*)|*"),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK) setFile(fs::path(dialog.GetPath().utf8_string()));
}

void CertFileRow::chooseTemplateFile() {
    wxFileDialog dialog(this, _("Save an empty template"), wxString(), certFileTemplateName(kind_),
                        _("CSV files (*.csv)|*.csv"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() == wxID_OK) saveTemplate(fs::path(dialog.GetPath().utf8_string()));
}

bool CertFileRow::saveTemplate(const fs::path& file) {
    if (const auto error = report::writeCsvFile(file, certFileTemplate(kind_))) {
        wxMessageBox(wxString::Format(_("The template could not be saved to %s. Choose another "
                                        "folder and try again."),
                                      wxString::FromUTF8(file.string())),
                     _("Save an empty template"), wxOK | wxICON_WARNING, this);
        return false;
    }
    return true;
}

}  // namespace tqm::gui
