// Why a file could not be written, found by looking at the place it was to go, so that the user
// is told what to do (choose another folder, close the file in Excel, free disk space) instead
// of a system error text. Looks only; changes nothing.
#pragma once

#include <cstdint>
#include <filesystem>

namespace tqm::gui {

enum class WriteTrouble : std::uint8_t {
    FolderMissing,      // the folder is gone (a removed USB stick, a deleted folder)
    FolderNotWritable,  // no permission to create files there
    FileNotWritable,    // the file exists and is read-only, or locked by another program
    DiskFull,           // less free space than any export needs
    Unknown,
};

WriteTrouble diagnoseWriteTrouble(const std::filesystem::path& file);

}  // namespace tqm::gui
