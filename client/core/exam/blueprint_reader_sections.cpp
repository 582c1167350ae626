// The blueprint reader's <section>, <fixed> and <draw> elements, and the helpers both reader
// files share (blueprint_parse.h).
#include <algorithm>
#include <charconv>

#include "base/hundredths.h"
#include "exam/blueprint_parse.h"

namespace tqm::exam::blueprint_parse {

namespace {

// Paper sizes beyond this are typing mistakes, and the bound keeps sums far from overflow.
constexpr long long kMaxCount = 10000;

std::string excerpt(std::string_view text) {
    return text.size() > 40 ? std::string(text.substr(0, 40)) + "…" : std::string(text);
}

bool isNamespaceAttribute(std::string_view name) {
    return name.starts_with("xmlns") || name.starts_with("xsi:");
}

std::string ruleLabel(std::size_t section, std::string_view title, std::size_t rule) {
    return "section " + std::to_string(section) + " " + inQuotes(title) + ", rule " +
           std::to_string(rule) + ": ";
}

std::optional<int> readDifficulty(pugi::xml_attribute attribute, const std::string& label,
                                  Context& context) {
    if (!attribute) return std::nullopt;
    const auto value = parseWhole(attribute.value());
    if (value && *value >= 1 && *value <= 5) return static_cast<int>(*value);
    context.invalidValue(attribute, label, "a whole number from 1 to 5");
    return std::nullopt;
}

void readDraw(pugi::xml_node element, const std::string& label, Context& context, DrawRule& rule) {
    rule.pos = context.startTagOf(element);
    const auto attrs = context.attributes(
        element, label,
        {"count", "category", "sub-categories", "min-difficulty", "max-difficulty"});
    if (!attrs[0]) {
        context.missingAttribute(element, label, "count");
    } else if (const auto count = parseWhole(attrs[0].value());
               !count || *count < 0 || *count > kMaxCount) {
        context.invalidValue(attrs[0], label, "a whole number from 1 to 10000");
    } else if (*count == 0) {
        context.error(context.positionOf(attrs[0].name()), "zero-count",
                      label + "count is 0; a rule draws at least 1 question");
    } else {
        rule.count = static_cast<std::size_t>(*count);
    }
    if (attrs[1]) {
        rule.category = attrs[1].value();
        if (rule.category.empty()) context.invalidValue(attrs[1], label, "a category id");
    }
    if (attrs[2]) {
        if (const auto value = parseBool(attrs[2].value()))
            rule.includeSubCategories = *value;
        else
            context.invalidValue(attrs[2], label, "true or false");
    }
    const auto low = readDifficulty(attrs[3], label, context);
    const auto high = readDifficulty(attrs[4], label, context);
    if (low) rule.minDifficulty = *low;
    if (high) rule.maxDifficulty = *high;
    if (low && high && *low > *high)
        context.error(context.positionOf(attrs[3].name()), "difficulty-range-reversed",
                      label + "min-difficulty " + std::to_string(*low) +
                          " is greater than max-difficulty " + std::to_string(*high));

    bool positionSeen = false;
    for (pugi::xml_node child : element.children()) {
        if (child.type() != pugi::node_element) {
            context.misplacedText(child, label);
            continue;
        }
        const std::string_view name = child.name();
        if (name != "tag" && name != "position") {
            context.unknownElement(child, label);
            continue;
        }
        if (name == "tag" && positionSeen)
            context.error(context.startTagOf(child), "misplaced-element",
                          label + "<tag> must come before <position>");
        positionSeen = positionSeen || name == "position";
        for (pugi::xml_attribute a : child.attributes())
            context.error(
                context.positionOf(a.name()), "unknown-attribute",
                label + "unknown attribute \"" + a.name() + "\" on <" + child.name() + ">");
        std::string text = context.textOf(child, label);
        if (text.empty()) {
            context.error(context.startTagOf(child), "empty-value",
                          label + "<" + child.name() + "> is empty");
            continue;
        }
        (name == "tag" ? rule.tags : rule.positions).push_back(std::move(text));
    }
}

void readFixed(pugi::xml_node element, const std::string& label, Context& context,
               FixedQuestion& fixed) {
    fixed.pos = context.startTagOf(element);
    const auto attrs = context.attributes(element, label, {"question"});
    for (pugi::xml_node child : element.children()) {
        if (child.type() == pugi::node_element)
            context.unknownElement(child, label);
        else
            context.misplacedText(child, label);
    }
    if (!attrs[0])
        context.missingAttribute(element, label, "question");
    else if (std::string_view(attrs[0].value()).empty())
        context.invalidValue(attrs[0], label, "a question id");
    else
        fixed.questionId = attrs[0].value();
}

}  // namespace

std::string inQuotes(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

std::string sectionLabel(std::size_t number, std::string_view title) {
    return "section " + std::to_string(number) + " " + inQuotes(title) + ": ";
}

std::optional<long long> parseWhole(std::string_view text) {
    long long value = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end) return std::nullopt;
    return value;
}

std::optional<bool> parseBool(std::string_view text) {
    if (text == "true") return true;
    if (text == "false") return false;
    return std::nullopt;
}

bank::SourcePos Context::positionOf(const char* at) const {
    if (at < copy_ || at > copy_ + size_) return {};
    const TextPosition pos = lines_.position(static_cast<std::size_t>(at - copy_));
    return {pos.line, pos.column};
}

void Context::unknownElement(pugi::xml_node element, const std::string& label) {
    error(startTagOf(element), "unknown-element",
          label + "element <" + element.name() + "> is not allowed inside <" +
              element.parent().name() + ">");
}

void Context::misplacedText(pugi::xml_node text, const std::string& label) {
    error(positionOf(text.value()), "misplaced-text",
          label + "text \"" + excerpt(text.value()) + "\" is not allowed directly inside <" +
              text.parent().name() + ">");
}

void Context::missingAttribute(pugi::xml_node element, const std::string& label,
                               std::string_view attribute) {
    error(startTagOf(element), "missing-attribute",
          label + "<" + element.name() + "> has no \"" + std::string(attribute) + "\" attribute");
}

void Context::invalidValue(pugi::xml_attribute attribute, const std::string& label,
                           std::string_view expected) {
    error(positionOf(attribute.name()), "invalid-value",
          label + attribute.name() + " \"" + excerpt(attribute.value()) +
              "\" is not valid; it must be " + std::string(expected));
}

std::vector<pugi::xml_attribute> Context::attributes(
    pugi::xml_node element, const std::string& label,
    std::initializer_list<std::string_view> names) {
    std::vector<pugi::xml_attribute> found(names.size());
    for (pugi::xml_attribute attribute : element.attributes()) {
        const auto it = std::find(names.begin(), names.end(), std::string_view(attribute.name()));
        if (it == names.end()) {
            if (!isNamespaceAttribute(attribute.name()))
                error(positionOf(attribute.name()), "unknown-attribute",
                      label + "unknown attribute \"" + attribute.name() + "\" on <" +
                          element.name() + ">");
            continue;
        }
        pugi::xml_attribute& slot = found[static_cast<std::size_t>(it - names.begin())];
        if (slot)
            error(positionOf(attribute.name()), "not-well-formed",
                  label + "attribute \"" + attribute.name() + "\" appears twice on <" +
                      element.name() + ">");
        slot = attribute;
    }
    return found;
}

std::string Context::textOf(pugi::xml_node element, const std::string& label) {
    std::string text;
    for (pugi::xml_node child : element.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
            text += child.value();
        else if (child.type() == pugi::node_element)
            unknownElement(child, label);
    }
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

void readSection(pugi::xml_node element, std::size_t number, Context& context,
                 BlueprintSection& section) {
    section.pos = context.startTagOf(element);
    // The title names the section in every message about it, its own attributes included.
    section.title = element.attribute("title").value();
    const std::string label = sectionLabel(number, section.title);
    const auto attrs = context.attributes(element, label, {"title", "type", "points"});
    if (!attrs[0] || section.title.empty()) context.missingAttribute(element, label, "title");
    if (!attrs[1]) {
        context.missingAttribute(element, label, "type");
    } else if (const auto type = bank::typeFromName(attrs[1].value())) {
        section.type = *type;
    } else {
        context.error(context.positionOf(attrs[1].name()), "unknown-type",
                      label + "type " + inQuotes(attrs[1].value()) +
                          " is not known; write single-choice, multiple-choice, true-false, "
                          "fill-blank, ordering, matching or short-answer");
    }
    if (!attrs[2]) {
        context.missingAttribute(element, label, "points");
    } else if (const auto points = parseHundredths(attrs[2].value()); !points) {
        context.invalidValue(attrs[2], label,
                             "a number of points with at most two decimals, e.g. 2 or 2.5");
    } else if (*points <= 0) {
        context.error(context.positionOf(attrs[2].name()), "points-not-positive",
                      label + "points " + inQuotes(attrs[2].value()) +
                          " is not more than 0; each question must be worth something");
    } else {
        section.pointsPerQuestion = *points;
    }

    for (pugi::xml_node child : element.children()) {
        if (child.type() != pugi::node_element) {
            context.misplacedText(child, label);
            continue;
        }
        const std::string_view name = child.name();
        if (name == "fixed") {
            if (!section.rules.empty())
                context.error(context.startTagOf(child), "misplaced-element",
                              label + "<fixed> must come before the <draw> rules");
            section.fixed.emplace_back();
            readFixed(child, label, context, section.fixed.back());
        } else if (name == "draw") {
            section.rules.emplace_back();
            readDraw(child, ruleLabel(number, section.title, section.rules.size()), context,
                     section.rules.back());
        } else {
            context.unknownElement(child, label);
        }
    }
    if (section.fixed.empty() && section.rules.empty())
        context.error(section.pos, "empty-section",
                      label + "the section has no <fixed> question and no <draw> rule");
}

}  // namespace tqm::exam::blueprint_parse
