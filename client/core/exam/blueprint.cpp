#include "exam/blueprint.h"

namespace tqm::exam {

namespace {

std::string joinedWithOr(const std::vector<std::string>& values) {
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) out += " or ";
        out += values[i];
    }
    return out;
}

}  // namespace

std::size_t BlueprintSection::questionCount() const {
    std::size_t count = fixed.size();
    for (const DrawRule& rule : rules) count += rule.count;
    return count;
}

std::size_t Blueprint::questionCount() const {
    std::size_t count = 0;
    for (const BlueprintSection& section : sections) count += section.questionCount();
    return count;
}

Centipoints Blueprint::totalPoints() const {
    Centipoints total = 0;
    for (const BlueprintSection& section : sections) total += section.totalPoints();
    return total;
}

std::string describeRule(const DrawRule& rule, bank::QuestionType type) {
    std::string out;
    if (rule.category.empty()) {
        out = "the whole bank";
    } else {
        out = "category " + rule.category +
              (rule.includeSubCategories ? " (with sub-categories)" : " (without sub-categories)");
    }
    out += ", type ";
    out += bank::typeShortName(type);
    if (rule.hasDifficultyRange()) {
        out += ", difficulty " + std::to_string(rule.minDifficulty);
        if (rule.maxDifficulty != rule.minDifficulty)
            out += "-" + std::to_string(rule.maxDifficulty);
    }
    if (!rule.tags.empty())
        out += (rule.tags.size() == 1 ? ", tag " : ", tags ") + joinedWithOr(rule.tags);
    if (!rule.positions.empty())
        out += (rule.positions.size() == 1 ? ", position " : ", positions ") +
               joinedWithOr(rule.positions);
    return out;
}

std::string_view paperModeName(PaperMode mode) {
    return mode == PaperMode::SamePaper ? "same" : "per-person";
}

std::string_view orderingScoringName(OrderingScoring scoring) {
    return scoring == OrderingScoring::AllOrNothing ? "all-or-nothing" : "per-position";
}

}  // namespace tqm::exam
