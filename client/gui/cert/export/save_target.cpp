#include "cert/export/save_target.h"

#include <wx/filedlg.h>
#include <wx/intl.h>

namespace tqm::gui {

namespace {

wxString dayText(Date day) {
    return wxString::FromUTF8(formatDate(day));
}

wxString extensionOf(cert::RegisterFormat format) {
    return format == cert::RegisterFormat::Xlsx ? "xlsx" : "csv";
}

wxString wildcardOf(cert::RegisterFormat format) {
    return format == cert::RegisterFormat::Xlsx ? _("Excel workbook (*.xlsx)|*.xlsx")
                                                : _("CSV file (*.csv)|*.csv");
}

}  // namespace

std::optional<std::filesystem::path> askSaveFile(wxWindow& parent, const SaveTarget& target) {
    wxFileDialog dialog(&parent, target.title, wxString::FromUTF8(target.folder.string()),
                        target.defaultName, target.wildcard, wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    std::filesystem::path chosen(dialog.GetPath().utf8_string());
    if (!chosen.has_extension() && !target.defaultExtension.empty())
        chosen += "." + target.defaultExtension.utf8_string();
    return chosen;
}

SaveTarget registerTarget(Date asOf, cert::RegisterFormat format, bool fullIdNumbers) {
    SaveTarget target;
    if (fullIdNumbers) {
        target.title = _("Save the register with full ID numbers");
        // TRANSLATORS: a file name; %s is a day such as 2026-11-24.
        target.defaultName = wxString::Format(_("certificate-register-full-ID-%s"), dayText(asOf));
        target.wildcard =
            wildcardOf(format) + "|" +
            wildcardOf(format == cert::RegisterFormat::Xlsx ? cert::RegisterFormat::Csv
                                                            : cert::RegisterFormat::Xlsx);
    } else {
        target.title = _("Save the certificate register");
        // TRANSLATORS: a file name; %s is a day such as 2026-11-24.
        target.defaultName = wxString::Format(_("certificate-register-%s"), dayText(asOf));
        target.wildcard = wildcardOf(format);
    }
    target.defaultExtension = extensionOf(format);
    target.defaultName += "." + target.defaultExtension;
    return target;
}

SaveTarget matrixTarget(Date asOf, cert::MatrixAxis axis, cert::RegisterFormat format) {
    SaveTarget target;
    target.title = _("Save the qualification matrix");
    target.defaultName =
        axis == cert::MatrixAxis::Positions
            // TRANSLATORS: a file name; %s is a day such as 2026-11-24.
            ? wxString::Format(_("qualification-matrix-positions-%s"), dayText(asOf))
            // TRANSLATORS: a file name; %s is a day such as 2026-11-24.
            : wxString::Format(_("qualification-matrix-people-%s"), dayText(asOf));
    target.wildcard = wildcardOf(format);
    target.defaultExtension = extensionOf(format);
    target.defaultName += "." + target.defaultExtension;
    return target;
}

SaveTarget printTarget(Date asOf, const wxString& who) {
    SaveTarget target;
    target.title = _("Save the certificates as PDF");
    // TRANSLATORS: a file name; the first %s is a person's name, the second a day.
    target.defaultName = who.empty()
                             ? wxString::Format(_("certificates-%s"), dayText(asOf))
                             : wxString::Format(_("certificates-%s-%s"), who, dayText(asOf));
    target.wildcard = _("PDF document (*.pdf)|*.pdf");
    target.defaultExtension = "pdf";
    target.defaultName += ".pdf";
    return target;
}

SaveTarget publicKeyTarget() {
    SaveTarget target;
    target.title = _("Save this workstation's public key");
    // TRANSLATORS: a file name.
    target.defaultName = _("workstation-public-key") + ".pub";
    target.wildcard = _("Public key (*.pub)|*.pub");
    target.defaultExtension = "pub";
    return target;
}

cert::RegisterFormat registerFormatOf(const std::filesystem::path& file) {
    wxString extension = wxString::FromUTF8(file.extension().string());
    return extension.Lower() == ".csv" ? cert::RegisterFormat::Csv : cert::RegisterFormat::Xlsx;
}

}  // namespace tqm::gui
