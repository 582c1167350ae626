// The four certificate files the import dialog takes (content/certificate-files.md), in the order
// they must go in: requirements and certificates refer to types and positions. What the dialog
// shows about each kind (its name, its columns) and the empty template it saves are made from the
// core's own column lists, so they never drift from what the import accepts.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>

#include <wx/string.h>

#include "cert/cert_csv.h"

namespace tqm::gui {

enum class CertFileKind : std::uint8_t { Types, Positions, Requirements, Certificates };

// Every kind, in the order files of several kinds are imported.
inline constexpr std::array<CertFileKind, 4> kCertFileKinds = {
    CertFileKind::Types, CertFileKind::Positions, CertFileKind::Requirements,
    CertFileKind::Certificates};

// "证书类型", "岗位", ...
wxString certFileKindTitle(CertFileKind kind);
// One sentence on what the file holds and what it needs first.
wxString certFileKindPurpose(CertFileKind kind);
// The columns as a line of Chinese headers, required ones marked with *: "代码*、名称*、...".
wxString certFileKindColumns(CertFileKind kind);
// The columns the core reads for the kind.
std::span<const cert::ColumnSpec> certFileColumns(CertFileKind kind);
// An empty file of the kind: a UTF-8 byte order mark (so that Excel reads the Chinese headers)
// and the header row.
std::string certFileTemplate(CertFileKind kind);
// The template's suggested file name: "证书类型模板.csv".
wxString certFileTemplateName(CertFileKind kind);

}  // namespace tqm::gui
