#include "base/mapped_file.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#define TQM_HAVE_MMAP 1
#endif

namespace tqm {

std::optional<MappedFile> MappedFile::open(const std::filesystem::path& file) {
#ifdef TQM_HAVE_MMAP
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    struct stat info {};
    void* data = MAP_FAILED;
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0)
        data =
            ::mmap(nullptr, static_cast<std::size_t>(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);  // the mapping keeps the file open
    if (data == MAP_FAILED) return std::nullopt;
    const auto size = static_cast<std::size_t>(info.st_size);
    // Read front to back: the kernel reads ahead further than it would by default.
    ::madvise(data, size, MADV_SEQUENTIAL);
    return MappedFile(static_cast<const char*>(data), size);
#else
    (void)file;
    return std::nullopt;
#endif
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
    if (this != &other) {
        MappedFile old(std::move(*this));
        data_ = std::exchange(other.data_, nullptr);
        size_ = std::exchange(other.size_, 0);
    }
    return *this;
}

MappedFile::~MappedFile() {
#ifdef TQM_HAVE_MMAP
    if (data_) ::munmap(const_cast<char*>(data_), size_);
#endif
}

std::size_t MappedFile::release(std::size_t from, std::size_t to) const {
#ifdef TQM_HAVE_MMAP
    static const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    const auto begin = reinterpret_cast<std::uintptr_t>(data_);  // page-aligned
    const std::size_t first = (from + page - 1) / page * page;
    const std::size_t last = std::min(to, size_) / page * page;
    if (last <= first) return from;
    ::madvise(reinterpret_cast<void*>(begin + first), last - first, MADV_DONTNEED);
    return last;
#else
    (void)to;
    return from;
#endif
}

}  // namespace tqm
