#include "cert/cell_words.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>

#include "base/text_normalize.h"

namespace tqm::cert {

namespace {

std::string wordKey(std::string_view text) {
    std::string key(trimSpaces(toHalfWidth(trimSpaces(text))));
    std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) {
        return c < 0x80 ? static_cast<char>(std::tolower(c)) : static_cast<char>(c);
    });
    return key;
}

template <class Value, std::size_t N>
std::optional<Value> lookUp(std::string_view text,
                            const std::array<std::pair<std::string_view, Value>, N>& words) {
    const std::string key = wordKey(text);
    for (const auto& [word, value] : words)
        if (key == word) return value;
    return std::nullopt;
}

constexpr std::array<std::pair<std::string_view, IssuerKind>, 10> kIssuerKinds{{
    {"内部", IssuerKind::Internal},
    {"internal", IssuerKind::Internal},
    {"中国质量协会", IssuerKind::Caq},
    {"中质协", IssuerKind::Caq},
    {"caq", IssuerKind::Caq},
    {"政府部门", IssuerKind::Government},
    {"政府", IssuerKind::Government},
    {"government", IssuerKind::Government},
    {"其他", IssuerKind::Other},
    {"other", IssuerKind::Other},
}};

constexpr std::array<std::pair<std::string_view, bool>, 12> kYesNo{{
    {"是", true},
    {"否", false},
    {"y", true},
    {"n", false},
    {"yes", true},
    {"no", false},
    {"1", true},
    {"0", false},
    {"true", true},
    {"false", false},
    {"√", true},
    {"×", false},
}};

constexpr std::array<std::pair<std::string_view, RequirementLevel>, 5> kLevels{{
    {"必需", RequirementLevel::Mandatory},
    {"必须", RequirementLevel::Mandatory},
    {"mandatory", RequirementLevel::Mandatory},
    {"建议", RequirementLevel::Recommended},
    {"recommended", RequirementLevel::Recommended},
}};

}  // namespace

std::optional<IssuerKind> parseIssuerKind(std::string_view text) {
    return lookUp(text, kIssuerKinds);
}

std::string_view issuerKindWord(IssuerKind kind) {
    switch (kind) {
        case IssuerKind::Internal:
            return "内部";
        case IssuerKind::Caq:
            return "中国质量协会";
        case IssuerKind::Government:
            return "政府部门";
        case IssuerKind::Other:
            return "其他";
    }
    return "其他";
}

std::optional<bool> parseYesNo(std::string_view text) {
    return lookUp(text, kYesNo);
}

std::optional<RequirementLevel> parseRequirementLevel(std::string_view text) {
    return lookUp(text, kLevels);
}

std::string_view requirementLevelWord(RequirementLevel level) {
    return level == RequirementLevel::Mandatory ? "必需" : "建议";
}

}  // namespace tqm::cert
