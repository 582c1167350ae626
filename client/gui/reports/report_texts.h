// The report area's sentences for what the core reports in codes or English: why there is no
// report to show, and why a file could not be written, each with what to do next.
#pragma once

#include <filesystem>
#include <string>

#include <wx/string.h>

#include "reports/report_request.h"

namespace tqm::gui {

wxString problemText(ReportProblem problem);
wxString readFailureText(const std::string& coreMessage);
wxString writeFailureText(const std::filesystem::path& file, const std::string& coreMessage);
wxString databaseMissingText(const std::string& coreMessage);

}  // namespace tqm::gui
