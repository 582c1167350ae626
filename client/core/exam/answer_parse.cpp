// Reading the one-line text form of an answer; see answer.h for the syntax.
#include <algorithm>
#include <string>

#include "base/utf8.h"
#include "exam/answer.h"

namespace tqm::exam {

namespace {

// One character of the answer text with where it starts; full-width forms (typed on Chinese
// keyboards) are folded to their ASCII twins.
struct Symbol {
    char32_t ch = 0;
    std::size_t offset = 0;
    std::size_t end = 0;
};

std::vector<Symbol> symbolsOf(std::string_view text, std::size_t base) {
    std::vector<Symbol> symbols;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        char32_t ch = decodeUtf8(text, pos);
        if (ch >= U'\uFF01' && ch <= U'\uFF5E') ch -= 0xFEE0;
        if (ch == U'\u3000') ch = U' ';
        symbols.push_back({ch, base + start, base + pos});
    }
    return symbols;
}

bool isSpace(char32_t ch) {
    return ch == U' ' || ch == U'\t';
}

std::string quoted(std::string_view text, const Symbol& symbol) {
    return "\"" + std::string(text.substr(symbol.offset, symbol.end - symbol.offset)) + "\"";
}

std::string letterRange(std::size_t count, std::string_view what) {
    if (count == 0) return "the question has no " + std::string(what);
    return "the question has " + std::string(what) + " A to " + optionLetter(count - 1);
}

// The index of an option letter, or nullopt when the symbol is not a letter at all.
std::optional<std::size_t> letterIndex(char32_t ch) {
    if (ch >= U'A' && ch <= U'Z') return static_cast<std::size_t>(ch - U'A');
    if (ch >= U'a' && ch <= U'z') return static_cast<std::size_t>(ch - U'a');
    return std::nullopt;
}

class Parser {
  public:
    Parser(const PaperQuestion& question, std::string_view text)
        : question_(question), text_(text) {}

    ParsedAnswer run() {
        ParsedAnswer parsed;
        parsed.answer = parse();
        if (!errors_.empty()) parsed.answer = NoAnswer{};
        parsed.errors = std::move(errors_);
        std::stable_sort(
            parsed.errors.begin(), parsed.errors.end(),
            [](const AnswerError& a, const AnswerError& b) { return a.offset < b.offset; });
        return parsed;
    }

  private:
    void fail(std::size_t offset, std::string message) {
        errors_.push_back({offset, std::move(message)});
    }

    Answer parse() {
        const bool blankText =
            std::all_of(text_.begin(), text_.end(), [](char c) { return c == ' ' || c == '\t'; });
        if (blankText) return NoAnswer{};
        switch (question_.type) {
            case bank::QuestionType::SingleChoice:
            case bank::QuestionType::MultipleChoice:
                return choices();
            case bank::QuestionType::TrueFalse:
                return trueFalse();
            case bank::QuestionType::FillBlank:
                return blanks();
            case bank::QuestionType::Ordering:
                return ordering();
            case bank::QuestionType::Matching:
                return matching();
            case bank::QuestionType::ShortAnswer:
                return EssayAnswer{unescape(text_, 0, false)};
        }
        return NoAnswer{};
    }

    // Letters naming shown options (or ordering items), each checked against `count`; repeats
    // are reported and dropped. `noun` is "option" or "item".
    std::vector<std::size_t> letters(std::size_t count, std::string_view noun,
                                     std::string_view repeated) {
        const std::string what = std::string(noun) + "s";
        std::vector<std::size_t> indexes;
        for (const Symbol& symbol : symbolsOf(text_, 0)) {
            if (isSpace(symbol.ch) || symbol.ch == U',') continue;
            const std::optional<std::size_t> index = letterIndex(symbol.ch);
            if (!index) {
                fail(symbol.offset,
                     quoted(text_, symbol) + " is not a letter: " + letterRange(count, what));
            } else if (*index >= count) {
                fail(symbol.offset,
                     quoted(text_, symbol) + " does not exist: " + letterRange(count, what));
            } else if (std::find(indexes.begin(), indexes.end(), *index) != indexes.end()) {
                fail(symbol.offset, std::string(noun) + " " + optionLetter(*index) + " is " +
                                        std::string(repeated) + " twice");
            } else {
                indexes.push_back(*index);
            }
        }
        return indexes;
    }

    Answer choices() {
        ChoiceAnswer answer;
        answer.chosen = letters(question_.options.size(), "option", "given");
        std::sort(answer.chosen.begin(), answer.chosen.end());
        if (question_.type == bank::QuestionType::SingleChoice && answer.chosen.size() > 1) {
            fail(0, "a single-choice question takes one option, " +
                        std::to_string(answer.chosen.size()) + " given");
        }
        return answer;
    }

    Answer trueFalse() {
        const std::string_view trimmed = trimmedText();
        const std::size_t offset = static_cast<std::size_t>(trimmed.data() - text_.data());
        static constexpr std::string_view kTrue[] = {"T", "t", "对", "√", "Ｔ", "ｔ"};
        static constexpr std::string_view kFalse[] = {"F", "f", "错", "×", "Ｆ", "ｆ"};
        if (std::find(std::begin(kTrue), std::end(kTrue), trimmed) != std::end(kTrue)) {
            return TrueFalseAnswer{true};
        }
        if (std::find(std::begin(kFalse), std::end(kFalse), trimmed) != std::end(kFalse)) {
            return TrueFalseAnswer{false};
        }
        fail(offset, "\"" + std::string(trimmed) +
                         "\" is not a true/false answer: write T or F (also 对/错, √/×)");
        return NoAnswer{};
    }

