#include "base/byte_buffer.h"

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

}  // namespace tqm
