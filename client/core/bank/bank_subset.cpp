#include "bank/bank_subset.h"

#include <unordered_set>

namespace tqm::bank {

namespace {

void collect(const Category& category, std::unordered_set<std::string_view>& ids) {
    ids.insert(category.id);
    for (const Category& child : category.children) collect(child, ids);
}

// Keeps `category` when it is the one asked for (with all below it) or lies above it.
bool prune(Category& category, std::string_view wanted) {
    if (category.id == wanted) return true;
    std::vector<Category> kept;
    for (Category& child : category.children)
        if (prune(child, wanted)) kept.push_back(std::move(child));
    category.children = std::move(kept);
    return !category.children.empty();
}

}  // namespace

Bank bankSubset(const Bank& bank, std::string_view categoryId) {
    Bank subset = bank;
    std::unordered_set<std::string_view> ids;
    if (const Category* category = bank.findCategory(categoryId)) collect(*category, ids);
    std::vector<Question> questions;
    for (const Question& question : bank.questions)
        if (ids.contains(question.category)) questions.push_back(question);
    subset.questions = std::move(questions);
    std::vector<Category> roots;
    for (Category& root : subset.categories)
        if (prune(root, categoryId)) roots.push_back(std::move(root));
    subset.categories = std::move(roots);
    subset.reindex();
    return subset;
}

}  // namespace tqm::bank
