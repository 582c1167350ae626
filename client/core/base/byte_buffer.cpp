#include "base/byte_buffer.h"

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace tqm {

namespace {
constexpr std::size_t kHugePage = std::size_t{2} << 20;
}

ByteBuffer allocateByteBuffer(std::size_t size) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (size >= 2 * kHugePage) {
        const std::size_t rounded = (size + kHugePage - 1) / kHugePage * kHugePage;
        if (void* bytes = std::aligned_alloc(kHugePage, rounded)) {
            // Only advice: without huge pages the buffer works as well, page by page.
            madvise(bytes, rounded, MADV_HUGEPAGE);
            return ByteBuffer(static_cast<char*>(bytes));
        }
    }
#endif
    return ByteBuffer(static_cast<char*>(std::malloc(size == 0 ? 1 : size)));
}

void adviseHugePages(void* data, std::size_t size) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    const auto begin = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t first = (begin + kHugePage - 1) / kHugePage * kHugePage;
    const std::uintptr_t last = (begin + size) / kHugePage * kHugePage;
    if (last > first) madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
#else
    (void)data;
    (void)size;
#endif
}

}  // namespace tqm
