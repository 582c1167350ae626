// The helpers every Moodle type mapping uses: reading text in its format, answers and fractions,
// and reporting at the <question> element.
#include <array>
#include <charconv>

#include "bank/interchange/common/html_text.h"
#include "bank/interchange/moodle/moodle_import_detail.h"
#include "base/text_normalize.h"

namespace tqm::bank::moodle {

std::string rawText(pugi::xml_node element) {
    std::string text;
    for (const pugi::xml_node child : element.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
            text += child.value();
    }
    return text;
}

std::string plainText(pugi::xml_node holder) {
    return std::string(trimSpaces(rawText(holder.child("text"))));
}

std::string formatPercent(double percent) {
    std::array<char, 32> buffer{};
    const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), percent,
                                         std::chars_format::fixed, 5);
    std::string text = ec == std::errc() ? std::string(buffer.data(), end) : std::string("?");
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    return text == "-0" ? "0" : text;
}

void QuestionImport::error(std::string code, std::string_view message) {
    failed_ = true;
    sink_.error(question.pos.line, question.pos.column, std::move(code),
                "question \"" + name + "\": " + std::string(message));
}

void QuestionImport::warning(std::string code, std::string_view message) {
    sink_.warning(question.pos.line, question.pos.column, std::move(code),
                  "question \"" + name + "\": " + std::string(message));
}

std::string_view QuestionImport::richText(pugi::xml_node holder) {
    if (!holder) return {};
    return convertText(rawText(holder.child("text")), holder.attribute("format").as_string("html"));
}

std::string_view QuestionImport::convertText(std::string_view raw, std::string_view format) {
    if (format == "plain_text" || format == "markdown")
        return keep(trimSpaces(stripPluginFileReferences(raw)));
    const HtmlText converted = htmlToText(
        raw, format == "moodle_auto_format" ? HtmlNewlines::Keep : HtmlNewlines::Collapse);
    for (const std::string& src : converted.externalImages) {
        warning("moodle-external-image",
                "the image \"" + src + "\" is not embedded in the file; it was left out");
    }
    return keep(converted.text);
}

std::vector<MoodleAnswer> QuestionImport::answers(AnswerText kind) {
    std::vector<MoodleAnswer> list;
    for (const pugi::xml_node node : this->node.children("answer")) {
        MoodleAnswer answer;
        answer.node = node;
        answer.text = kind == AnswerText::Rich ? std::string(richText(node)) : plainText(node);
        answer.fractionText = node.attribute("fraction").as_string("0");
        const auto fraction = parseDecimal(answer.fractionText);
        answer.fractionIsNumber = fraction.has_value();
        answer.fraction = fraction.value_or(0.0);
        list.push_back(std::move(answer));
    }
    return list;
}

}  // namespace tqm::bank::moodle
