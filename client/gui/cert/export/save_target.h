// Where an export goes: the save dialog's title, a sensible default name
// (证书登记表-2026-11-24.xlsx) and the file types offered. Choosing the file is a replaceable
// function, so that tests hand the export a path without a dialog.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>

#include <wx/string.h>
#include <wx/window.h>

#include "base/calendar_date.h"
#include "cert/register_export.h"
#include "cert/status_matrix.h"

namespace tqm::gui {

struct SaveTarget {
    wxString title;
    wxString defaultName;          // with its extension
    wxString wildcard;             // wxFileDialog's "Excel workbook (*.xlsx)|*.xlsx|..."
    wxString defaultExtension;     // added when the name typed has none: "xlsx"
    std::filesystem::path folder;  // where the dialog opens; empty: the system's choice
};

// Nothing when the user cancelled.
using SaveFileChooser =
    std::function<std::optional<std::filesystem::path>(wxWindow& parent, const SaveTarget&)>;

// The save dialog, asking before it replaces a file.
std::optional<std::filesystem::path> askSaveFile(wxWindow& parent, const SaveTarget& target);

// The register; `fullIdNumbers` offers both formats, the chosen name's extension deciding.
SaveTarget registerTarget(Date asOf, cert::RegisterFormat format, bool fullIdNumbers);
SaveTarget matrixTarget(Date asOf, cert::MatrixAxis axis, cert::RegisterFormat format);
// `who` names the certificates' holder when they are one person's; empty otherwise.
SaveTarget printTarget(Date asOf, const wxString& who);
SaveTarget publicKeyTarget();

// CSV for a name ending in .csv (in any case), a workbook otherwise.
cert::RegisterFormat registerFormatOf(const std::filesystem::path& file);

}  // namespace tqm::gui
