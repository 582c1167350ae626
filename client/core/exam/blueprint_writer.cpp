#include "exam/blueprint_writer.h"

#include <sstream>

#include <pugixml.hpp>

#include "base/file_io.h"

namespace tqm::exam {

namespace {

const char* boolText(bool value) {
    return value ? "true" : "false";
}

void writeRule(pugi::xml_node section, const DrawRule& rule) {
    pugi::xml_node draw = section.append_child("draw");
    draw.append_attribute("count") = static_cast<unsigned long long>(rule.count);
    if (!rule.category.empty()) draw.append_attribute("category") = rule.category.c_str();
    if (!rule.includeSubCategories) draw.append_attribute("sub-categories") = "false";
    if (rule.minDifficulty != 1) draw.append_attribute("min-difficulty") = rule.minDifficulty;
    if (rule.maxDifficulty != 5) draw.append_attribute("max-difficulty") = rule.maxDifficulty;
    for (const std::string& tag : rule.tags) draw.append_child("tag").text() = tag.c_str();
    for (const std::string& position : rule.positions)
        draw.append_child("position").text() = position.c_str();
}

void writeSection(pugi::xml_node root, const BlueprintSection& section) {
    pugi::xml_node element = root.append_child("section");
    element.append_attribute("title") = section.title.c_str();
    element.append_attribute("type") = std::string(bank::typeName(section.type)).c_str();
    element.append_attribute("points") = formatPoints(section.pointsPerQuestion).c_str();
    for (const FixedQuestion& fixed : section.fixed)
        element.append_child("fixed").append_attribute("question") = fixed.questionId.c_str();
    for (const DrawRule& rule : section.rules) writeRule(element, rule);
}

}  // namespace

std::string blueprintToXml(const Blueprint& blueprint) {
    pugi::xml_document document;
    pugi::xml_node root = document.append_child("blueprint");
    root.append_attribute("format") = "1";
    root.append_attribute("id") = blueprint.id.c_str();
    root.append_attribute("bank") = blueprint.bankId.c_str();
    root.append_child("title").text() = blueprint.title.c_str();
    if (!blueprint.description.empty())
        root.append_child("description").text() = blueprint.description.c_str();

    const BlueprintOptions& options = blueprint.options;
    pugi::xml_node element = root.append_child("options");
    element.append_attribute("avoid-recent") = options.avoidRecentAttempts;
    element.append_attribute("shuffle-questions") = boolText(options.shuffleQuestions);
    element.append_attribute("shuffle-options") = boolText(options.shuffleOptions);
    element.append_attribute("paper") = std::string(paperModeName(options.mode)).c_str();
    element.append_attribute("ordering-scoring") =
        std::string(orderingScoringName(options.orderingScoring)).c_str();

    for (const BlueprintSection& section : blueprint.sections) writeSection(root, section);

    std::ostringstream out;
    document.save(out, "  ", pugi::format_default | pugi::format_no_declaration,
                  pugi::encoding_utf8);
    // The declaration is written by hand: pugixml's own leaves out the encoding the shipped
    // files name.
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + out.str();
}

std::string writeBlueprintFile(const std::filesystem::path& file, const Blueprint& blueprint) {
    return writeFileAtomically(file, blueprintToXml(blueprint));
}

}  // namespace tqm::exam
