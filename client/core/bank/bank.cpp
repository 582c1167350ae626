#include "bank/bank.h"

#include <algorithm>
#include <functional>

namespace tqm::bank {

namespace {

struct TypeEntry {
    QuestionType type;
    std::string_view name;
};
constexpr TypeEntry kTypeNames[] = {{QuestionType::SingleChoice, "single-choice"},
                                    {QuestionType::MultipleChoice, "multiple-choice"},
                                    {QuestionType::TrueFalse, "true-false"},
                                    {QuestionType::FillBlank, "fill-blank"},
                                    {QuestionType::Ordering, "ordering"},
                                    {QuestionType::Matching, "matching"},
                                    {QuestionType::ShortAnswer, "short-answer"}};

void indexCategories(const std::vector<Category>& nodes, std::string_view parent,
                     std::unordered_map<std::string_view, const Category*>& index,
                     std::unordered_map<std::string_view, std::string_view>& parents) {
    for (const Category& c : nodes) {
        index.emplace(c.id, &c);
        parents.emplace(c.id, parent);
        indexCategories(c.children, c.id, index, parents);
    }
}

void flattenInto(const std::vector<Category>& nodes, std::vector<const Category*>& out) {
    for (const Category& c : nodes) {
        out.push_back(&c);
        flattenInto(c.children, out);
    }
}

}  // namespace

std::string_view typeName(QuestionType type) {
    for (const auto& e : kTypeNames)
        if (e.type == type) return e.name;
    return "unknown";
}

std::string_view typeShortName(QuestionType type) {
    switch (type) {
        case QuestionType::SingleChoice:
            return "单选";
        case QuestionType::MultipleChoice:
            return "多选";
        case QuestionType::TrueFalse:
            return "判断";
        case QuestionType::FillBlank:
            return "填空";
        case QuestionType::Ordering:
            return "排序";
        case QuestionType::Matching:
            return "连线";
        case QuestionType::ShortAnswer:
            return "简答";
    }
    return "?";
}

std::optional<QuestionType> typeFromName(std::string_view name) {
    for (const auto& e : kTypeNames)
        if (e.name == name) return e.type;
    return std::nullopt;
}

std::string_view scoringName(MultipleChoiceScoring scoring) {
    return scoring == MultipleChoiceScoring::Partial ? "partial" : "all-or-nothing";
}

std::optional<MultipleChoiceScoring> scoringFromName(std::string_view name) {
    if (name == "partial") return MultipleChoiceScoring::Partial;
    if (name == "all-or-nothing") return MultipleChoiceScoring::AllOrNothing;
    return std::nullopt;
}

Bank::Bank() : text_(std::make_shared<TextStore>()) {}

Bank::Bank(const Bank& other)
    : id(other.id),
      version(other.version),
      title(other.title),
      language(other.language),
      organization(other.organization),
      description(other.description),
      scoring(other.scoring),
      categories(other.categories),
      questions(other.questions),
      text_(other.text_) {
    reindex();
}

Bank& Bank::operator=(const Bank& other) {
    if (this != &other) {
        Bank copy(other);
        *this = std::move(copy);
    }
    return *this;
}

void Bank::reindex() {
    FirstIndexTable index(questions.size());
    // The first question with an id wins; duplicates are reported by the validator.
    for (std::uint32_t i = 0; i < questions.size(); ++i) {
        index.findOrInsert(std::hash<std::string_view>{}(questions[i].id), i,
                           [&](std::uint32_t j) { return questions[j].id == questions[i].id; });
    }
    reindex(std::move(index));
}

void Bank::reindex(FirstIndexTable questionIndex) {
    questionIndex_ = std::move(questionIndex);
    categoryIndex_.clear();
    categoryParent_.clear();
    indexCategories(categories, {}, categoryIndex_, categoryParent_);
}

const Question* Bank::findQuestion(std::string_view id) const {
    const std::uint32_t i = questionIndex_.find(
        std::hash<std::string_view>{}(id), [&](std::uint32_t j) { return questions[j].id == id; });
    return i == FirstIndexTable::kNone ? nullptr : &questions[i];
}

const Category* Bank::findCategory(std::string_view id) const {
    auto it = categoryIndex_.find(id);
    return it == categoryIndex_.end() ? nullptr : it->second;
}

std::vector<std::string_view> Bank::categoryPath(std::string_view id) const {
    std::vector<std::string_view> path;
    while (!id.empty()) {
        auto it = categoryParent_.find(id);
        if (it == categoryParent_.end()) return {};
        path.push_back(id);
        id = it->second;
    }
    std::reverse(path.begin(), path.end());
    return path;
}

std::vector<const Category*> flattenCategories(const std::vector<Category>& roots) {
    std::vector<const Category*> out;
    flattenInto(roots, out);
    return out;
}

}  // namespace tqm::bank
