#include "cert/export/certificate_exports.h"

#include <algorithm>

#include <wx/intl.h>

#include "app/language.h"
#include "cert/certificates_panel.h"
#include "cert/export/export_texts.h"

namespace tqm::gui {

namespace {

// The files follow the interface's language, as the screens do.
report::RegisterLanguage fileLanguage() {
    return currentLanguage() == UiLanguage::English ? report::RegisterLanguage::English
                                                    : report::RegisterLanguage::Chinese;
}

}  // namespace

CertificateExports::CertificateExports(CertificatesPanel& panel, LearnerWorkspace& workspace)
    : panel_(panel), workspace_(workspace), runner_(panel) {
    // The arrow says that the button opens a menu; it is no text to translate.
    button_ = new wxButton(&panel, wxID_ANY, _("Export") + wxString::FromUTF8(" \u25BE"));
    button_->SetName("CertificateExportButton");
    status_ = new ExportStatus(&panel);
    button_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { showMenu(); });
}

std::unique_ptr<wxMenu> CertificateExports::makeMenu() {
    auto menu = std::make_unique<wxMenu>();
    auto add = [&menu, this](const wxString& label, std::function<void()> action) {
        wxMenuItem* item = menu->Append(wxID_ANY, label);
        item->Enable(!busy() && workspace_.hasDatabase());
        menu->Bind(
            wxEVT_MENU, [action](wxCommandEvent&) { action(); }, item->GetId());
    };
    using cert::RegisterFormat;
    add(_("Certificate register (Excel)..."), [this] { exportRegister(RegisterFormat::Xlsx); });
    add(_("Certificate register (CSV)..."), [this] { exportRegister(RegisterFormat::Csv); });
    add(_("Certificate register with full ID numbers..."), [this] { exportFullRegister(); });
    menu->AppendSeparator();
    add(_("Qualification matrix (Excel)..."), [this] { exportMatrix(RegisterFormat::Xlsx); });
    add(_("Qualification matrix (CSV)..."), [this] { exportMatrix(RegisterFormat::Csv); });
    menu->AppendSeparator();
    add(_("Print certificates to PDF..."), [this] { printCertificates(); });
    menu->AppendSeparator();
    add(_("This workstation's public key..."), [this] { exportPublicKey(); });
    return menu;
}

void CertificateExports::showMenu() {
    const std::unique_ptr<wxMenu> menu = makeMenu();
    // The button sits at the right end of the header: the menu opens leftwards from its right
    // edge, so that it stays over the window. Its width is estimated from its longest entry.
    int widest = 0;
    for (const wxMenuItem* item : menu->GetMenuItems())
        widest = std::max(widest, panel_.GetTextExtent(item->GetItemLabelText()).x);
    const wxRect button = button_->GetRect();
    const int left = std::max(0, button.GetRight() - widest - panel_.FromDIP(72));
    panel_.PopupMenu(menu.get(), wxPoint(left, button.GetBottom()));
}

bool CertificateExports::ready() {
    if (busy()) {
        status_->showFailure(_("Another export is still running. Wait for it to finish."));
        return false;
    }
    if (!workspace_.hasDatabase()) {
        status_->showFailure(_("There is no database, so there is nothing to export."));
        return false;
    }
    return true;
}

std::optional<std::filesystem::path> CertificateExports::askFile(SaveTarget target) {
    target.folder = lastFolder_;
    std::optional<std::filesystem::path> file = chooseFile_(panel_, target);
    if (file) lastFolder_ = file->parent_path();
    return file;
}

void CertificateExports::run(CertExportKind kind, const std::filesystem::path& file,
                             CertExportRunner::Job job, const wxString& busyText) {
    status_->showBusy(busyText);
    button_->Disable();
    const bool started = runner_.start(workspace_, kind, file, std::move(job),
                                       [this](CertExportOutcome outcome) { report(outcome); });
    if (!started) {
        // ready() was asked first, so only a lost database gets here.
        CertExportOutcome refused;
        refused.kind = kind;
        refused.file = file;
        refused.problemCode = "database-unreadable";
        report(refused);
    }
}

void CertificateExports::report(const CertExportOutcome& outcome) {
    lastOutcome_ = outcome;
    button_->Enable();
    if (!outcome.ok()) {
        status_->showFailure(exportFailureText(outcome));
        return;
    }
    const wxString openLabel = outcome.kind == CertExportKind::Print       ? _("Open the PDF")
                               : outcome.kind == CertExportKind::PublicKey ? wxString()
                                                                           : _("Open");
    status_->showDone(exportDoneText(outcome), outcome.file, openLabel);
}

