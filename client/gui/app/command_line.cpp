#include "app/command_line.h"

#include <wx/intl.h>

namespace tqm::gui {

namespace {

std::filesystem::path toPath(const wxString& text) {
    return std::filesystem::path(text.utf8_string());
}

}  // namespace

void describeCommandLine(wxCmdLineParser& parser) {
    parser.AddOption("", "banks", _("Folder of question banks to load instead of the bundled ones"),
                     wxCMD_LINE_VAL_STRING);
    parser.AddOption("", "db",
                     _("The database file (default: tqm-trainer/tqm.db in the user's data folder)"),
                     wxCMD_LINE_VAL_STRING);
    parser.AddOption("", "content", _("Folder of courses to show instead of the bundled ones"),
                     wxCMD_LINE_VAL_STRING);
    // TRANSLATORS: the values zh_CN and en are typed as they are; do not translate them.
    parser.AddOption("", "lang", _("Interface language: zh_CN or en"), wxCMD_LINE_VAL_STRING);
    parser.AddOption("", "screenshot-tour",
                     _("Render every screen with demo data to a PNG file in this folder and exit"),
                     wxCMD_LINE_VAL_STRING);
    parser.AddSwitch("", "report-startup",
                     _("Print the startup time and memory once the window is ready, then exit"));
    parser.AddSwitch("", "report-scroll",
                     _("With --report-startup: also scroll the question and sign-in lists to the "
                       "end and print the slowest step"));
    parser.AddParam(_("Question bank files to load"), wxCMD_LINE_VAL_STRING,
                    wxCMD_LINE_PARAM_OPTIONAL | wxCMD_LINE_PARAM_MULTIPLE);
}

bool readCommandLine(const wxCmdLineParser& parser, CommandLineOptions& options, wxString& error) {
    wxString value;
    if (parser.Found("banks", &value)) options.bankDir = toPath(value);
    if (parser.Found("db", &value)) options.database = toPath(value);
    if (parser.Found("content", &value)) options.contentDir = toPath(value);
    if (parser.Found("screenshot-tour", &value)) options.screenshotDir = toPath(value);
    if (parser.Found("lang", &value)) {
        options.language = languageFromName(value.utf8_string());
        if (!options.language) {
            error =
                wxString::Format(_("Unknown interface language \"%s\": use zh_CN or en."), value);
            return false;
        }
    }
    options.reportStartup = parser.Found("report-startup");
    options.reportScroll = parser.Found("report-scroll");
    for (size_t i = 0; i < parser.GetParamCount(); ++i)
        options.bankFiles.push_back(toPath(parser.GetParam(i)));
    return true;
}

}  // namespace tqm::gui
