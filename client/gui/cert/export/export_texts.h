// What the certificate exports say, in the user's language: the status line naming the file
// written, and, when nothing was written, why and what to do next. The core's problem codes are
// mapped to translated sentences here; a code it does not know shows the core's own words.
#pragma once

#include <wx/string.h>

#include "cert/export/export_jobs.h"

namespace tqm::gui {

wxString exportDoneText(const CertExportOutcome& outcome);
wxString exportFailureText(const CertExportOutcome& outcome);

// The file's name as shown in messages: its name only, the folder being offered by a button.
wxString shownFileName(const std::filesystem::path& file);

}  // namespace tqm::gui
