#include "cert/certificate_number.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

#include "base/utf8.h"

namespace tqm::cert {

namespace {

constexpr int kMaxSeqWidth = 12;

// One piece of a pattern: literal text or a placeholder's name (without braces).
struct Piece {
    bool placeholder = false;
    std::string_view text;
    std::size_t column = 0;  // 1-based character of its first character (the brace)
};

std::size_t characterColumn(std::string_view text, std::size_t byteOffset) {
    std::size_t column = 1;
    for (std::size_t pos = 0; pos < byteOffset;) {
        decodeUtf8(text, pos);
        ++column;
    }
    return column;
}

std::string quoted(std::string_view pattern) {
    return "\"" + std::string(pattern) + "\"";
}

// The width of a {seq...} placeholder; nothing when it is not one or its width is bad.
std::optional<int> seqWidth(std::string_view name) {
    if (name == "seq") return 1;
    if (!name.starts_with("seq:")) return std::nullopt;
    const std::string_view digits = name.substr(4);
    int width = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), width);
    if (digits.empty() || error != std::errc{} || end != digits.data() + digits.size() ||
        width < 1 || width > kMaxSeqWidth)
        return std::nullopt;
    return width;
}

bool isSeq(std::string_view name) {
    return name == "seq" || name.starts_with("seq:");
}

bool isKnownField(std::string_view name) {
    return name == "yyyy" || name == "yy" || name == "mm" || name == "type";
}

// Splits the pattern, reporting brace problems; an unclosed brace makes the rest literal.
std::vector<Piece> split(std::string_view pattern, std::vector<NumberPatternProblem>* problems) {
    std::vector<Piece> pieces;
    std::size_t literalStart = 0;
    for (std::size_t pos = 0; pos < pattern.size(); ++pos) {
        if (pattern[pos] == '}') {
            if (problems)
                problems->push_back({"pattern-unopened-brace", characterColumn(pattern, pos),
                                     "The number pattern " + quoted(pattern) +
                                         " has a \"}\" at character " +
                                         std::to_string(characterColumn(pattern, pos)) +
                                         " without a \"{\" before it."});
            continue;
        }
        if (pattern[pos] != '{') continue;
        const std::size_t close = pattern.find_first_of("{}", pos + 1);
        if (close == std::string_view::npos || pattern[close] == '{') {
            if (problems)
                problems->push_back({"pattern-unclosed-brace", characterColumn(pattern, pos),
                                     "The number pattern " + quoted(pattern) +
                                         " has a \"{\" at character " +
                                         std::to_string(characterColumn(pattern, pos)) +
                                         " without a \"}\" after it."});
            continue;
        }
        if (pos > literalStart)
            pieces.push_back({false, pattern.substr(literalStart, pos - literalStart), 0});
        pieces.push_back(
            {true, pattern.substr(pos + 1, close - pos - 1), characterColumn(pattern, pos)});
        pos = close;
        literalStart = close + 1;
    }
    if (literalStart < pattern.size()) pieces.push_back({false, pattern.substr(literalStart), 0});
    return pieces;
}

std::string twoDigits(unsigned value) {
    char text[8];
    std::snprintf(text, sizeof text, "%02u", value % 100);
    return text;
}

std::string fill(std::string_view name, const NumberContext& context) {
    const std::chrono::year_month_day day{context.issuedOn};
    const int year = static_cast<int>(day.year());
    if (name == "yyyy") return std::to_string(year);
    if (name == "yy") return twoDigits(static_cast<unsigned>(year % 100));
    if (name == "mm") return twoDigits(static_cast<unsigned>(day.month()));
    if (name == "type") return context.typeCode;
    return std::string(name);
}

}  // namespace

std::vector<NumberPatternProblem> checkNumberPattern(std::string_view pattern) {
    std::vector<NumberPatternProblem> problems;
    const std::vector<Piece> pieces = split(pattern, &problems);
    bool seen = false;
    for (const Piece& piece : pieces) {
        if (!piece.placeholder) continue;
        const std::string at = std::to_string(piece.column);
        const std::string name = "{" + std::string(piece.text) + "}";
        if (isSeq(piece.text)) {
            if (!seqWidth(piece.text))
                problems.push_back({"pattern-bad-seq-width", piece.column,
                                    "The number pattern " + quoted(pattern) + " has " + name +
                                        " at character " + at +
                                        "; the width must be a number from 1 to 12, as in "
                                        "{seq:6}."});
            else if (seen)
                problems.push_back({"pattern-repeated-seq", piece.column,
                                    "The number pattern " + quoted(pattern) +
                                        " has a second {seq} at character " + at +
                                        "; a number has one sequence."});
            seen = true;
        } else if (!isKnownField(piece.text)) {
            problems.push_back({"pattern-unknown-placeholder", piece.column,
                                "The number pattern " + quoted(pattern) +
                                    " has an unknown placeholder " + name + " at character " + at +
                                    "; use {yyyy}, {yy}, {mm}, {type} or {seq:N}."});
        }
    }
    std::stable_sort(problems.begin(), problems.end(),
                     [](const auto& a, const auto& b) { return a.column < b.column; });
    if (!seen)
        problems.push_back({"pattern-no-seq", 0,
                            "The number pattern " + quoted(pattern) +
                                " has no {seq:N} placeholder; add one, as in TQM-{yyyy}-{seq:6}."});
    return problems;
}

NumberFrame numberFrame(std::string_view pattern, const NumberContext& context) {
    NumberFrame frame;
    bool afterSeq = false;
    for (const Piece& piece : split(pattern, nullptr)) {
        if (piece.placeholder && !afterSeq && isSeq(piece.text)) {
            frame.width = seqWidth(piece.text).value_or(1);
            afterSeq = true;
            continue;
        }
        std::string& out = afterSeq ? frame.suffix : frame.prefix;
        out += piece.placeholder ? fill(piece.text, context) : std::string(piece.text);
    }
    return frame;
}

std::string formatCertificateNumber(std::string_view pattern, const NumberContext& context,
                                    std::int64_t sequence) {
    const NumberFrame frame = numberFrame(pattern, context);
    std::string digits = std::to_string(sequence);
    if (digits.size() < static_cast<std::size_t>(frame.width))
        digits.insert(0, static_cast<std::size_t>(frame.width) - digits.size(), '0');
    return frame.prefix + digits + frame.suffix;
}

std::optional<std::int64_t> sequenceOf(std::string_view number, const NumberFrame& frame) {
    if (number.size() <= frame.prefix.size() + frame.suffix.size()) return std::nullopt;
    if (!number.starts_with(frame.prefix) || !number.ends_with(frame.suffix)) return std::nullopt;
    const std::string_view digits = number.substr(
        frame.prefix.size(), number.size() - frame.prefix.size() - frame.suffix.size());
    if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc{}) return std::nullopt;  // too many digits for any sequence
    return value;
}

std::string nextCertificateNumber(std::string_view pattern, const NumberContext& context,
                                  std::span<const std::string> existing) {
    const NumberFrame frame = numberFrame(pattern, context);
    std::int64_t highest = 0;
    for (const std::string& number : existing)
        if (const auto sequence = sequenceOf(number, frame); sequence && *sequence > highest)
            highest = *sequence;
    return formatCertificateNumber(pattern, context, highest + 1);
}

}  // namespace tqm::cert
