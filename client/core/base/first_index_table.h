// Lookups of "the first element with this key" over a sequence the caller owns (a bank's
// questions), by index. Open addressing over (hash, index) slots: one allocation for the whole
// table and no node or key copy per element, which is what a bank of 100,000 questions spends
// most of its indexing time on with std::unordered_map. The caller hashes keys and compares
// them, so the table needs to know nothing of what the elements are.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace tqm {

class FirstIndexTable {
  public:
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

    FirstIndexTable() = default;
    explicit FirstIndexTable(std::size_t expected)
        : slots_(std::bit_ceil(expected * 2 + 2), Slot{0, kNone}) {}

    // The index stored under an equal key, or `index` after storing it. `equal(i)` says whether
    // the element at index i has the key being looked for.
    template <typename Equal>
    std::uint32_t findOrInsert(std::uint64_t hash, std::uint32_t index, Equal&& equal) {
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            Slot& slot = slots_[i];
            if (slot.index == kNone) {
                slot = {hash, index};
                return index;
            }
            if (slot.hash == hash && equal(slot.index)) return slot.index;
        }
    }

    // The index stored under an equal key, or kNone.
    template <typename Equal>
    std::uint32_t find(std::uint64_t hash, Equal&& equal) const {
        if (slots_.empty()) return kNone;
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot& slot = slots_[i];
            if (slot.index == kNone) return kNone;
            if (slot.hash == hash && equal(slot.index)) return slot.index;
        }
    }

  private:
    struct Slot {
        std::uint64_t hash;
        std::uint32_t index;
    };
    std::vector<Slot> slots_;
};

}  // namespace tqm
