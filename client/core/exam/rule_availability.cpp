#include "exam/rule_availability.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <unordered_set>

namespace tqm::exam {

namespace {

bool hasAnyOf(const std::vector<std::string_view>& has, const std::vector<std::string>& wanted) {
    if (wanted.empty()) return true;
    return std::any_of(has.begin(), has.end(), [&](std::string_view value) {
        return std::find(wanted.begin(), wanted.end(), value) != wanted.end();
    });
}

// The bank indexes a rule accepts, sorted.
std::vector<std::uint32_t> poolOf(const DrawRule& rule, bank::QuestionType type,
                                  CategoryRange range, const AssemblyIndex& index) {
    std::vector<std::uint32_t> pool;
    const int low = std::max(1, rule.minDifficulty);
    const int high = std::min(5, rule.maxDifficulty);
    for (int difficulty = low; difficulty <= high; ++difficulty) {
        for (std::uint32_t q : index.slice(type, difficulty, range)) {
            const bank::Question& question = index.bank().questions[q];
            if (hasAnyOf(question.tags, rule.tags) && hasAnyOf(question.positions, rule.positions))
                pool.push_back(q);
        }
    }
    std::sort(pool.begin(), pool.end());
    return pool;
}

std::size_t sharedCount(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
    std::size_t shared = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++shared;
            ++i;
            ++j;
        }
    }
    return shared;
}

std::string ruleName(const Blueprint& blueprint, std::size_t s, std::size_t r) {
    return "section " + std::to_string(s + 1) + " \"" + blueprint.sections[s].title + "\", rule " +
           std::to_string(r + 1);
}

struct PlacedPool {
    std::size_t section = 0;
    std::size_t rule = 0;
    bank::QuestionType type{};
    std::vector<std::uint32_t> questions;
};

}  // namespace

BlueprintAvailability ruleAvailability(const Blueprint& blueprint, const AssemblyIndex& index) {
    BlueprintAvailability result;
    std::unordered_set<std::uint32_t> fixed;
    for (const BlueprintSection& section : blueprint.sections)
        for (const FixedQuestion& question : section.fixed)
            if (const auto q = index.questionIndex(question.questionId)) fixed.insert(*q);

    DiagnosticSink sink(result.warnings, blueprint.fileName);
    std::vector<PlacedPool> pools;
    result.rules.resize(blueprint.sections.size());
    for (std::size_t s = 0; s < blueprint.sections.size(); ++s) {
        const BlueprintSection& section = blueprint.sections[s];
        for (std::size_t r = 0; r < section.rules.size(); ++r) {
            const DrawRule& rule = section.rules[r];
            RuleAvailability counts;
            counts.needed = rule.count;
            const auto range = index.categoryRange(rule.category, rule.includeSubCategories);
            counts.categoryKnown = range.has_value();
            PlacedPool placed{s, r, section.type, {}};
            if (range) placed.questions = poolOf(rule, section.type, *range, index);
            counts.matching = placed.questions.size();
            counts.fixed = static_cast<std::size_t>(
                std::count_if(placed.questions.begin(), placed.questions.end(),
                              [&](std::uint32_t q) { return fixed.count(q) > 0; }));
            counts.available = counts.matching - counts.fixed;
            if (counts.shortOfQuestions())
                sink.warning(rule.pos.line, rule.pos.column, "rule-short",
                             ruleName(blueprint, s, r) + ": " + std::to_string(rule.count) +
                                 " requested, only " + std::to_string(counts.available) +
                                 " in the bank");
            for (PlacedPool& earlier : pools) {
                if (earlier.type != section.type) continue;
                const std::size_t shared = sharedCount(earlier.questions, placed.questions);
                if (shared == 0) continue;
                counts.overlaps.push_back({earlier.section, earlier.rule, shared});
                result.rules[earlier.section][earlier.rule].overlaps.push_back({s, r, shared});
                sink.warning(rule.pos.line, rule.pos.column, "rules-overlap",
                             ruleName(blueprint, s, r) + " shares " + std::to_string(shared) +
                                 " questions with " +
                                 ruleName(blueprint, earlier.section, earlier.rule) +
                                 "; what it can draw depends on what that rule drew");
            }
            result.rules[s].push_back(std::move(counts));
            pools.push_back(std::move(placed));
        }
    }
    return result;
}

}  // namespace tqm::exam
