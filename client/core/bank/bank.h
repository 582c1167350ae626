// A question bank: identity, a category tree (knowledge points) and its questions.
#pragma once

#include <filesystem>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bank/question.h"
#include "base/first_index_table.h"
#include "base/text_store.h"

namespace tqm::bank {

struct Category {
    std::string_view id;     // unique in the bank, e.g. "tools.pareto"
    std::string_view title;  // e.g. "排列图"
    std::vector<Category> children;
    SourcePos pos;
};

class Bank {
  public:
    Bank();
    // Copies share the text store (it is append-only) and rebuild their own indexes.
    Bank(const Bank& other);
    Bank& operator=(const Bank& other);
    Bank(Bank&&) noexcept = default;
    Bank& operator=(Bank&&) noexcept = default;

    std::string_view id;
    std::string_view version;
    std::string_view title;
    std::string_view language;  // BCP 47, e.g. "zh-CN"
    std::string_view organization;
    std::string_view description;
    MultipleChoiceScoring scoring = MultipleChoiceScoring::AllOrNothing;

    std::vector<Category> categories;  // the roots of the tree
    std::vector<Question> questions;

    // Copies text into the bank's own storage; assign the result to a field.
    std::string_view keep(std::string_view text) { return text_->keep(text); }
    TextStore& textStore() { return *text_; }
    // Copies every text field into new storage that holds only them (a name that questions
    // repeat, such as a category, a tag, a key position or a source, only once), and lets go
    // of the old storage when no copy of the bank shares it. A bank read from a file points into the file's
    // bytes, markup and all; a bank kept for long (the client's library) holds much less after
    // this. Rebuilds the indexes. Views taken into the bank before are no longer valid.
    void compactText();

    // Lookups by id. Call reindex() after changing `questions` or `categories`.
    void reindex();
    // The same, with the question index validateBank() built for exactly these questions.
    void reindex(FirstIndexTable questionIndex);
    const Question* findQuestion(std::string_view id) const;
    const Category* findCategory(std::string_view id) const;
    // The ids from the root to `id` (inclusive); empty when unknown.
    std::vector<std::string_view> categoryPath(std::string_view id) const;

    MultipleChoiceScoring scoringFor(const Question& q) const {
        return q.scoring.value_or(scoring);
    }

  private:
    std::shared_ptr<TextStore> text_;
    FirstIndexTable questionIndex_;  // question ids
    std::unordered_map<std::string_view, const Category*> categoryIndex_;
    std::unordered_map<std::string_view, std::string_view> categoryParent_;
};

// Every category in the tree, depth first, parents before children.
std::vector<const Category*> flattenCategories(const std::vector<Category>& roots);

}  // namespace tqm::bank
