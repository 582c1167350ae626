// An index of one bank built for paper assembly: build it once per bank and reuse it for every
// paper, so that assembling one paper costs about what its rules draw, not the bank's size.
//
// Design. Categories are numbered in depth-first order (parents before children), so a category
// and all its sub-categories hold one run of numbers [first, end). The questions are sorted by
// (type, difficulty, category number, position in the bank). The questions of one type and one
// difficulty in a category, with or without its sub-categories, are then one contiguous slice of
// that order, found by two binary searches; a rule with a difficulty range is at most five
// slices. A rule that also filters by tags or positions is the only one that looks at the
// questions of its slices one by one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bank/bank.h"

namespace tqm::exam {

// The category numbers a rule draws from: [first, end).
struct CategoryRange {
    std::uint32_t first = 0;
    std::uint32_t end = 0;
    bool contains(std::uint32_t number) const { return number >= first && number < end; }
};

class AssemblyIndex {
  public:
    // Keeps a reference to `bank`, which must outlive the index and not change while it is used.
    explicit AssemblyIndex(const bank::Bank& bank);

    const bank::Bank& bank() const { return *bank_; }

    // The numbers of `categoryId` and, when asked, of all categories below it; nullopt when the
    // bank has no such category. An empty id is the whole bank.
    std::optional<CategoryRange> categoryRange(std::string_view categoryId,
                                               bool withSubCategories) const;

    // Indexes into bank().questions of the given type and difficulty (1..5) whose category is in
    // `range`, in bank order.
    std::span<const std::uint32_t> slice(bank::QuestionType type, int difficulty,
                                         CategoryRange range) const;

    std::optional<std::uint32_t> questionIndex(std::string_view questionId) const;
    std::uint32_t categoryNumberOf(std::uint32_t question) const { return categoryOf_[question]; }
    // A question's difficulty as indexed: clamped into 1..5.
    int difficultyOf(std::uint32_t question) const;

  private:
    std::size_t bucketOf(bank::QuestionType type, int difficulty) const;

    const bank::Bank* bank_;
    std::vector<std::string_view> categoryIds_;  // by number
    std::unordered_map<std::string_view, std::uint32_t> numberOf_;
    std::vector<std::uint32_t> subtreeEnd_;     // by number
    std::vector<std::uint32_t> categoryOf_;     // by question index; uncategorised: the count
    std::vector<std::uint32_t> order_;          // question indexes in index order
    std::vector<std::uint32_t> orderCategory_;  // the category number of each entry of order_
    std::vector<std::size_t> bucketStart_;      // (type, difficulty) bucket -> start in order_
};

}  // namespace tqm::exam
