// The shuffles of practice, the same on every system for the same seed. std::shuffle and the
// std distributions are left alone because each standard library implements them differently,
// so a seed would give another order on another machine.
//
// The generator is SplitMix64 (G. L. Steele, D. Lea, C. H. Flood, "Fast splittable pseudorandom
// number generators", OOPSLA 2014): state += 0x9E3779B97F4A7C15, then the state is mixed by two
// xor-shift-multiply rounds. Bounded draws reject the top values that would favour small results,
// and the shuffle is Fisher-Yates from the last position down.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tqm::session {

class PracticeRandom {
  public:
    explicit PracticeRandom(std::uint64_t seed) : state_(seed) {}

    std::uint64_t next();

    // Uniform in 0 .. bound-1; bound must be at least 1.
    std::uint64_t below(std::uint64_t bound);

    template <typename T>
    void shuffle(std::vector<T>& items) {
        for (std::size_t i = items.size(); i > 1; --i) {
            const auto j = static_cast<std::size_t>(below(i));
            std::swap(items[i - 1], items[j]);
        }
    }

  private:
    std::uint64_t state_;
};

}  // namespace tqm::session
