// The native reader's outer layers: the <bank> root, its header elements and the category tree.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bank/native_reader_context.h"
#include "bank/native_reader_rules.h"
#include "bank/native_reader_split.h"
#include "bank/validator.h"
#include "base/byte_buffer.h"

namespace tqm::bank::reader {

namespace {

constexpr Record kBankRecord{Record::Kind::Bank, {}, 0};

std::size_t countElements(pugi::xml_node parent) {
    std::size_t count = 0;
    for (pugi::xml_node child = parent.first_child(); child; child = child.next_sibling())
        count += child.type() == pugi::node_element ? 1 : 0;
    return count;
}

void readCategoryList(pugi::xml_node parent, const Record& parentRecord, std::vector<Category>& out,
                      int depth, ReaderContext& context) {
    out.reserve(countElements(parent));
    for (pugi::xml_node child = parent.first_child(); child; child = child.next_sibling()) {
        if (child.type() != pugi::node_element) {
            context.misplacedText(child.value(), parent, parentRecord);
            continue;
        }
        if (wordOf(child.name()) != Word::Category) {
            context.unknownElement(child, parentRecord,
                                   "in <" + std::string(parent.name()) + ">; use <category>");
            continue;
        }
        Category& category = out.emplace_back();
        category.pos = context.startTagOf(child);
        pugi::xml_attribute id;
        pugi::xml_attribute title;
        bool unknown = false;
        const Record pending{Record::Kind::Category, child.attribute("id").value(), 0};
        for (pugi::xml_attribute a = child.first_attribute(); a; a = a.next_attribute()) {
            const Word word = wordOf(a.name());
            if (word == Word::Id) {
                context.takeAttribute(id, a, pending, child);
            } else if (word == Word::Title) {
                context.takeAttribute(title, a, pending, child);
            } else {
                unknown = true;
            }
        }
        if (id) category.id = context.attributeValue(id);
        if (title) category.title = context.attributeValue(title);
        const Record record{Record::Kind::Category, category.id, 0};
        if (unknown) {
            for (pugi::xml_attribute a = child.first_attribute(); a; a = a.next_attribute()) {
                const Word word = wordOf(a.name());
                if (word != Word::Id && word != Word::Title)
                    context.unknownAttribute(a, record, child);
            }
        }
        if (!id) context.missingAttribute(child, record, "id");
        if (!title) context.missingAttribute(child, record, "title");
        context.rejectEmbeddedText(child, record);
        if (depth >= kMaxCategoryDepth) {
            if (child.first_child())
                context.error(child.name() - 1, "category-too-deep",
                              record.label() + "categories may be nested at most " +
                                  std::to_string(kMaxCategoryDepth) +
                                  " levels deep; its subcategories are not read");
            continue;
        }
        readCategoryList(child, record, category.children, depth + 1, context);
    }
}

// `children` are those of `parent`, parsed whole or in two halves (native_reader_split.h).
void readQuestionList(const std::vector<QuestionsChild>& children, pugi::xml_node parent,
                      ReaderContext& context) {
    std::vector<std::pair<pugi::xml_node, QuestionType>> found;
    found.reserve(children.size());
    for (const QuestionsChild& child : children) {
        if (child.type) {
            found.emplace_back(child.node, *child.type);
        } else if (child.node.type() != pugi::node_element) {
            context.misplacedText(child.node.value(), parent, kBankRecord);
        } else {
            context.unknownElement(child.node, kBankRecord,
                                   "in <questions>; a question is one of <single-choice>, "
                                   "<multiple-choice>, <true-false>, <fill-blank>, <ordering>, "
                                   "<matching> or <short-answer>");
        }
    }

    std::vector<Question>& questions = context.bank().questions;
    const std::size_t first = questions.size();
    // Constructing 100,000 questions writes 30 MB of fresh memory on one thread.
    questions.reserve(first + found.size());
    adviseHugePages(questions.data() + first, found.size() * sizeof(Question));
    questions.resize(first + found.size());
    QuestionHashes* hashes = context.questionHashes();
    if (hashes) hashes->resize(questions.size());
    const auto readRange = [&](ReaderContext& reader, std::size_t begin, std::size_t end) {
        std::string scratch;
        for (std::size_t i = begin; i < end; ++i) {
            Question& q = questions[first + i];
            readQuestion(found[i].first, found[i].second, i + 1, reader, q);
            if (hashes) hashes->compute(first + i, q, scratch);
        }
    };
    if (found.size() < kParallelQuestions) {
        readRange(context, 0, found.size());
        return;
    }
    // The halves fill different elements of `questions`; each has its own context.
    const std::size_t middle = found.size() / 2;
    std::vector<Diagnostic> secondHalfProblems;
    ReaderContext secondHalf(context.scan(), context.bank(), secondHalfProblems,
                             context.fileName());
    runConcurrently([&] { readRange(secondHalf, middle, found.size()); },
                    [&] { readRange(context, 0, middle); });
    context.addAll(std::move(secondHalfProblems));
}

void readBankAttributes(pugi::xml_node root, ReaderContext& context, bool& formatSupported) {
    Bank& bank = context.bank();
    pugi::xml_attribute format;
    std::array<bool, 3> present{};  // id, version, language
    for (pugi::xml_attribute a = root.first_attribute(); a; a = a.next_attribute()) {
        switch (wordOf(a.name())) {
            case Word::Format:
                context.takeAttribute(format, a, kBankRecord, root);
                break;
            case Word::Id:
                bank.id = context.attributeValue(a), present[0] = true;
                break;
            case Word::Version:
                bank.version = context.attributeValue(a), present[1] = true;
                break;
            case Word::Language:
                bank.language = context.attributeValue(a), present[2] = true;
                break;
            case Word::Scoring:
                if (auto scoring = scoringFromName(context.attributeValue(a)))
                    bank.scoring = *scoring;
                else
                    context.invalidValue(a, kBankRecord, "\"all-or-nothing\" or \"partial\"");
                break;
            default:
                if (!isNamespaceAttribute(a.name())) context.unknownAttribute(a, kBankRecord, root);
        }
    }
    formatSupported = true;
    if (!format) {
        context.missingAttribute(root, kBankRecord, "format");
    } else if (std::string_view(format.value()) != "1") {
        context.error(format.name(), "unsupported-format",
                      "bank: format " + quoted(format.value()) +
                          " is not supported; this version reads format \"1\"");
        formatSupported = false;
    }
    static constexpr std::array<std::string_view, 3> kRequired = {"id", "version", "language"};
    for (std::size_t i = 0; i < kRequired.size(); ++i)
        if (!present[i]) context.missingAttribute(root, kBankRecord, kRequired[i]);
}

}  // namespace

void readBankElement(pugi::xml_node root, ReaderContext& context, const SplitDocument* split) {
    bool formatSupported = false;
    readBankAttributes(root, context, formatSupported);
    // Another format's structure would only produce a flood of misleading problems.
    if (!formatSupported) return;

    Bank& bank = context.bank();
    context.rejectEmbeddedText(root, kBankRecord);
    std::array<bool, 5> seen{};
    int lastRank = -1;
    const char* lastName = "";
    for (pugi::xml_node child = root.first_child(); child; child = child.next_sibling()) {
        if (child.type() != pugi::node_element) {
            context.misplacedText(child.value(), root, kBankRecord);
            continue;
        }
        const Word word = wordOf(child.name());
        const int rank = bankChildRank(word);
        if (rank < 0) {
            context.unknownElement(child, kBankRecord, "in <bank>");
            continue;
        }
        if (seen[static_cast<std::size_t>(rank)]) {
            context.duplicateElement(child, kBankRecord);
            continue;
        }
        seen[static_cast<std::size_t>(rank)] = true;
        if (rank < lastRank) {
            context.misplacedElement(child, kBankRecord, lastName);
        } else {
            lastRank = rank;
            lastName = child.name();
        }
        context.rejectAttributes(child, kBankRecord);
        switch (word) {
            case Word::Title:
                bank.title = context.elementText(child, kBankRecord);
                break;
            case Word::Organization:
                bank.organization = context.elementText(child, kBankRecord);
                break;
            case Word::Description:
                bank.description = context.elementText(child, kBankRecord);
                break;
            case Word::Categories:
                context.rejectEmbeddedText(child, kBankRecord);
                readCategoryList(child, kBankRecord, bank.categories, 1, context);
                break;
            default:
                context.rejectEmbeddedText(child, kBankRecord);
                if (split && child == split->questions)
                    readQuestionList(split->children, child, context);
                else
                    readQuestionList(collectQuestionsChildren(child), child, context);
        }
    }
    const SourcePos rootPos = context.startTagOf(root);
    if (!seen[0]) context.error(rootPos, "missing-element", "bank: <bank> has no <title>");
    if (!seen[4]) context.error(rootPos, "missing-element", "bank: <bank> has no <questions>");
}

}  // namespace tqm::bank::reader
