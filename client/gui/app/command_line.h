// tqm-trainer [--banks DIR] [--db FILE] [--content DIR] [--lang zh_CN|en]
//             [--screenshot-tour DIR] [--report-startup [--report-scroll]] [BANK.xml...]
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include <wx/cmdline.h>
#include <wx/string.h>

#include "app/language.h"

namespace tqm::gui {

struct CommandLineOptions {
    std::optional<std::filesystem::path> bankDir;     // replaces the default bank folder
    std::optional<std::filesystem::path> database;    // replaces the user's data file
    std::optional<std::filesystem::path> contentDir;  // replaces the course folder found
    std::optional<UiLanguage> language;               // overrides the locale
    std::optional<std::filesystem::path> screenshotDir;
    bool reportStartup = false;  // print startup figures and exit (tools/bench)
    bool reportScroll = false;   // also scroll the long lists and print the slowest step
    std::vector<std::filesystem::path> bankFiles;  // loaded after the folder's banks
};

void describeCommandLine(wxCmdLineParser& parser);

// Reads what describeCommandLine declared. Returns false with `error` set for a bad value.
bool readCommandLine(const wxCmdLineParser& parser, CommandLineOptions& options, wxString& error);

}  // namespace tqm::gui
