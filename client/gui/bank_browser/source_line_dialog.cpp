#include "bank_browser/source_line_dialog.h"

#include <filesystem>
#include <fstream>
#include <iterator>

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "bank_browser/question_labels.h"
#include "widgets/colours.h"
#include "widgets/problem_list.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

namespace {

std::optional<std::string> readFile(const std::string& file) {
    std::ifstream in(std::filesystem::path(file), std::ios::binary);
    if (!in) return std::nullopt;
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

SourceLineDialog::SourceLineDialog(wxWindow* parent, const Diagnostic& problem)
    : wxDialog(parent, wxID_ANY, wxString::Format(_("Source file: %s"), problemLocation(problem)),
               wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    SetName("SourceLineDialog");
    auto* heading = new wxStaticText(
        this, wxID_ANY,
        problemLabel(problem.code) + wxString::FromUTF8(" — ") + problemLocation(problem));
    heading->SetFont(GetFont().Bold());
    auto* message = new wxStaticText(this, wxID_ANY, wxString());
    setWrappedLabel(*message, wxString::FromUTF8(problem.message), FromDIP(760));

    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(800, 300)),
                           wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES);
    list_->AppendColumn(_("Line"), wxLIST_FORMAT_RIGHT, FromDIP(64));
    list_->AppendColumn(_("Text"), wxLIST_FORMAT_LEFT, FromDIP(720));
    wxFont mono(GetFont().GetPointSize(), wxFONTFAMILY_TELETYPE, wxFONTSTYLE_NORMAL,
                wxFONTWEIGHT_NORMAL);
    list_->SetFont(mono);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(16)));
    sizer->Add(message, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(16)));

    const std::optional<std::string> bytes = readFile(problem.file);
    if (!bytes || problem.line == 0) {
        auto* none = new wxStaticText(
            this, wxID_ANY,
            !bytes ? wxString::Format(_("The file \"%s\" cannot be read any more."),
                                      wxString::FromUTF8(problem.file))
                   : _("The problem concerns the whole file, not one line."));
        sizer->Add(none, wxSizerFlags().Border(wxALL, FromDIP(16)));
        list_->Hide();
    } else {
        lines_ = sourceExcerpt(*bytes, problem.line, kSourceContextLines);
        for (const SourceLine& line : lines_) {
            const long row =
                list_->InsertItem(list_->GetItemCount(), wxString::Format("%u", line.number));
            list_->SetItem(row, 1, wxString::FromUTF8(line.text));
            if (line.number == problem.line) {
                highlighted_ = line.number;
                list_->SetItemBackgroundColour(row, colour(Colour::Warning));
                list_->SetItemTextColour(row, *wxBLACK);
                list_->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                    wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
                list_->EnsureVisible(row);
            }
        }
        list_->SetColumnWidth(1, wxLIST_AUTOSIZE);
        if (list_->GetColumnWidth(1) < FromDIP(720)) list_->SetColumnWidth(1, FromDIP(720));
    }
    sizer->Add(list_, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(16)));
    if (auto* buttons = CreateStdDialogButtonSizer(wxCLOSE))
        sizer->Add(buttons,
                   wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12)));
    // Stock labels are translated only where wxWidgets' own catalog is installed.
    if (wxWindow* close = FindWindow(wxID_CLOSE)) close->SetLabel(_("Close"));
    SetSizerAndFit(sizer);
    Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); }, wxID_CLOSE);
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) {
        if (IsModal())
            EndModal(wxID_CLOSE);
        else
            Destroy();
    });
    CentreOnParent();
}

}  // namespace tqm::gui
