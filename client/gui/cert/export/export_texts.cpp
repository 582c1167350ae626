#include "cert/export/export_texts.h"

#include <wx/filename.h>
#include <wx/intl.h>

#include "cert/export/write_trouble.h"
#include "organizer/organizer_lock.h"

namespace tqm::gui {

namespace {

wxString fromUtf8(const std::string& text) {
    return wxString::FromUTF8(text);
}

bool isWriteFailure(const std::string& code) {
    return code == "export-failed" || code == "public-key-write-failed";
}

// The place the file was to go, looked at to say what to do.
wxString writeFailureText(const CertExportOutcome& outcome) {
    const wxString name = shownFileName(outcome.file);
    const wxString folder = wxString::FromUTF8(outcome.file.parent_path().string());
    switch (diagnoseWriteTrouble(outcome.file)) {
        case WriteTrouble::FolderMissing:
            return wxString::Format(_("Nothing was saved: the folder %s does not exist any more "
                                      "(a removed USB drive?). Choose another folder and try "
                                      "again."),
                                    folder);
        case WriteTrouble::FolderNotWritable:
            return wxString::Format(_("Nothing was saved: you may not create files in the folder "
                                      "%s. Choose another folder, such as Documents, and try "
                                      "again."),
                                    folder);
        case WriteTrouble::FileNotWritable:
            return wxString::Format(_("Nothing was saved: %s is read-only or open in another "
                                      "program (such as Excel). Close it there or choose another "
                                      "name, and try again."),
                                    name);
        case WriteTrouble::DiskFull:
            return wxString::Format(_("Nothing was saved: the disk holding %s is full. Free some "
                                      "space or choose another drive, and try again."),
                                    folder);
        case WriteTrouble::Unknown:
            break;
    }
    return wxString::Format(_("Nothing was saved: %s could not be written (%s). Check the folder "
                              "and the disk, and try again."),
                            name, fromUtf8(outcome.problemMessage));
}

wxString keyFailureText(const CertExportOutcome& outcome) {
    return wxString::Format(_("Nothing was saved: this workstation's keys could not be read (%s). "
                              "Restore the \"keys\" folder beside the database from a backup; "
                              "never delete it, or issued certificates can no longer be "
                              "verified."),
                            fromUtf8(outcome.problemMessage));
}

}  // namespace

wxString shownFileName(const std::filesystem::path& file) {
    return wxString::FromUTF8(file.filename().string());
}

wxString exportDoneText(const CertExportOutcome& outcome) {
    const wxString name = shownFileName(outcome.file);
    switch (outcome.kind) {
        case CertExportKind::Register:
            return wxString::Format(
                wxPLURAL("Saved the certificate register (%zu row) as %s.",
                         "Saved the certificate register (%zu rows) as %s.", outcome.count),
                outcome.count, name);
        case CertExportKind::FullRegister:
            return wxString::Format(
                wxPLURAL("Saved the register with full ID numbers (%zu row) as %s. The export is "
                         "recorded in the audit log; keep the file safe.",
                         "Saved the register with full ID numbers (%zu rows) as %s. The export is "
                         "recorded in the audit log; keep the file safe.",
                         outcome.count),
                outcome.count, name);
        case CertExportKind::Matrix:
            if (outcome.axis == cert::MatrixAxis::Positions)
                return wxString::Format(
                    wxPLURAL("Saved the qualification matrix of %zu position as %s.",
                             "Saved the qualification matrix of %zu positions as %s.",
                             outcome.count),
                    outcome.count, name);
            return wxString::Format(
                wxPLURAL("Saved the qualification matrix of %zu person as %s.",
                         "Saved the qualification matrix of %zu people as %s.", outcome.count),
                outcome.count, name);
        case CertExportKind::Print:
            return wxString::Format(
                wxPLURAL("Printed %zu certificate to %s, one A4 page each.",
                         "Printed %zu certificates to %s, one A4 page each.", outcome.count),
                outcome.count, name);
        case CertExportKind::PublicKey:
            return wxString::Format(_("Saved this workstation's public key as %s. Hand it to "
                                      "whoever verifies certificates issued here."),
                                    name);
    }
    return name;
}

wxString exportFailureText(const CertExportOutcome& outcome) {
    const std::string& code = outcome.problemCode;
    if (code.rfind("password-", 0) == 0)
        // TRANSLATORS: %s is why the password was refused, a whole sentence.
        return wxString::Format(_("%s Nothing was exported."),
                                passwordRefusalText({code, outcome.problemMessage}));
    if (isWriteFailure(code)) return writeFailureText(outcome);
    if (code.rfind("key-", 0) == 0) return keyFailureText(outcome);
    if (code == "id-number-unreadable")
        return _(
            "Nothing was saved: an ID number does not open with this workstation's key (it "
            "was entered on another workstation). Export the register with masked ID "
            "numbers, or export the full one on that workstation.");
    if (code == "audit-failed")
        return _(
            "Nothing was saved: the export could not be recorded in the audit log, so the "
            "file was removed again. Close other programs using the database and try "
            "again.");
    if (code == "unknown-number")
        return wxString::Format(_("Nothing was printed: no certificate has the number %s. "
                                  "Check the numbers and try again."),
                                fromUtf8(outcome.problemDetail));
    if (code == "no-certificates") return _("Nothing was printed: no certificate was chosen.");
    if (code == "no-chinese-font")
        return _(
            "Nothing was printed: no Chinese font is installed. Install a Chinese font "
            "(such as Noto Sans CJK) and try again.");
    if (code == "code-too-long")
        return _(
            "Nothing was printed: a verification code is too long to fit in a QR code. "
            "Print the certificates one at a time to find it; that certificate needs to "
            "be issued again.");
    if (code == "database-unreadable")
        return wxString::Format(_("Nothing was saved: the database could not be read (%s). "
                                  "Close other programs using it and try again."),
                                fromUtf8(outcome.problemMessage));
    return wxString::Format(_("Nothing was saved: %s"), fromUtf8(outcome.problemMessage));
}

}  // namespace tqm::gui
