#include "bank/interchange/csv/csv_columns.h"

#include "base/text_normalize.h"

namespace tqm::bank {

namespace {

struct Alias {
    CsvField field;
    std::string_view chinese;  // the template's own header
    std::string_view others[3];
};

constexpr Alias kAliases[] = {
    {CsvField::Id, "编号", {"id", "题号", ""}},
    {CsvField::Type, "题型", {"type", "类型", ""}},
    {CsvField::Category, "分类", {"category", "知识点", ""}},
    {CsvField::Difficulty, "难度", {"difficulty", "", ""}},
    {CsvField::Points, "分值", {"points", "分数", ""}},
    {CsvField::Title, "标题", {"title", "", ""}},
    {CsvField::Stem, "题干", {"stem", "题目", "question"}},
    {CsvField::Answer, "答案", {"answer", "正确答案", ""}},
    {CsvField::Explanation, "解析", {"explanation", "答案解析", ""}},
    {CsvField::Source, "出处", {"source", "依据", ""}},
    {CsvField::Tags, "标签", {"tags", "", ""}},
    {CsvField::Positions, "岗位", {"positions", "适用岗位", ""}},
    {CsvField::Images, "图片", {"images", "", ""}},
    {CsvField::Scoring, "计分", {"scoring", "计分方式", ""}},
    {CsvField::Reference, "参考答案", {"reference", "", ""}},
    {CsvField::Grading, "评分要点", {"grading", "", ""}},
};

// Half-width, lower-case, without spaces, "_" and "-": "Option_A" and "选项 Ａ" become
// "optiona" and "选项a".
std::string headerKey(std::string_view header) {
    std::string key;
    for (char c : toHalfWidth(trimSpaces(header))) {
        if (c == ' ' || c == '_' || c == '-' || c == '\t') continue;
        key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return key;
}

}  // namespace

CsvHeaderMeaning csvHeaderMeaning(std::string_view header) {
    const std::string key = headerKey(header);
    for (const Alias& alias : kAliases) {
        if (key == alias.chinese) return {alias.field, std::nullopt};
        for (std::string_view other : alias.others)
            if (!other.empty() && key == other) return {alias.field, std::nullopt};
    }
    for (std::string_view prefix : {std::string_view("选项"), std::string_view("option")}) {
        if (key.size() == prefix.size() + 1 && key.starts_with(prefix)) {
            const char letter = key.back();
            if (letter >= 'a' && letter < 'a' + static_cast<char>(kCsvOptionColumns))
                return {std::nullopt, static_cast<std::size_t>(letter - 'a')};
        }
    }
    return {};
}

std::string_view csvChineseName(CsvField field) {
    for (const Alias& alias : kAliases)
        if (alias.field == field) return alias.chinese;
    return {};
}

std::string CsvColumns::nameOf(CsvField field) const {
    const auto index = of(field);
    return index ? headers[*index] : std::string(csvChineseName(field));
}

std::string CsvColumns::nameOfOption(std::size_t option) const {
    const auto index = options[option];
    return index ? headers[*index] : "选项" + std::string(1, static_cast<char>('A' + option));
}

}  // namespace tqm::bank
