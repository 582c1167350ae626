#include "bank/interchange/import_result.h"

#include <fstream>
#include <system_error>

namespace tqm::bank {

std::string writeExtractedFiles(const std::vector<ExtractedFile>& files,
                                const std::filesystem::path& dir) {
    for (const ExtractedFile& f : files) {
        const std::filesystem::path target = dir / f.relativePath;
        std::error_code ec;
        std::filesystem::create_directories(target.parent_path(), ec);
        if (ec) return target.parent_path().string() + ": cannot create folder: " + ec.message();
        std::ofstream out(target, std::ios::binary | std::ios::trunc);
        out.write(f.bytes.data(), static_cast<std::streamsize>(f.bytes.size()));
        out.close();
        if (!out) return target.string() + ": cannot write file";
    }
    return {};
}

}  // namespace tqm::bank
