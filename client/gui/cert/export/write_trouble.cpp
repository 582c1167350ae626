#include "cert/export/write_trouble.h"

#include <system_error>

#ifdef _WIN32
#include <io.h>
#else
#include <unistd.h>
#endif

namespace tqm::gui {

namespace fs = std::filesystem;

namespace {

// Below this the temporary file beside the target cannot be expected to fit.
constexpr std::uintmax_t kLeastFreeBytes = 1024 * 1024;

bool writable(const fs::path& path) {
#ifdef _WIN32
    return _waccess(path.c_str(), 2) == 0;
#else
    return access(path.c_str(), W_OK) == 0;
#endif
}

}  // namespace

WriteTrouble diagnoseWriteTrouble(const fs::path& file) {
    std::error_code error;
    const fs::path folder = file.has_parent_path() ? file.parent_path() : fs::current_path(error);
    if (!fs::is_directory(folder, error)) return WriteTrouble::FolderMissing;
    if (!writable(folder)) return WriteTrouble::FolderNotWritable;
    if (fs::exists(file, error) && !writable(file)) return WriteTrouble::FileNotWritable;
    const fs::space_info space = fs::space(folder, error);
    if (!error && space.available < kLeastFreeBytes) return WriteTrouble::DiskFull;
    return WriteTrouble::Unknown;
}

}  // namespace tqm::gui
