#include "base/file_io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <system_error>

#if defined(_WIN32)
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace tqm {

namespace {

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

// The data must be on the disk before the rename makes it visible; otherwise a power cut can leave
// a renamed but empty file.
bool flushToDisk(std::FILE* f) {
    if (std::fflush(f) != 0) return false;
#if defined(_WIN32)
    return _commit(_fileno(f)) == 0;
#else
    return ::fsync(::fileno(f)) == 0;
#endif
}

// Makes the rename itself durable. Failure here is not reported: the file content is already safe.
void flushDirectory([[maybe_unused]] const std::filesystem::path& dir) {
#if !defined(_WIN32)
    const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#endif
}

std::string failure(const std::filesystem::path& temporary, const std::string& message) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    return message;
}

}  // namespace

std::string writeFileAtomically(const std::filesystem::path& file, std::string_view bytes,
                                std::optional<std::filesystem::perms> permissions) {
    std::filesystem::path temporary = file;
    temporary += ".tmp";
    {
        std::unique_ptr<std::FILE, FileCloser> out(std::fopen(temporary.string().c_str(), "wb"));
        if (!out) return "cannot write " + temporary.string() + ": " + std::strerror(errno);
        if (permissions) {
            std::error_code ec;
            std::filesystem::permissions(temporary, *permissions, ec);
            if (ec) {
                out.reset();
                return failure(temporary,
                               "cannot restrict " + temporary.string() + ": " + ec.message());
            }
        }
        if (std::fwrite(bytes.data(), 1, bytes.size(), out.get()) != bytes.size() ||
            !flushToDisk(out.get())) {
            const std::string reason = std::strerror(errno);
            out.reset();
            return failure(temporary, "cannot write " + temporary.string() + ": " + reason);
        }
        if (std::fclose(out.release()) != 0)
            return failure(temporary,
                           "cannot write " + temporary.string() + ": " + std::strerror(errno));
    }
    std::error_code ec;
    std::filesystem::rename(temporary, file, ec);
    if (ec) return failure(temporary, "cannot replace " + file.string() + ": " + ec.message());
    flushDirectory(file.parent_path());
    return {};
}

}  // namespace tqm
