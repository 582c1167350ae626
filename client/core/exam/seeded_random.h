// The random numbers of paper assembly. A paper must be rebuilt exactly from its recorded seed on
// any platform and with any standard library, so nothing here uses <random>'s distributions or
// std::shuffle, whose results are not specified. Each step is a published algorithm:
//
// - SplitMix64 (Steele, Lea, Flood, "Fast splittable pseudorandom number generators", OOPSLA
//   2014; the C reference is Vigna's splitmix64.c) expands a 64-bit seed into the state;
// - xoshiro256** (Blackman and Vigna, 2018, xoshiro256starstar.c) makes the numbers;
// - a bounded draw rejects the few values that would favour small results, so every value below
//   the bound is equally likely (the method of OpenBSD's arc4random_uniform);
// - the shuffle is Fisher-Yates as in Knuth's Algorithm P, from the last position down.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace tqm::exam {

// One SplitMix64 step: advances `state` by the golden-ratio increment and returns the mixed value.
std::uint64_t splitMix64(std::uint64_t& state);

class SeededRandom {
  public:
    explicit SeededRandom(std::uint64_t seed);

    std::uint64_t next();  // xoshiro256**

    // Uniform in [0, bound); `bound` must be at least 1.
    std::uint64_t below(std::uint64_t bound);

    // Fisher-Yates: every order of `items` equally likely.
    template <typename T>
    void shuffle(std::vector<T>& items) {
        for (std::size_t i = items.size(); i > 1; --i) {
            const std::size_t j = static_cast<std::size_t>(below(i));
            std::swap(items[i - 1], items[j]);
        }
    }

  private:
    std::array<std::uint64_t, 4> state_{};
};

// 64-bit FNV-1a of the bytes: a hash that never changes between runs, machines or releases.
std::uint64_t stableHash64(std::string_view bytes);

// The seed of one person's paper when every person gets a paper of their own: derived from the
// exam's seed and the person's 工号, so the paper can be rebuilt from the two alone, and people
// with different 工号 get different papers.
std::uint64_t seedForPerson(std::uint64_t examSeed, std::string_view employeeNo);

}  // namespace tqm::exam
