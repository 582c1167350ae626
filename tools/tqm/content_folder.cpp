#include "content_folder.h"

#include <system_error>

namespace tqm::cli {

namespace fs = std::filesystem;

namespace {

// The first folder, going up from `start`, that has content/schema/course.xsd.
std::optional<fs::path> contentFolderAbove(fs::path start) {
    std::error_code ignored;
    for (fs::path folder = start; !folder.empty(); folder = folder.parent_path()) {
        if (fs::is_regular_file(folder / "content" / "schema" / "course.xsd", ignored))
            return folder / "content";
        if (folder == folder.parent_path()) break;
    }
    return std::nullopt;
}

}  // namespace

std::optional<fs::path> findContentFolder() {
    std::error_code error;
    const fs::path here = fs::current_path(error);
    if (!error)
        if (auto found = contentFolderAbove(here)) return found->lexically_relative(here);
    const fs::path program = fs::read_symlink("/proc/self/exe", error);
    if (!error)
        if (auto found = contentFolderAbove(program.parent_path())) return found;
    return std::nullopt;
}

}  // namespace tqm::cli
