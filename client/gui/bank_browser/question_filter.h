// Which questions the browser lists: those of a bank or of a category and its descendants,
// narrowed by a search text. Pure logic, fast enough to run on every keystroke over 100,000
// questions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "bank/bank.h"

namespace tqm::gui {

struct QuestionRef {
    std::uint32_t bank = 0;      // index among the loaded banks
    std::uint32_t question = 0;  // index in that bank's questions
    bool operator==(const QuestionRef&) const = default;
};

// A node of the category tree: a whole bank (empty category) or a category with its descendants.
struct CategoryScope {
    std::uint32_t bank = 0;
    std::string_view category;
    bool operator==(const CategoryScope&) const = default;
};

// The category `id` and all its descendants; empty when the bank has no such category.
std::unordered_set<std::string_view> categorySubtree(const bank::Bank& bank, std::string_view id);

// Questions per category counting those of its descendants, keyed by category id.
std::unordered_map<std::string_view, std::size_t> questionCountsWithDescendants(
    const bank::Bank& bank);

// A search text prepared for matching: half-width, lower-case words; a question matches when
// every word occurs somewhere in its text: id, title, stem, options, answers, explanation,
// source or tags (the words may be in different places).
class SearchText {
  public:
    explicit SearchText(std::string_view text);
    bool empty() const { return words_.empty(); }
    bool matches(const bank::Question& question) const;

  private:
    std::vector<std::string> words_;
};

// The questions of `banks` in `scope` (all banks when it has no value) that match `search`, in
// bank order then file order.
std::vector<QuestionRef> filterQuestions(const std::vector<const bank::Bank*>& banks,
                                         const CategoryScope* scope, const SearchText& search);

}  // namespace tqm::gui
