#include "cert/import/cert_file_kind.h"

#include <string_view>

#include <wx/intl.h>

#include "cert/certificate_import.h"
#include "cert/position_import.h"
#include "cert/requirement_import.h"
#include "cert/type_import.h"

namespace tqm::gui {

namespace {

// The Chinese name of a column: the first of its accepted names.
std::string_view chineseName(const cert::ColumnSpec& spec) {
    return spec.names.substr(0, spec.names.find('|'));
}

}  // namespace

wxString certFileKindTitle(CertFileKind kind) {
    switch (kind) {
        case CertFileKind::Types:
            return _("Certificate types");
        case CertFileKind::Positions:
            return _("Positions");
        case CertFileKind::Requirements:
            return _("Requirements");
        case CertFileKind::Certificates:
            return _("Certificates held");
    }
    return {};
}

wxString certFileKindPurpose(CertFileKind kind) {
    switch (kind) {
        case CertFileKind::Types:
            return _(
                "The kinds of certificate the plant tracks, with their validity, review "
                "and renewal rules.");
        case CertFileKind::Positions:
            return _("The positions named in the roster, and which of them are key positions.");
        case CertFileKind::Requirements:
            return _(
                "Which certificate each position needs. Import the types and positions "
                "first.");
        case CertFileKind::Certificates:
            return _(
                "The certificates people already hold, by employee number. Import the "
                "types and the roster first.");
    }
    return {};
}

std::span<const cert::ColumnSpec> certFileColumns(CertFileKind kind) {
    switch (kind) {
        case CertFileKind::Types:
            return cert::kCertificateTypeColumns;
        case CertFileKind::Positions:
            return cert::kPositionColumns;
        case CertFileKind::Requirements:
            return cert::kRequirementColumns;
        case CertFileKind::Certificates:
            return cert::kCertificateColumns;
    }
    return {};
}

wxString certFileKindColumns(CertFileKind kind) {
    wxString line;
    for (const cert::ColumnSpec& spec : certFileColumns(kind)) {
        if (!line.empty()) line += _(", ");
        line += wxString::FromUTF8(std::string(chineseName(spec)));
        if (spec.required) line += '*';
    }
    return line;
}

std::string certFileTemplate(CertFileKind kind) {
    std::string text = "\xEF\xBB\xBF";
    bool first = true;
    for (const cert::ColumnSpec& spec : certFileColumns(kind)) {
        if (!first) text += ',';
        text += chineseName(spec);
        first = false;
    }
    return text + "\r\n";
}

wxString certFileTemplateName(CertFileKind kind) {
    // TRANSLATORS: the suggested name of a template file; %s is the kind, such as "岗位".
    return wxString::Format(_("%s template.csv"), certFileKindTitle(kind));
}

}  // namespace tqm::gui
