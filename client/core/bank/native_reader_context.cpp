#include "bank/native_reader_context.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <iterator>

#include "bank/native_reader_rules.h"
#include "base/utf8.h"

namespace tqm::bank::reader {

SourceScan::SourceScan(std::string_view source, std::size_t from, std::size_t to,
                       const char* copyFrom, const MappedFile* mappedFile)
    : text(source), mapped(mappedFile) {
    const std::size_t textOffset =
        mapped ? static_cast<std::size_t>(text.data() - mapped->bytes().data()) : 0;
    std::size_t released = textOffset + from;
    // Typical bank lines are a few dozen bytes; the whole text's share, so that appending the
    // scan of the rest seldom reallocates.
    lineStarts.reserve(text.size() / 48 + 1);
    if (from == 0) lineStarts.push_back(0);
    const char* begin = text.data();
    constexpr std::size_t kPiece = 128 * 1024;  // well inside a core's cache
    for (std::size_t start = from; start < to;) {
        std::size_t stop = std::min(to, start + kPiece);
        if (stop < to) {
            // Pieces meet at the start of a character, so each is valid UTF-8 exactly when the
            // whole is: a valid text never has four continuation bytes in a row.
            const auto continuation = [&](std::size_t i) {
                const char c = copyFrom ? copyFrom[i] : begin[i];
                return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
            };
            for (int back = 0; back < 3 && continuation(stop); ++back) --stop;
        }
        if (copyFrom) std::memcpy(const_cast<char*>(begin) + start, copyFrom + start, stop - start);
        scanPiece(start, stop);
        if (mapped) released = mapped->release(released, textOffset + stop);
        start = stop;
    }
}

void SourceScan::scanPiece(std::size_t from, std::size_t to) {
    const char* begin = text.data();
    const char* end = begin + to;
    validUtf8 = validUtf8 && isValidUtf8(std::string_view(begin + from, to - from));
    for (const char* p = begin + from; p < end;) {
        const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
        if (!nl) break;
        p = static_cast<const char*>(nl) + 1;
        lineStarts.push_back(static_cast<std::size_t>(p - begin));
    }
    for (const char* p = begin + from; p < end;) {
        const void* amp = std::memchr(p, '&', static_cast<std::size_t>(end - p));
        if (!amp) break;
        p = static_cast<const char*>(amp);
        ampersands.push_back(static_cast<std::size_t>(p - begin));
        ++p;
    }
    hasCarriageReturn = hasCarriageReturn || std::memchr(begin + from, '\r', to - from);
    hasNul = hasNul || std::memchr(begin + from, '\0', to - from);
}

void SourceScan::append(const SourceScan& next) {
    lineStarts.insert(lineStarts.end(), next.lineStarts.begin(), next.lineStarts.end());
    ampersands.insert(ampersands.end(), next.ampersands.begin(), next.ampersands.end());
    hasCarriageReturn = hasCarriageReturn || next.hasCarriageReturn;
    hasNul = hasNul || next.hasNul;
    validUtf8 = validUtf8 && next.validUtf8;
}

SourcePos SourceLines::position(std::size_t offset) {
    const std::vector<std::size_t>& starts = scan_.lineStarts;
    offset = std::min(offset, scan_.text.size());
    if (offset < lastOffset_) {
        const auto it = std::upper_bound(starts.begin(), starts.end(), offset);
        line_ = static_cast<std::size_t>(it - starts.begin()) - 1;
        lastOffset_ = starts[line_];
        lastColumn_ = 1;
    }
    while (line_ + 1 < starts.size() && starts[line_ + 1] <= offset) {
        ++line_;
        lastOffset_ = starts[line_];
        lastColumn_ = 1;
    }
    for (std::size_t i = lastOffset_; i < offset; ++i) {
        // One character per byte that is not a UTF-8 continuation byte.
        if ((static_cast<unsigned char>(scan_.text[i]) & 0xC0) != 0x80) ++lastColumn_;
    }
    lastOffset_ = offset;
    return {static_cast<std::uint32_t>(line_ + 1), lastColumn_};
}

ReaderContext::ReaderContext(SourceScan& scan, Bank& bank, std::vector<Diagnostic>& out,
                             std::string fileName)
    : scan_(scan), text_(scan.text), lines_(scan), bank_(bank), sink_(out, std::move(fileName)) {}

std::string_view ReaderContext::keep(std::string_view text) {
    const std::lock_guard lock(scan_.keepLock);
    return bank_.keep(text);
}

std::size_t ReaderContext::offsetOf(const char* at) const {
    const char* begin = text_.data();
    if (at >= begin && at <= begin + text_.size()) return static_cast<std::size_t>(at - begin);
    const char* outline = scan_.outline;
    if (!outline || at < outline || at > outline + scan_.outlineSize) return std::string_view::npos;
    const auto offset = static_cast<std::size_t>(at - outline);
    return offset < scan_.outlineHead ? offset : offset - scan_.outlineHead + scan_.outlineTail;
}

SourcePos ReaderContext::positionOf(const char* at) {
    const std::size_t offset = offsetOf(at);
    if (offset == std::string_view::npos) return {};
    return lines_.position(offset);
}

SourcePos ReaderContext::startTagOf(pugi::xml_node element) {
    return positionOf(element.name() - 1);
}

void ReaderContext::error(const char* at, std::string code, std::string message) {
    error(positionOf(at), std::move(code), std::move(message));
}

void ReaderContext::error(SourcePos pos, std::string code, std::string message) {
    sink_.error(pos.line, pos.column, std::move(code), std::move(message));
}

void ReaderContext::addAll(std::vector<Diagnostic> problems) {
    std::vector<Diagnostic>& out = sink_.diagnostics();
    out.insert(out.end(), std::make_move_iterator(problems.begin()),
               std::make_move_iterator(problems.end()));
}

bool ReaderContext::containsAmpersand(std::size_t begin, std::size_t end) {
    const std::vector<std::size_t>& ampersands = scan_.ampersands;
    if (ampersands.empty()) return false;
    // Values are asked for in document order, so the cursor only moves forward in practice.
    if (nextAmpersand_ > 0 && ampersands[nextAmpersand_ - 1] >= begin)
        nextAmpersand_ = static_cast<std::size_t>(
            std::lower_bound(ampersands.begin(), ampersands.end(), begin) - ampersands.begin());
    while (nextAmpersand_ < ampersands.size() && ampersands[nextAmpersand_] < begin)
        ++nextAmpersand_;
    return nextAmpersand_ < ampersands.size() && ampersands[nextAmpersand_] < end;
}

namespace {

bool isXmlSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string_view trimXmlSpace(std::string_view text) {
    while (!text.empty() && isXmlSpace(text.front())) text.remove_prefix(1);
    while (!text.empty() && isXmlSpace(text.back())) text.remove_suffix(1);
    return text;
}

std::string excerpt(std::string_view text) {
    constexpr std::size_t kMaxCharacters = 20;
    std::size_t pos = 0;
    for (std::size_t count = 0; pos < text.size() && count < kMaxCharacters; ++count)
        decodeUtf8(text, pos);
    std::string out(text.substr(0, pos));
    if (pos < text.size()) out += "...";
    return out;
}

}  // namespace

std::string_view ReaderContext::decodeIfNeeded(const char* value, bool attribute) {
    const std::string_view raw(value);
    const std::size_t offset = raw.empty() ? std::string_view::npos : offsetOf(value);
    if (offset == std::string_view::npos || offset >= text_.size()) return raw;
    bool needed = containsAmpersand(offset, offset + raw.size()) ||
                  (scan_.hasCarriageReturn && std::memchr(value, '\r', raw.size()) != nullptr);
    if (attribute && !needed)
        needed = std::any_of(raw.begin(), raw.end(), [](char c) { return c == '\t' || c == '\n'; });
    if (!needed) return raw;

    return keep(decodeText(raw, attribute));
}

std::string_view ReaderContext::attributeValue(pugi::xml_attribute attribute) {
    return decodeIfNeeded(attribute.value(), true);
}

std::string_view ReaderContext::elementText(pugi::xml_node element, const Record& record) {
    std::string_view text = decodeIfNeeded(element.value(), false);
    pugi::xml_node child = element.first_child();
    if (!child) return text;

    // Mixed pieces (text around CDATA sections) are rare: join them into the text store.
    std::string joined(text);
    std::size_t pieces = text.empty() ? 0 : 1;
    std::string_view single = text;
    for (; child; child = child.next_sibling()) {
        if (child.type() == pugi::node_element) {
            unknownElement(child, record,
                           "inside <" + std::string(element.name()) + ">, which holds plain text");
            continue;
        }
        std::string_view piece;
        if (child.type() == pugi::node_cdata) {
            const char* value = child.value();
            piece = (scan_.hasCarriageReturn && std::strchr(value, '\r'))
                        ? keep(trimXmlSpace(decodeIfNeeded(value, false)))
                        : trimXmlSpace(value);
            // CDATA holds no entity references; decodeIfNeeded only folded its line breaks.
        } else {
            piece = decodeIfNeeded(child.value(), false);
        }
        if (piece.empty()) continue;
        joined += piece;
        single = piece;
        ++pieces;
    }
    if (pieces <= 1) return single;
    return keep(joined);
}

void ReaderContext::misplacedText(const char* text, pugi::xml_node parent, const Record& record,
                                  std::string_view hint) {
    std::string message = record.label() + "text \"" + excerpt(text) +
                          "\" is not allowed directly inside <" + parent.name() + ">";
    if (!hint.empty()) message += "; " + std::string(hint);
    error(text, "misplaced-text", std::move(message));
}

void ReaderContext::rejectEmbeddedText(pugi::xml_node element, const Record& record,
                                       std::string_view hint) {
    if (*element.value()) misplacedText(element.value(), element, record, hint);
}

void ReaderContext::unknownElement(pugi::xml_node element, const Record& record,
                                   const std::string& where) {
    error(element.name() - 1, "unknown-element",
          record.label() + "element <" + element.name() + "> is not allowed " + where);
}

void ReaderContext::unknownAttribute(pugi::xml_attribute attribute, const Record& record,
                                     pugi::xml_node element) {
    error(attribute.name(), "unknown-attribute",
          record.label() + "unknown attribute \"" + attribute.name() + "\" on <" + element.name() +
              ">");
}

void ReaderContext::takeAttribute(pugi::xml_attribute& slot, pugi::xml_attribute attribute,
                                  const Record& record, pugi::xml_node element) {
    if (slot)
        error(attribute.name(), "not-well-formed",
              record.label() + "attribute \"" + attribute.name() + "\" appears twice on <" +
                  element.name() + ">");
    slot = attribute;
}

void ReaderContext::rejectAttributes(pugi::xml_node element, const Record& record) {
    for (pugi::xml_attribute a = element.first_attribute(); a; a = a.next_attribute())
        unknownAttribute(a, record, element);
}

void ReaderContext::missingAttribute(pugi::xml_node element, const Record& record,
                                     std::string_view attribute) {
    error(startTagOf(element), "missing-attribute",
          record.label() + "<" + element.name() + "> has no \"" + std::string(attribute) +
              "\" attribute");
}

void ReaderContext::invalidValue(pugi::xml_attribute attribute, const Record& record,
                                 std::string_view expected) {
    error(attribute.name(), "invalid-value",
          record.label() + attribute.name() + " \"" + excerpt(attribute.value()) +
              "\" is not valid; it must be " + std::string(expected));
}

void ReaderContext::duplicateElement(pugi::xml_node element, const Record& record) {
    error(element.name() - 1, "duplicate-element",
          record.label() + "<" + element.name() +
              "> appears more than once; only one is "
              "allowed");
}

void ReaderContext::misplacedElement(pugi::xml_node element, const Record& record,
                                     std::string_view after) {
    error(
        element.name() - 1, "misplaced-element",
        record.label() + "<" + element.name() + "> must come before <" + std::string(after) + ">");
}

std::string quoted(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    out += text;
    out += '"';
    return out;
}

std::string Record::label() const {
    switch (kind) {
        case Kind::Bank:
            return "bank: ";
        case Kind::Category:
            return id.empty() ? "category (no id): " : "category " + quoted(id) + ": ";
        case Kind::Question:
            break;
    }
    if (id.empty()) return "question #" + std::to_string(ordinal) + " (no id): ";
    return "question " + quoted(id) + ": ";
}

bool parseBool(std::string_view text, bool& out) {
    if (text == "true") return out = true, true;
    if (text == "false") return out = false, true;
    return false;
}

bool parseInt(std::string_view text, int& out) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return !text.empty() && ec == std::errc{} && end == text.data() + text.size();
}

bool parseFinite(std::string_view text, double& out) {
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc{} || end != text.data() + text.size()) return false;
    if (!std::isfinite(value)) return false;
    out = value;
    return true;
}

}  // namespace tqm::bank::reader
