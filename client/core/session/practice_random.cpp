#include "session/practice_random.h"

#include <cassert>

namespace tqm::session {

std::uint64_t PracticeRandom::next() {
    state_ += 0x9E3779B97F4A7C15ULL;
    std::uint64_t z = state_;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::uint64_t PracticeRandom::below(std::uint64_t bound) {
    assert(bound > 0);
    // The largest multiple of bound that fits: values at or above it would make the remainder
    // uneven, so they are drawn again.
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
    std::uint64_t value = next();
    while (value >= limit) value = next();
    return value % bound;
}

}  // namespace tqm::session
