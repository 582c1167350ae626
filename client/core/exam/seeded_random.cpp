#include "exam/seeded_random.h"

namespace tqm::exam {

namespace {

std::uint64_t rotateLeft(std::uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
}

}  // namespace

std::uint64_t splitMix64(std::uint64_t& state) {
    state += 0x9E3779B97F4A7C15ULL;
    std::uint64_t z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

SeededRandom::SeededRandom(std::uint64_t seed) {
    // SplitMix64 never yields four zero words in a row, the one state xoshiro must not start in.
    for (std::uint64_t& word : state_) word = splitMix64(seed);
}

std::uint64_t SeededRandom::next() {
    const std::uint64_t result = rotateLeft(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotateLeft(state_[3], 45);
    return result;
}

std::uint64_t SeededRandom::below(std::uint64_t bound) {
    // 2^64 mod bound values at the bottom of the range would make the first results of `% bound`
    // more likely; drawing again when one comes up keeps every result equally likely.
    const std::uint64_t threshold = (0 - bound) % bound;
    for (;;) {
        const std::uint64_t value = next();
        if (value >= threshold) return value % bound;
    }
}

std::uint64_t stableHash64(std::string_view bytes) {
    std::uint64_t hash = 0xCBF29CE484222325ULL;  // FNV offset basis
    for (char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001B3ULL;  // FNV prime
    }
    return hash;
}

std::uint64_t seedForPerson(std::uint64_t examSeed, std::string_view employeeNo) {
    // Mixing the hash before combining it keeps 工号 that differ in one character far apart.
    std::uint64_t personState = stableHash64(employeeNo);
    std::uint64_t combined = examSeed ^ splitMix64(personState);
    return splitMix64(combined);
}

}  // namespace tqm::exam
