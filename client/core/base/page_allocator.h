// An allocator that maps its memory from the system directly and unmaps it when freed, for a
// large temporary list whose memory must leave the process as soon as it is freed. Memory freed
// through malloc stays with the thread's arena (glibc keeps it until malloc_trim()), and so
// goes on counting as resident.
#pragma once

#include <cstddef>
#include <new>

#if defined(__unix__) || defined(__APPLE__)
#include <sys/mman.h>
#endif

namespace tqm {

template <typename T>
struct PageAllocator {
    using value_type = T;

    PageAllocator() = default;
    template <typename U>
    PageAllocator(const PageAllocator<U>&) noexcept {}

    T* allocate(std::size_t count) {
        const std::size_t bytes = count * sizeof(T);
#if defined(__unix__) || defined(__APPLE__)
        void* memory =
            ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (memory == MAP_FAILED) throw std::bad_alloc();
        return static_cast<T*>(memory);
#else
        return static_cast<T*>(::operator new(bytes));
#endif
    }
    void deallocate(T* memory, std::size_t count) noexcept {
#if defined(__unix__) || defined(__APPLE__)
        ::munmap(memory, count * sizeof(T));
#else
        (void)count;
        ::operator delete(memory);
#endif
    }

    template <typename U>
    bool operator==(const PageAllocator<U>&) const noexcept {
        return true;
    }
};

}  // namespace tqm
