// The structure rules both of the native reader's paths apply (native_reader_rules.h).
#include "bank/native_reader_rules.h"

#include <charconv>
#include <cstdint>

#include "base/utf8.h"

namespace tqm::bank::reader {

int bankChildRank(Word word) {
    switch (word) {
        case Word::Title:
            return 0;
        case Word::Organization:
            return 1;
        case Word::Description:
            return 2;
        case Word::Categories:
            return 3;
        case Word::Questions:
            return 4;
        default:
            return -1;
    }
}

std::optional<QuestionType> questionTypeOf(Word word) {
    switch (word) {
        case Word::SingleChoice:
            return QuestionType::SingleChoice;
        case Word::MultipleChoice:
            return QuestionType::MultipleChoice;
        case Word::TrueFalse:
            return QuestionType::TrueFalse;
        case Word::FillBlank:
            return QuestionType::FillBlank;
        case Word::Ordering:
            return QuestionType::Ordering;
        case Word::Matching:
            return QuestionType::Matching;
        case Word::ShortAnswer:
            return QuestionType::ShortAnswer;
        default:
            return std::nullopt;
    }
}

namespace {

Word ownChild(QuestionType type) {
    switch (type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
            return Word::Option;
        case QuestionType::FillBlank:
            return Word::Blank;
        case QuestionType::Ordering:
            return Word::Item;
        case QuestionType::Matching:
            return Word::Pair;
        case QuestionType::ShortAnswer:
            return Word::Reference;
        case QuestionType::TrueFalse:
            break;
    }
    return Word::Unknown;
}

// Expands one entity reference starting at text[i] == '&'; returns the bytes consumed, or 0
// when it is not a reference (the '&' is then kept as it is, as pugixml itself does).
std::size_t expandEntity(std::string_view text, std::size_t i, std::string& out) {
    const std::size_t semicolon = text.find(';', i + 1);
    if (semicolon == std::string_view::npos || semicolon - i > 12) return 0;
    const std::string_view name = text.substr(i + 1, semicolon - i - 1);
    const std::size_t consumed = semicolon - i + 1;
    if (name == "lt") return out += '<', consumed;
    if (name == "gt") return out += '>', consumed;
    if (name == "amp") return out += '&', consumed;
    if (name == "quot") return out += '"', consumed;
    if (name == "apos") return out += '\'', consumed;
    if (name.size() < 2 || name.front() != '#') return 0;
    const bool hex = name[1] == 'x';
    const std::string_view digits = name.substr(hex ? 2 : 1);
    std::uint32_t code = 0;
    const auto [end, ec] =
        std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
    if (ec != std::errc{} || end != digits.data() + digits.size() || digits.empty()) return 0;
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
    appendUtf8(out, static_cast<char32_t>(code));
    return consumed;
}

}  // namespace

int questionChildRank(Word word, QuestionType type) {
    switch (word) {
        case Word::Stem:
            return kStem;
        case Word::Image:
            return kImage;
        case Word::Grading:
            return type == QuestionType::ShortAnswer ? kGrading : kNotAllowed;
        case Word::Explanation:
            return kExplanation;
        case Word::Source:
            return kSource;
        case Word::Tags:
            return kTags;
        case Word::Positions:
            return kPositions;
        default:
            return word != Word::Unknown && word == ownChild(type) ? kOwn : kNotAllowed;
    }
}

bool repeatable(Word word) {
    return word == Word::Image || word == Word::Option || word == Word::Blank ||
           word == Word::Item || word == Word::Pair;
}

bool allowedQuestionAttribute(Word word, QuestionType type) {
    switch (word) {
        case Word::Id:
        case Word::Category:
        case Word::Difficulty:
        case Word::Points:
        case Word::Title:
            return true;
        case Word::Scoring:
            return type == QuestionType::MultipleChoice;
        case Word::Answer:
            return type == QuestionType::TrueFalse;
        case Word::CaseSensitive:
            return type == QuestionType::FillBlank;
        default:
            return false;
    }
}

std::string decodeText(std::string_view raw, bool attribute) {
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '&') {
            const std::size_t consumed = expandEntity(raw, i, out);
            if (consumed > 0) {
                i += consumed - 1;
                continue;
            }
        }
        if (c == '\r') {
            // A CR LF pair, or a lone CR, is one line break (XML end-of-line handling).
            if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
            out += attribute ? ' ' : '\n';
            continue;
        }
        out += (attribute && (c == '\t' || c == '\n')) ? ' ' : c;
    }
    return out;
}

}  // namespace tqm::bank::reader