void CertificateExports::exportRegister(cert::RegisterFormat format) {
    if (!ready()) return;
    const Date asOf = panel_.asOf();
    const std::optional<std::filesystem::path> file = askFile(registerTarget(asOf, format, false));
    if (!file) return;
    cert::RegisterExport request;
    request.file = *file;
    request.format = format;
    request.asOf = asOf;
    request.idNumbers = cert::RegisterIdNumbers::Masked;
    request.language = fileLanguage();
    run(
        CertExportKind::Register, *file,
        [request](store::Database& database) { return runRegisterExport(database, request); },
        wxString::Format(_("Saving the certificate register as %s..."), shownFileName(*file)));
}

void CertificateExports::exportFullRegister() {
    if (!ready()) return;
    const Date asOf = panel_.asOf();
    const std::optional<std::filesystem::path> file =
        askFile(registerTarget(asOf, cert::RegisterFormat::Xlsx, true));
    if (!file) return;
    cert::RegisterExport request;
    request.file = *file;
    request.format = registerFormatOf(*file);
    request.asOf = asOf;
    request.idNumbers = cert::RegisterIdNumbers::Full;
    request.language = fileLanguage();
    auto submit = [this, request](std::string password, FullIdExportDialog::Finished finished) {
        cert::RegisterExport withPassword = request;
        withPassword.organizerPassword = std::move(password);
        return runner_.start(
            workspace_, CertExportKind::FullRegister, request.file,
            [withPassword](store::Database& database) {
                return runRegisterExport(database, withPassword);
            },
            [this, finished](CertExportOutcome outcome) {
                // A refusal is shown in the dialog, where the password can be typed again.
                if (outcome.ok()) report(outcome);
                finished(std::move(outcome));
            });
    };
    FullIdExportDialog dialog(&panel_, shownFileName(*file), submit);
    fullIdDialog_ = &dialog;
    dialog.ShowModal();
    fullIdDialog_ = nullptr;
}

void CertificateExports::exportMatrix(cert::RegisterFormat format) {
    if (!ready()) return;
    MatrixExport request;
    request.asOf = panel_.asOf();
    request.axis = panel_.matrix()->axis();
    request.format = format;
    request.language = fileLanguage();
    const std::optional<std::filesystem::path> file =
        askFile(matrixTarget(request.asOf, request.axis, format));
    if (!file) return;
    request.file = *file;
    run(
        CertExportKind::Matrix, *file,
        [request](store::Database& database) { return runMatrixExport(database, request); },
        wxString::Format(_("Saving the qualification matrix as %s..."), shownFileName(*file)));
}

void CertificateExports::printCertificates() {
    if (!ready()) return;
    const std::shared_ptr<const CertificateSnapshot> snapshot = panel_.snapshot();
    if (!snapshot || panel_.loading()) {
        status_->showFailure(_("The certificates are still being read. Try again in a moment."));
        return;
    }
    PrintCertificatesDialog dialog(&panel_, snapshot, panel_.person()->personShown(), institution_);
    printDialog_ = &dialog;
    const int answer = dialog.ShowModal();
    printDialog_ = nullptr;
    if (answer != wxID_OK) return;
    institution_ = dialog.institution();
    printNumbers(dialog.numbers(), dialog.holderName());
}

void CertificateExports::printNumbers(std::vector<std::string> numbers, const wxString& holder) {
    const std::optional<std::filesystem::path> file = askFile(printTarget(panel_.asOf(), holder));
    if (!file) return;
    PrintExport request{*file, std::move(numbers), institution_.utf8_string()};
    const std::size_t count = request.numbers.size();
    run(
        CertExportKind::Print, *file,
        [request](store::Database& database) { return runPrintExport(database, request); },
        wxString::Format(wxPLURAL("Printing %zu certificate to %s...",
                                  "Printing %zu certificates to %s...", count),
                         count, shownFileName(*file)));
}

void CertificateExports::exportPublicKey() {
    if (!ready()) return;
    const std::optional<std::filesystem::path> file = askFile(publicKeyTarget());
    if (!file) return;
    run(
        CertExportKind::PublicKey, *file,
        [path = *file](store::Database& database) { return runPublicKeyExport(database, path); },
        wxString::Format(_("Saving the public key as %s..."), shownFileName(*file)));
}

}  // namespace tqm::gui
