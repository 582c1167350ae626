#include "exam/paper_image.h"

#include <algorithm>
#include <system_error>

#include "base/sha256.h"

namespace tqm::exam {

namespace {

// Banks written on Windows separate folders with backslashes; a colon in a segment is a drive
// letter or a URL scheme. Either way the path does not name a file inside the bank's folder.
bool staysInFolder(const std::string& path) {
    if (path.empty() || path.front() == '/') return false;
    int depth = 0;
    for (const auto& part : std::filesystem::path(path)) {
        const std::string segment = part.string();
        if (segment.find(':') != std::string::npos) return false;
        if (segment == "..") {
            if (--depth < 0) return false;
        } else if (segment != "." && !segment.empty()) {
            ++depth;
        }
    }
    return true;
}

}  // namespace

PaperImage freezeImage(std::string_view relativePath, const std::filesystem::path& bankFolder) {
    PaperImage image{std::string(relativePath), {}};
    std::string relative(relativePath);
    std::replace(relative.begin(), relative.end(), '\\', '/');
    if (bankFolder.empty() || !staysInFolder(relative)) return image;

    std::error_code error;
    std::filesystem::path file = std::filesystem::absolute(bankFolder / relative, error);
    if (error) return image;
    file = file.lexically_normal();
    image.path = file.string();
    if (!std::filesystem::is_regular_file(file, error)) return image;
    const FileDigest digest = sha256OfFile(file);
    if (digest.ok()) image.sha256 = digest.hex;
    return image;
}

std::vector<PaperImage> freezeImages(const bank::Question& question,
                                     const std::filesystem::path& bankFolder) {
    std::vector<PaperImage> images;
    images.reserve(question.images.size());
    for (const std::string_view path : question.images)
        images.push_back(freezeImage(path, bankFolder));
    return images;
}

}  // namespace tqm::exam
