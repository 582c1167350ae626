#include "bank/interchange/csv/csv_answers.h"

#include <algorithm>

#include "bank/interchange/common/import_support.h"
#include "base/text_normalize.h"
#include "base/utf8.h"

namespace tqm::bank {

namespace {

std::string letterName(std::size_t index) {
    return std::string(1, static_cast<char>('A' + index));
}

std::string optionCountText(std::size_t count) {
    return "(the question has " + std::to_string(count) + (count == 1 ? " option)" : " options)");
}

// Splits on unescaped `separator`, leaving escapes in place for the next level.
std::vector<std::string_view> splitEscaped(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\') {
            ++i;
        } else if (text[i] == separator) {
            parts.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    parts.push_back(text.substr(start));
    return parts;
}

std::string unescape(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() &&
            (text[i + 1] == '|' || text[i + 1] == '/' || text[i + 1] == '\\'))
            ++i;
        out += text[i];
    }
    return std::string(trimSpaces(out));
}

// "1.33±0.01" -> a numeric blank; text when the two sides are not numbers.
bool readNumericBlank(const std::string& text, CsvBlank& blank, std::size_t blankNumber,
                      std::vector<std::string>& problems) {
    std::size_t sign = text.find("±");
    std::size_t signLength = 2;
    if (sign == std::string::npos) {
        sign = text.find("+-");
        signLength = 2;
    }
    if (sign == std::string::npos) return false;
    const auto number = parseDecimal(text.substr(0, sign));
    const auto tolerance = parseDecimal(text.substr(sign + signLength));
    if (!number && !tolerance) return false;
    if (!number || !tolerance || *tolerance < 0) {
        problems.push_back("blank " + std::to_string(blankNumber) + " " + inQuotes(text) +
                           " is not a number with a tolerance, such as 1.33±0.01");
        return true;
    }
    blank.number = number;
    blank.tolerance = *tolerance;
    return true;
}

}  // namespace

std::vector<std::size_t> parseOptionLetters(std::string_view answer, std::size_t optionCount,
                                            std::vector<std::string>& problems) {
    const std::string text = toHalfWidth(trimSpaces(answer));
    std::vector<std::size_t> letters;
    std::string missing;
    std::string strange;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        char32_t cp = decodeUtf8(text, pos);
        if (cp >= U'a' && cp <= U'z') cp -= 32;
        if (cp >= U'A' && cp <= U'Z') {
            const std::size_t index = cp - U'A';
            if (index >= optionCount) missing += letterName(index);
            letters.push_back(index);
        } else if (cp != U' ' && cp != U',' && cp != U';' && cp != U'\x3001') {
            if (strange.empty()) strange = text.substr(start, pos - start);
        }
    }
    if (!strange.empty()) {
        problems.push_back("answer " + inQuotes(answer) + " has " + inQuotes(strange) +
                           ", which is not an option letter");
    }
    if (!missing.empty()) {
        std::string lettersOnly;
        for (std::size_t index : letters) lettersOnly += letterName(index);
        problems.push_back(lettersOnly == missing
                               ? "answer " + inQuotes(answer) + " names no option " +
                                     optionCountText(optionCount)
                               : "answer " + inQuotes(answer) + ": " + missing +
                                     " names no option " + optionCountText(optionCount));
    }
    return letters;
}

std::optional<bool> parseTrueFalse(std::string_view answer) {
    std::string key = toHalfWidth(trimSpaces(answer));
    for (char& c : key)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    for (std::string_view yes : {"对", "正确", "√", "✓", "✔", "t", "true", "是", "y", "yes"})
        if (key == yes) return true;
    for (std::string_view no : {"错", "错误", "×", "✗", "✘", "x", "f", "false", "否", "n", "no"})
        if (key == no) return false;
    return std::nullopt;
}

std::vector<CsvBlank> parseBlanks(std::string_view answer, std::vector<std::string>& problems) {
    std::vector<CsvBlank> blanks;
    for (std::string_view part : splitEscaped(answer, '|')) {
        CsvBlank blank;
        const std::size_t number = blanks.size() + 1;
        std::vector<std::string> alternatives;
        for (std::string_view alternative : splitEscaped(part, '/')) {
            std::string text = unescape(alternative);
            if (!text.empty()) alternatives.push_back(std::move(text));
        }
        if (alternatives.empty()) {
            problems.push_back("blank " + std::to_string(number) + " of answer " +
                               inQuotes(answer) + " is empty");
        } else if (alternatives.size() == 1 &&
                   readNumericBlank(alternatives.front(), blank, number, problems)) {
            // a numeric blank: nothing more to read
        } else {
            blank.accepted = std::move(alternatives);
        }
        blanks.push_back(std::move(blank));
    }
    return blanks;
}

std::size_t countBlankMarkers(std::string_view stem) {
    std::size_t markers = 0, run = 0;
    for (char c : stem) {
        run = c == '_' ? run + 1 : 0;
        if (run == 3) ++markers;
    }
    return markers;
}

std::vector<std::string> parseMatchingAnswers(std::string_view answer, std::size_t optionCount,
                                              std::vector<std::string>& problems) {
    std::vector<std::string> answers(optionCount);
    std::vector<bool> given(optionCount, false);
    for (std::string_view piece : splitEscaped(answer, '|')) {
        const std::string_view pair = trimSpaces(piece);
        if (pair.empty()) continue;
        std::size_t equals = pair.find('=');
        std::size_t equalsLength = 1;
        if (const std::size_t wide = pair.find("＝"); wide < equals) {
            equals = wide;
            equalsLength = 3;
        }
        const std::string key = toHalfWidth(trimSpaces(pair.substr(0, equals)));
        const char letter = key.size() == 1 ? static_cast<char>(key[0] & ~0x20) : '\0';
        if (equals == std::string_view::npos || letter < 'A' || letter > 'Z') {
            problems.push_back(inQuotes(pair) +
                               " is not a pair; write each as an option letter, = and its "
                               "answer, such as A=找出主要问题, separated by |");
            continue;
        }
        const std::size_t index = static_cast<std::size_t>(letter - 'A');
        if (index >= optionCount) {
            problems.push_back(inQuotes(pair) + " names no option " + optionCountText(optionCount));
        } else if (given[index]) {
            problems.push_back("option " + letterName(index) + " is paired twice");
        } else {
            given[index] = true;
            answers[index] = unescape(pair.substr(equals + equalsLength));
            if (answers[index].empty())
                problems.push_back("option " + letterName(index) + " is paired with nothing");
        }
    }
    for (std::size_t i = 0; i < optionCount; ++i) {
        if (!given[i]) {
            problems.push_back("option " + letterName(i) + " has no answer; pair it as " +
                               letterName(i) + "=...");
        }
    }
    return answers;
}

std::vector<std::string> splitList(std::string_view text) {
    std::vector<std::string> items;
    std::string current;
    auto finish = [&] {
        const std::string_view item = trimSpaces(current);
        if (!item.empty()) items.emplace_back(item);
        current.clear();
    };
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        const char32_t cp = decodeUtf8(text, pos);
        if (cp == U';' || cp == U',' || cp == U'\xFF1B' || cp == U'\xFF0C')
            finish();
        else
            current.append(text.substr(start, pos - start));
    }
    finish();
    return items;
}

}  // namespace tqm::bank
