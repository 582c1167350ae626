// Splitting a large bank's <questions> content in two for parsing (see native_reader_split.h for
// why the split gives the same document as a single parse, and when it is refused).
#include "bank/native_reader_split.h"

#include <cstring>
#include <string_view>

#include "bank/native_reader_context.h"
#include "bank/native_reader_rules.h"
#include "base/concurrency.h"

namespace tqm::bank::reader {

namespace {

constexpr std::string_view kStartTag = "<questions>";
constexpr std::string_view kEndTag = "</questions>";
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool isXmlSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Length of "</name>" at `at` when `name` is a question element, else 0.
std::size_t questionEndTagAt(std::string_view text, std::size_t at) {
    for (QuestionType type : kAllQuestionTypes) {
        const std::string_view name = typeName(type);
        const std::size_t length = name.size() + 3;
        if (text.size() - at >= length && text.compare(at + 2, name.size(), name) == 0 &&
            text[at + 2 + name.size()] == '>')
            return length;
    }
    return 0;
}

// pugixml skips a byte order mark at the start of any buffer it parses; inside the document
// those bytes are text, so a half must not start with them.
bool startsWithByteOrderMark(std::string_view text, std::size_t at) {
    return text.substr(at).starts_with(kByteOrderMark);
}

bool parseOutline(std::string_view text, const SplitPoints& points, SplitDocument& out) {
    const std::size_t head = points.contentBegin;
    const std::size_t tail = text.size() - points.contentEnd;
    out.outlineBytes = std::make_unique_for_overwrite<char[]>(head + tail);
    std::memcpy(out.outlineBytes.get(), text.data(), head);
    std::memcpy(out.outlineBytes.get() + head, text.data() + points.contentEnd, tail);
    out.headSize = head;
    out.tailOffset = points.contentEnd;
    const pugi::xml_parse_result parsed = out.outline.load_buffer_inplace(
        out.outlineBytes.get(), head + tail, kParseFlags, pugi::encoding_utf8);
    if (!parsed) return false;
    const pugi::xml_node root = out.outline.document_element();
    if (std::string_view(root.name()) != "bank") return false;
    // The start tag the search found must be a child of <bank>, closed right at the cut: then
    // with nothing between them its end tag is the tail's first bytes.
    const char* name = out.outlineBytes.get() + head - kStartTag.size() + 1;
    for (pugi::xml_node child = root.first_child(); child; child = child.next_sibling()) {
        if (child.type() != pugi::node_element || child.name() != name) continue;
        if (child.first_child() || child.first_attribute() || *child.value()) return false;
        out.questions = child;
        return true;
    }
    return false;
}

bool parseHalf(char* begin, std::size_t size, pugi::xml_document& document,
               std::vector<QuestionsChild>& children) {
    // parse_doctype makes a document type declaration visible, so that it can be refused: a
    // fragment accepts one, or an XML declaration, at its top level; an element accepts neither.
    constexpr unsigned int kFlags = kParseFlags | pugi::parse_fragment | pugi::parse_doctype;
    static_assert(kFlags & pugi::parse_declaration);
    const pugi::xml_parse_result parsed =
        document.load_buffer_inplace(begin, size, kFlags, pugi::encoding_utf8);
    if (!parsed) return false;
    for (pugi::xml_node node = document.first_child(); node; node = node.next_sibling()) {
        switch (node.type()) {
            case pugi::node_element:
                children.push_back({node, questionTypeOf(wordOf(node.name()))});
                break;
            case pugi::node_pcdata:
            case pugi::node_cdata:
                children.push_back({node, std::nullopt});
                break;
            default:
                return false;  // a declaration or document type, which no element may hold
        }
    }
    return true;
}

}  // namespace

std::optional<SplitPoints> findSplitPoints(std::string_view text) {
    const std::size_t start = text.find(kStartTag);
    if (start == std::string_view::npos) return std::nullopt;
    SplitPoints points;
    points.contentBegin = start + kStartTag.size();
    points.contentEnd = text.rfind(kEndTag);
    if (points.contentEnd == std::string_view::npos || points.contentEnd <= points.contentBegin)
        return std::nullopt;
    // pugixml ends a buffer by overwriting its last byte; only a tag's '>' or white space there
    // parses as it would inside the document.
    const char last = text[points.contentEnd - 1];
    if (last != '>' && !isXmlSpace(last)) return std::nullopt;
    const std::size_t half = points.contentBegin + (points.contentEnd - points.contentBegin) / 2;
    for (std::size_t at = text.find("</", half); at < points.contentEnd;
         at = text.find("</", at + 2)) {
        const std::size_t length = questionEndTagAt(text, at);
        if (length == 0) continue;
        points.middle = at + length;
        if (points.middle >= points.contentEnd) return std::nullopt;
        if (startsWithByteOrderMark(text, points.contentBegin) ||
            startsWithByteOrderMark(text, points.middle))
            return std::nullopt;
        return points;
    }
    return std::nullopt;
}

SplitOutcome parseSplit(char* text, std::size_t size, SplitDocument& out) {
    const std::string_view view(text, size);
    const std::optional<SplitPoints> points = findSplitPoints(view);
    if (!points || !parseOutline(view, *points, out)) return SplitOutcome::NotSplit;
    bool parsed[2] = {false, false};
    std::vector<QuestionsChild> second;
    runConcurrently(
        [&] {
            parsed[1] = parseHalf(text + points->middle, points->contentEnd - points->middle,
                                  out.halves[1], second);
        },
        [&] {
            parsed[0] =
                parseHalf(text + points->contentBegin, points->middle - points->contentBegin,
                          out.halves[0], out.children);
        });
    if (!parsed[0] || !parsed[1]) return SplitOutcome::Spoiled;
    out.children.insert(out.children.end(), second.begin(), second.end());
    return SplitOutcome::Split;
}

std::vector<QuestionsChild> collectQuestionsChildren(pugi::xml_node questions) {
    std::vector<QuestionsChild> children;
    for (pugi::xml_node child = questions.first_child(); child; child = child.next_sibling()) {
        if (child.type() == pugi::node_element)
            children.push_back({child, questionTypeOf(wordOf(child.name()))});
        else
            children.push_back({child, std::nullopt});
    }
    return children;
}

}  // namespace tqm::bank::reader
