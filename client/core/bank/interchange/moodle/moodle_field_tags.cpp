#include "bank/interchange/moodle/moodle_field_tags.h"

#include "base/text_normalize.h"

namespace tqm::bank::moodle {

namespace {

constexpr std::string_view kDifficulty = "tqm-difficulty:";
constexpr std::string_view kSource = "tqm-source:";
constexpr std::string_view kPosition = "tqm-position:";

}  // namespace

std::vector<std::string> fieldTags(const Question& q) {
    std::vector<std::string> tags{std::string(kDifficulty) + std::to_string(q.difficulty)};
    if (!q.source.empty()) tags.push_back(std::string(kSource) + std::string(q.source));
    for (const std::string_view position : q.positions)
        tags.push_back(std::string(kPosition) + std::string(position));
    return tags;
}

FieldTag applyFieldTag(std::string_view tag, Question& q, Bank& bank, std::string& problem) {
    if (tag.starts_with(kDifficulty)) {
        const std::string_view value = trimSpaces(tag.substr(kDifficulty.size()));
        if (value.size() != 1 || value[0] < '1' || value[0] > '5') {
            problem = "tag \"" + std::string(tag) +
                      "\" does not give a difficulty from 1 to 5; the difficulty stays " +
                      std::to_string(q.difficulty);
            return FieldTag::Invalid;
        }
        q.difficulty = value[0] - '0';
        return FieldTag::Applied;
    }
    const bool source = tag.starts_with(kSource);
    if (!source && !tag.starts_with(kPosition)) return FieldTag::Ordinary;
    const std::string_view value =
        trimSpaces(tag.substr(source ? kSource.size() : kPosition.size()));
    if (value.empty()) {
        problem = "tag \"" + std::string(tag) + "\" has nothing after its prefix; it was left out";
        return FieldTag::Invalid;
    }
    if (!source) {
        q.positions.push_back(bank.keep(value));
    } else if (q.source.empty()) {
        q.source = bank.keep(value);
    } else {
        problem = "tag \"" + std::string(tag) + "\" gives a second source; the first, \"" +
                  std::string(q.source) + "\", is kept";
        return FieldTag::Invalid;
    }
    return FieldTag::Applied;
}

}  // namespace tqm::bank::moodle
