#include "exam/assembly_index.h"

#include <algorithm>

namespace tqm::exam {

namespace {

constexpr std::size_t kTypeCount = std::size(bank::kAllQuestionTypes);
constexpr int kDifficulties = 5;

void numberCategories(const std::vector<bank::Category>& categories,
                      std::vector<std::string_view>& ids, std::vector<std::uint32_t>& ends) {
    for (const bank::Category& category : categories) {
        const std::size_t number = ids.size();
        ids.push_back(category.id);
        ends.push_back(0);
        numberCategories(category.children, ids, ends);
        ends[number] = static_cast<std::uint32_t>(ids.size());
    }
}

}  // namespace

AssemblyIndex::AssemblyIndex(const bank::Bank& bank) : bank_(&bank) {
    numberCategories(bank.categories, categoryIds_, subtreeEnd_);
    numberOf_.reserve(categoryIds_.size());
    for (std::size_t n = 0; n < categoryIds_.size(); ++n)
        numberOf_.emplace(categoryIds_[n], static_cast<std::uint32_t>(n));

    const std::size_t count = bank.questions.size();
    const auto uncategorised = static_cast<std::uint32_t>(categoryIds_.size());
    categoryOf_.resize(count);
    std::vector<std::size_t> bucketSize(kTypeCount * kDifficulties + 1, 0);
    for (std::size_t q = 0; q < count; ++q) {
        const auto it = numberOf_.find(bank.questions[q].category);
        categoryOf_[q] = it == numberOf_.end() ? uncategorised : it->second;
        ++bucketSize[bucketOf(bank.questions[q].type, bank.questions[q].difficulty) + 1];
    }
    // A counting sort by bucket keeps bank order inside each bucket; sorting each bucket by
    // category number (stable) then gives the full index order.
    bucketStart_.assign(bucketSize.size(), 0);
    for (std::size_t b = 1; b < bucketSize.size(); ++b)
        bucketStart_[b] = bucketStart_[b - 1] + bucketSize[b];
    order_.resize(count);
    std::vector<std::size_t> fill(bucketStart_.begin(), bucketStart_.end() - 1);
    for (std::size_t q = 0; q < count; ++q) {
        const std::size_t b = bucketOf(bank.questions[q].type, bank.questions[q].difficulty);
        order_[fill[b]++] = static_cast<std::uint32_t>(q);
    }
    for (std::size_t b = 0; b + 1 < bucketStart_.size(); ++b) {
        const auto begin = order_.begin() + static_cast<std::ptrdiff_t>(bucketStart_[b]);
        const auto end = order_.begin() + static_cast<std::ptrdiff_t>(bucketStart_[b + 1]);
        std::stable_sort(begin, end, [this](std::uint32_t a, std::uint32_t c) {
            return categoryOf_[a] < categoryOf_[c];
        });
    }
    orderCategory_.resize(count);
    for (std::size_t i = 0; i < count; ++i) orderCategory_[i] = categoryOf_[order_[i]];
}

std::size_t AssemblyIndex::bucketOf(bank::QuestionType type, int difficulty) const {
    return static_cast<std::size_t>(type) * kDifficulties +
           static_cast<std::size_t>(std::clamp(difficulty, 1, kDifficulties) - 1);
}

int AssemblyIndex::difficultyOf(std::uint32_t question) const {
    return std::clamp(bank_->questions[question].difficulty, 1, kDifficulties);
}

std::optional<CategoryRange> AssemblyIndex::categoryRange(std::string_view categoryId,
                                                          bool withSubCategories) const {
    // The whole bank includes the questions whose category is unknown (numbered last).
    if (categoryId.empty())
        return CategoryRange{0, static_cast<std::uint32_t>(categoryIds_.size() + 1)};
    const auto it = numberOf_.find(categoryId);
    if (it == numberOf_.end()) return std::nullopt;
    const std::uint32_t number = it->second;
    return CategoryRange{number, withSubCategories ? subtreeEnd_[number] : number + 1};
}

std::span<const std::uint32_t> AssemblyIndex::slice(bank::QuestionType type, int difficulty,
                                                    CategoryRange range) const {
    const std::size_t b = bucketOf(type, difficulty);
    const auto begin = orderCategory_.begin() + static_cast<std::ptrdiff_t>(bucketStart_[b]);
    const auto end = orderCategory_.begin() + static_cast<std::ptrdiff_t>(bucketStart_[b + 1]);
    const auto first = std::lower_bound(begin, end, range.first);
    const auto last = std::lower_bound(first, end, range.end);
    const auto offset = static_cast<std::size_t>(first - orderCategory_.begin());
    return {order_.data() + offset, static_cast<std::size_t>(last - first)};
}

std::optional<std::uint32_t> AssemblyIndex::questionIndex(std::string_view questionId) const {
    const bank::Question* question = bank_->findQuestion(questionId);
    if (!question) return std::nullopt;
    return static_cast<std::uint32_t>(question - bank_->questions.data());
}

}  // namespace tqm::exam