    Answer blanks() {
        BlankAnswer answer;
        std::size_t start = 0;
        for (std::size_t i = 0; i <= text_.size(); ++i) {
            if (i < text_.size() && text_[i] == '\\') {
                ++i;  // the escaped character never separates
                continue;
            }
            if (i == text_.size() || text_[i] == '|') {
                answer.texts.push_back(unescape(text_.substr(start, i - start), start, true));
                start = i + 1;
            }
        }
        const std::size_t expected = question_.blanks.size();
        if (answer.texts.size() != expected) {
            fail(0, "the question has " + std::to_string(expected) + " blank" +
                        (expected == 1 ? "" : "s") + ", " + std::to_string(answer.texts.size()) +
                        " given (separate blanks with \"|\")");
        }
        return answer;
    }

    Answer ordering() {
        OrderAnswer answer;
        const std::size_t count = question_.options.size();
        answer.order = letters(count, "item", "placed");
        std::string missing;
        std::size_t missingCount = 0;
        for (std::size_t i = 0; i < count; ++i) {
            if (std::find(answer.order.begin(), answer.order.end(), i) != answer.order.end()) {
                continue;
            }
            missing += (missing.empty() ? "" : ", ") + optionLetter(i);
            ++missingCount;
        }
        if (missingCount > 0) {
            fail(text_.size(), std::string(missingCount == 1 ? "item " : "items ") + missing +
                                   (missingCount == 1 ? " is" : " are") +
                                   " missing: an order lists every item once");
        }
        return answer;
    }

    Answer matching() {
        MatchAnswer answer;
        answer.chosen.assign(question_.matchPrompts.size(), std::nullopt);
        std::size_t start = 0;
        std::size_t i = 0;
        while (i < text_.size()) {
            const std::size_t width = text_[i] == ',' ? 1 : text_.substr(i, 3) == "，" ? 3 : 0;
            if (width == 0) {
                ++i;
                continue;
            }
            matchPart(answer, start, i);
            i += width;
            start = i;
        }
        matchPart(answer, start, text_.size());
        return answer;
    }

    // One "LETTER=NUMBER" part of a matching answer, text_[begin, end).
    void matchPart(MatchAnswer& answer, std::size_t begin, std::size_t end) {
        const std::vector<Symbol> symbols = symbolsOf(text_.substr(begin, end - begin), begin);
        std::vector<Symbol> solid;
        for (const Symbol& s : symbols) {
            if (!isSpace(s.ch)) solid.push_back(s);
        }
        if (solid.empty()) {
            fail(begin, "an empty pair: write LETTER=NUMBER, e.g. A=2");
            return;
        }
        const std::string part(
            text_.substr(solid.front().offset, solid.back().end - solid.front().offset));
        const std::optional<std::size_t> prompt = letterIndex(solid.front().ch);
        std::size_t number = 0;
        bool digits = solid.size() >= 3 && solid[1].ch == U'=';
        for (std::size_t k = 2; digits && k < solid.size(); ++k) {
            digits = solid[k].ch >= U'0' && solid[k].ch <= U'9' && number < 100000;
            number = number * 10 + static_cast<std::size_t>(solid[k].ch - U'0');
        }
        if (!prompt || !digits) {
            fail(solid.front().offset,
                 "\"" + part + "\" is not a pair: write LETTER=NUMBER, e.g. A=2");
            return;
        }
        const std::size_t prompts = question_.matchPrompts.size();
        const std::size_t answers = question_.matchAnswers.size();
        if (*prompt >= prompts) {
            fail(solid.front().offset, quoted(text_, solid.front()) +
                                           " is not a prompt: " + letterRange(prompts, "prompts"));
        } else if (answer.chosen[*prompt]) {
            fail(solid.front().offset, "prompt " + optionLetter(*prompt) + " is matched twice");
        }
        if (number < 1 || number > answers) {
            fail(solid[2].offset, "answer " + std::to_string(number) +
                                      " does not exist: the answers are numbered 1 to " +
                                      std::to_string(answers));
        } else if (*prompt < prompts && !answer.chosen[*prompt]) {
            answer.chosen[*prompt] = number - 1;
        }
    }

    std::string unescape(std::string_view text, std::size_t base, bool inBlank) {
        std::string out;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] != '\\') {
                out += text[i];
                continue;
            }
            const char next = i + 1 < text.size() ? text[i + 1] : '\0';
            switch (next) {
                case '\\':
                    out += '\\';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case '|':
                    if (inBlank) {
                        out += '|';
                        break;
                    }
                    [[fallthrough]];
                default:
                    fail(base + i, std::string("\"\\") +
                                       (next == '\0' ? "" : std::string(1, next)) +
                                       "\" is not an escape: write \\\\, \\n, \\r, \\t" +
                                       (inBlank ? ", \\|" : "") + " or a character itself");
            }
            ++i;
        }
        return out;
    }

    std::string_view trimmedText() const {
        std::string_view t = text_;
        while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
        while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
        return t;
    }

    const PaperQuestion& question_;
    std::string_view text_;
    std::vector<AnswerError> errors_;
};

}  // namespace

ParsedAnswer parseAnswer(const PaperQuestion& question, std::string_view text) {
    return Parser(question, text).run();
}

}  // namespace tqm::exam
