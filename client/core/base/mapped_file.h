// A file's bytes mapped read-only into memory, for reading a large file once, front to back,
// without ever holding all of it: pages are read from the file when first touched and can be
// handed back behind the reader (release()), to be read again from the page cache if touched
// once more. The mapping is private and never written, so its bytes are the file's at every
// touch.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string_view>

namespace tqm {

class MappedFile {
  public:
    // The mapped file; nullopt when it cannot be opened or mapped (an empty file, a platform
    // without mappings), in which case the caller reads it the ordinary way.
    static std::optional<MappedFile> open(const std::filesystem::path& file);

    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile();

    std::string_view bytes() const { return {data_, size_}; }

    // Hands back the whole pages inside bytes()[from, to): they stop counting as the process's
    // memory. Views into them stay valid (a later touch reads the page again); this is only
    // about memory. Returns where the pages handed back end (`from` when there were none), so
    // that a reader moving forward can pass it as the next `from`.
    std::size_t release(std::size_t from, std::size_t to) const;

  private:
    MappedFile(const char* data, std::size_t size) : data_(data), size_(size) {}

    const char* data_ = nullptr;
    std::size_t size_ = 0;
};

}  // namespace tqm
