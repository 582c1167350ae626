// Entry points of the blueprint reader: encoding, XML parse, the root element and <options>.
// Sections and their rules are read in blueprint_reader_sections.cpp.
#include "exam/blueprint_reader.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>

#include "base/encoding_check.h"
#include "base/utf8.h"
#include "exam/blueprint_parse.h"

namespace tqm::exam {

namespace {

using blueprint_parse::Context;
using blueprint_parse::inQuotes;

const std::string kBlueprintLabel = "blueprint: ";

// The place of each child of <blueprint> in the required order; -1 for unknown elements.
int childRank(std::string_view name) {
    if (name == "title") return 0;
    if (name == "description") return 1;
    if (name == "options") return 2;
    if (name == "section") return 3;
    return -1;
}

void readOptions(pugi::xml_node element, Context& context, BlueprintOptions& options) {
    const std::string& label = kBlueprintLabel;
    const auto attrs = context.attributes(
        element, label,
        {"avoid-recent", "shuffle-questions", "shuffle-options", "paper", "ordering-scoring"});
    for (pugi::xml_node child : element.children()) {
        if (child.type() == pugi::node_element)
            context.unknownElement(child, label);
        else
            context.misplacedText(child, label);
    }
    if (attrs[0]) {
        const auto k = blueprint_parse::parseWhole(attrs[0].value());
        if (k && *k >= 0 && *k <= 100)
            options.avoidRecentAttempts = static_cast<std::uint32_t>(*k);
        else
            context.invalidValue(attrs[0], label, "a whole number from 0 (off) to 100");
    }
    const auto readBool = [&](pugi::xml_attribute attribute, bool& out) {
        if (!attribute) return;
        if (const auto value = blueprint_parse::parseBool(attribute.value()))
            out = *value;
        else
            context.invalidValue(attribute, label, "true or false");
    };
    readBool(attrs[1], options.shuffleQuestions);
    readBool(attrs[2], options.shuffleOptions);
    if (attrs[3]) {
        const std::string_view value = attrs[3].value();
        if (value == "same")
            options.mode = PaperMode::SamePaper;
        else if (value == "per-person")
            options.mode = PaperMode::PerPerson;
        else
            context.invalidValue(attrs[3], label, "same or per-person");
    }
    if (attrs[4]) {
        const std::string_view value = attrs[4].value();
        if (value == "all-or-nothing")
            options.orderingScoring = OrderingScoring::AllOrNothing;
        else if (value == "per-position")
            options.orderingScoring = OrderingScoring::PerPosition;
        else
            context.invalidValue(attrs[4], label, "all-or-nothing or per-position");
    }
}

// Questions fixed in several places would appear twice on one paper.
void reportDuplicateFixed(const Blueprint& blueprint, Context& context) {
    std::map<std::string_view, bank::SourcePos> first;
    for (std::size_t s = 0; s < blueprint.sections.size(); ++s) {
        const BlueprintSection& section = blueprint.sections[s];
        for (const FixedQuestion& fixed : section.fixed) {
            const auto [it, inserted] = first.emplace(fixed.questionId, fixed.pos);
            if (inserted) continue;
            context.error(fixed.pos, "duplicate-fixed",
                          blueprint_parse::sectionLabel(s + 1, section.title) + "question " +
                              inQuotes(fixed.questionId) + " is already fixed at line " +
                              std::to_string(it->second.line) +
                              "; a question appears on a paper only once");
        }
    }
}

void readRoot(pugi::xml_node root, Context& context, Blueprint& blueprint) {
    blueprint.pos = context.startTagOf(root);
    const auto attrs = context.attributes(root, kBlueprintLabel, {"format", "id", "bank"});
    if (!attrs[0]) {
        context.missingAttribute(root, kBlueprintLabel, "format");
    } else if (std::string_view(attrs[0].value()) != "1") {
        context.error(context.positionOf(attrs[0].name()), "unsupported-format",
                      kBlueprintLabel + "format " + inQuotes(attrs[0].value()) +
                          " is not supported; this program reads format \"1\"");
    }
    for (std::size_t i : {std::size_t{1}, std::size_t{2}}) {
        const std::string_view name = i == 1 ? "id" : "bank";
        if (!attrs[i])
            context.missingAttribute(root, kBlueprintLabel, name);
        else if (std::string_view(attrs[i].value()).empty())
            context.invalidValue(attrs[i], kBlueprintLabel, "a non-empty id");
    }
    if (attrs[1]) blueprint.id = attrs[1].value();
    if (attrs[2]) blueprint.bankId = attrs[2].value();

    int lastRank = -1;
    bool seen[3] = {false, false, false};
    for (pugi::xml_node child : root.children()) {
        if (child.type() != pugi::node_element) {
            context.misplacedText(child, kBlueprintLabel);
            continue;
        }
        const int rank = childRank(child.name());
        if (rank < 0) {
            context.unknownElement(child, kBlueprintLabel);
            continue;
        }
        if (rank < 3 && seen[rank]) {
            context.error(context.startTagOf(child), "duplicate-element",
                          kBlueprintLabel + "<" + child.name() +
                              "> appears more than once; only one is allowed");
            continue;
        }
        if (rank < lastRank) {
            context.error(context.startTagOf(child), "misplaced-element",
                          kBlueprintLabel + "<" + child.name() +
                              "> is out of order; the order is <title>, <description>, "
                              "<options>, then the <section> elements");
        }
        lastRank = std::max(lastRank, rank);
        if (rank < 3) seen[rank] = true;
        if (rank == 0)
            blueprint.title = context.textOf(child, kBlueprintLabel);
        else if (rank == 1)
            blueprint.description = context.textOf(child, kBlueprintLabel);
        else if (rank == 2)
            readOptions(child, context, blueprint.options);
        else {
            blueprint.sections.emplace_back();
            blueprint_parse::readSection(child, blueprint.sections.size(), context,
                                         blueprint.sections.back());
        }
    }
    if (!seen[0])
        context.error(context.startTagOf(root), "missing-element",
                      kBlueprintLabel + "<blueprint> has no <title>");
    if (blueprint.sections.empty())
        context.error(context.startTagOf(root), "missing-element",
                      kBlueprintLabel + "<blueprint> has no <section>; a paper needs at least one");
    reportDuplicateFixed(blueprint, context);
}

std::string describeParseError(const pugi::xml_parse_result& parsed) {
    std::string description = parsed.description();
    if (!description.empty() && description.front() >= 'A' && description.front() <= 'Z')
        description.front() = static_cast<char>(description.front() + 32);
    return "the file is not well-formed XML: " + description;
}

void readDocument(std::string_view text, DiagnosticSink& sink, Blueprint& blueprint) {
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        sink.error(1, 1, "not-well-formed",
                   "the file is empty; a blueprint file holds one <blueprint> element");
        return;
    }
    std::vector<char> copy(text.begin(), text.end());
    Context context(text, copy.data(), sink);
    pugi::xml_document document;
    const pugi::xml_parse_result parsed = document.load_buffer_inplace(
        copy.data(), copy.size(), pugi::parse_default | pugi::parse_declaration,
        pugi::encoding_utf8);
    if (!parsed) {
        context.error(context.positionOf(copy.data() + parsed.offset), "not-well-formed",
                      describeParseError(parsed));
        return;
    }
    pugi::xml_node root;
    for (pugi::xml_node node : document.children()) {
        if (node.type() == pugi::node_declaration) {
            const std::string_view encoding = node.attribute("encoding").value();
            if (!encoding.empty() && encoding != "UTF-8" && encoding != "utf-8")
                context.error(context.positionOf(node.attribute("encoding").name()),
                              "encoding-declared",
                              "the XML declaration names encoding " + inQuotes(encoding) +
                                  ", but blueprint files are UTF-8; declare encoding=\"UTF-8\"");
        } else if (node.type() == pugi::node_element && !root) {
            root = node;
        }
    }
    if (std::string_view(root.name()) != "blueprint") {
        context.error(context.startTagOf(root), "wrong-root",
                      "the root element is <" + std::string(root.name()) +
                          ">, but a blueprint file's root element is <blueprint>");
        return;
    }
    readRoot(root, context, blueprint);
}

}  // namespace

BlueprintReadResult readBlueprintBytes(std::string fileName, std::string_view bytes) {
    BlueprintReadResult result;
    result.blueprint.fileName = fileName;
    DiagnosticSink sink(result.diagnostics, std::move(fileName));
    if (!reportIfNotUtf8(bytes, "save it as UTF-8 in your editor", sink)) return result;
    readDocument(withoutBom(bytes), sink, result.blueprint);
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return a.line != b.line ? a.line < b.line : a.column < b.column;
                     });
    return result;
}

BlueprintReadResult readBlueprintFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        BlueprintReadResult result;
        result.blueprint.fileName = file.string();
        result.diagnostics.push_back({file.string(), 0, 0, Severity::Error, "cannot-read",
                                      "the file cannot be opened for reading"});
        return result;
    }
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return readBlueprintBytes(file.string(), bytes);
}

}  // namespace tqm::exam
