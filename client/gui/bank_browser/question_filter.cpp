#include "bank_browser/question_filter.h"

#include <algorithm>

#include "base/text_normalize.h"

namespace tqm::gui {

namespace {

char asciiLower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// Case-insensitive for ASCII letters only: Chinese has no case, and lower-casing every stem
// on every keystroke would cost an allocation per question.
bool containsFolded(std::string_view haystack, std::string_view loweredNeedle) {
    auto it = std::search(haystack.begin(), haystack.end(), loweredNeedle.begin(),
                          loweredNeedle.end(), [](char h, char n) { return asciiLower(h) == n; });
    return it != haystack.end();
}

void collectSubtree(const bank::Category& category, std::unordered_set<std::string_view>& out) {
    out.insert(category.id);
    for (const bank::Category& child : category.children) collectSubtree(child, out);
}

std::size_t countInto(const bank::Category& category,
                      const std::unordered_map<std::string_view, std::size_t>& direct,
                      std::unordered_map<std::string_view, std::size_t>& total) {
    std::size_t count = 0;
    if (auto it = direct.find(category.id); it != direct.end()) count = it->second;
    for (const bank::Category& child : category.children) count += countInto(child, direct, total);
    total[category.id] = count;
    return count;
}

}  // namespace

std::unordered_set<std::string_view> categorySubtree(const bank::Bank& bank, std::string_view id) {
    std::unordered_set<std::string_view> ids;
    if (const bank::Category* category = bank.findCategory(id)) collectSubtree(*category, ids);
    return ids;
}

std::unordered_map<std::string_view, std::size_t> questionCountsWithDescendants(
    const bank::Bank& bank) {
    std::unordered_map<std::string_view, std::size_t> direct;
    for (const bank::Question& question : bank.questions) ++direct[question.category];
    std::unordered_map<std::string_view, std::size_t> total;
    for (const bank::Category& root : bank.categories) countInto(root, direct, total);
    return total;
}

SearchText::SearchText(std::string_view text) {
    std::string folded = toHalfWidth(text);
    std::transform(folded.begin(), folded.end(), folded.begin(), asciiLower);
    std::size_t start = 0;
    while (start < folded.size()) {
        std::size_t end = folded.find(' ', start);
        if (end == std::string::npos) end = folded.size();
        if (end > start) words_.push_back(folded.substr(start, end - start));
        start = end + 1;
    }
}

namespace {

// Every text of a question a search looks in, cheapest and likeliest first.
bool anyTextContains(const bank::Question& q, std::string_view word) {
    const auto in = [word](std::string_view text) { return containsFolded(text, word); };
    if (in(q.id) || in(q.stem) || in(q.title) || in(q.explanation)) return true;
    if (std::any_of(q.tags.begin(), q.tags.end(), in)) return true;
    for (const bank::Choice& choice : q.choices)
        if (in(choice.text)) return true;
    for (const bank::Blank& blank : q.blanks)
        if (std::any_of(blank.accepted.begin(), blank.accepted.end(), in)) return true;
    for (const bank::MatchPair& pair : q.pairs)
        if (in(pair.prompt) || in(pair.answer)) return true;
    return in(q.referenceAnswer) || in(q.source);
}

}  // namespace

bool SearchText::matches(const bank::Question& question) const {
    return std::all_of(words_.begin(), words_.end(), [&question](const std::string& word) {
        return anyTextContains(question, word);
    });
}

std::vector<QuestionRef> filterQuestions(const std::vector<const bank::Bank*>& banks,
                                         const CategoryScope* scope, const SearchText& search) {
    std::vector<QuestionRef> rows;
    for (std::uint32_t b = 0; b < banks.size(); ++b) {
        if (scope && scope->bank != b) continue;
        const bank::Bank& bank = *banks[b];
        const bool wholeBank = !scope || scope->category.empty();
        const auto subtree = wholeBank ? std::unordered_set<std::string_view>()
                                       : categorySubtree(bank, scope->category);
        for (std::uint32_t q = 0; q < bank.questions.size(); ++q) {
            const bank::Question& question = bank.questions[q];
            if (!wholeBank && !subtree.contains(question.category)) continue;
            if (!search.empty() && !search.matches(question)) continue;
            rows.push_back({b, q});
        }
    }
    return rows;
}

}  // namespace tqm::gui
