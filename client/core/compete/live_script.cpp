#include "compete/live_script.h"

#include <algorithm>
#include <charconv>

namespace tqm::compete {

namespace {

// Characters, not bytes, so that columns match what an editor shows for Chinese names.
std::size_t characterCount(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

struct Word {
    std::string text;
    std::uint32_t column = 0;  // 1-based, in characters
};

// Splits a line into words; "..." keeps spaces in a word. A # outside quotes ends the line.
bool splitWords(std::string_view line, std::vector<Word>& words, std::uint32_t& badColumn) {
    std::size_t i = 0;
    const auto columnAt = [&](std::size_t byte) {
        return static_cast<std::uint32_t>(characterCount(line.substr(0, byte)) + 1);
    };
    while (i < line.size()) {
        if (line[i] == ' ' || line[i] == '\t' || line[i] == '\r') {
            ++i;
            continue;
        }
        if (line[i] == '#') break;
        Word word{{}, columnAt(i)};
        if (line[i] == '"') {
            const std::size_t close = line.find('"', i + 1);
            if (close == std::string_view::npos) {
                badColumn = word.column;
                return false;
            }
            word.text = std::string(line.substr(i + 1, close - i - 1));
            i = close + 1;
        } else {
            const std::size_t end = std::min(line.find_first_of(" \t\r#", i), line.size());
            word.text = std::string(line.substr(i, end - i));
            i = end;
        }
        words.push_back(std::move(word));
    }
    return true;
}

std::optional<std::int64_t> parseInteger(std::string_view text, bool requireSign) {
    const bool signed_ = !text.empty() && (text[0] == '+' || text[0] == '-');
    if (requireSign && !signed_) return std::nullopt;
    const bool negative = signed_ && text[0] == '-';
    if (signed_) text.remove_prefix(1);
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc{} || end != text.data() + text.size() ||
        value > 100'000'000)
        return std::nullopt;
    return negative ? -value : value;
}

class LineParser {
  public:
    LineParser(const TeamContest& contest, DiagnosticSink& sink, std::uint32_t line)
        : contest_(contest), sink_(sink), line_(line) {}

    // The event of `words`, or nothing after reporting why.
    std::optional<EventBody> parse(const std::vector<Word>& words, std::int64_t& now,
                                   std::int64_t& atMs);

  private:
    bool arguments(const std::vector<Word>& words, std::size_t least, std::size_t most,
                   std::string_view usage) {
        const std::size_t given = words.size() - 1;
        if (given < least) {
            error(words[0].column, "missing-argument",
                  "'" + words[0].text + "' needs more: write " + std::string(usage));
            return false;
        }
        if (given > most) {
            error(words[most + 1].column, "unexpected-argument",
                  "'" + words[0].text + "' takes no more than this: write " + std::string(usage));
            return false;
        }
        return true;
    }
    std::optional<std::size_t> team(const Word& word) {
        if (const auto found = contest_.findTeam(word.text)) return found;
        std::string known;
        for (const Team& team : contest_.teams) known += (known.empty() ? "" : ", ") + team.name;
        error(word.column, "unknown-team",
              "no team is called \"" + word.text + "\"; the teams are " + known);
        return std::nullopt;
    }
    std::optional<std::int64_t> number(const Word& word, bool signed_, std::string_view what) {
        if (const auto value = parseInteger(word.text, signed_)) return value;
        error(word.column, "bad-number", "\"" + word.text + "\" is not " + std::string(what));
        return std::nullopt;
    }
    void error(std::uint32_t column, std::string code, std::string message) {
        sink_.error(line_, column, std::move(code), std::move(message));
    }

    const TeamContest& contest_;
    DiagnosticSink& sink_;
    std::uint32_t line_;
};

std::optional<EventBody> LineParser::parse(const std::vector<Word>& words, std::int64_t& now,
                                           std::int64_t& atMs) {
    const std::string& command = words[0].text;
    atMs = now;
    const auto simple = [&](EventBody body) -> std::optional<EventBody> {
        if (!arguments(words, 0, 0, command)) return std::nullopt;
        return body;
    };
    if (command == "show") return simple(ShowQuestion{});
    if (command == "open") return simple(OpenBuzzing{});
    if (command == "start") return simple(StartTimer{});
    if (command == "right") return simple(Judge{true});
    if (command == "wrong") return simple(Judge{false});
    if (command == "timeout") return simple(TimeOut{});
    if (command == "next") return simple(Next{});
    if (command == "undo") return simple(Undo{});
    if (command == "buzz" || command == "key") {
        const bool byKey = command == "key";
        if (!arguments(words, 1, 2, byKey ? "key KEY [+MS]" : "buzz TEAM [+MS]"))
            return std::nullopt;
        std::optional<std::size_t> who;
        if (byKey) {
            who = contest_.teamForKey(words[1].text);
            if (!who) {
                error(words[1].column, "unknown-key",
                      "no team's buzzer sends the key \"" + words[1].text + "\"");
                return std::nullopt;
            }
        } else {
            who = team(words[1]);
        }
        std::int64_t offset = 0;
        if (words.size() == 3) {
            const auto value = number(words[2], true, "an offset in milliseconds such as +1200");
            if (!value) return std::nullopt;
            offset = *value;
        }
        if (!who) return std::nullopt;
        atMs = now + offset;
        return Buzz{*who};
    }
    if (command == "risk") {
        if (!arguments(words, 2, 2, "risk TEAM VALUE|pass")) return std::nullopt;
        const auto who = team(words[1]);
        if (words[2].text == "pass")
            return who ? std::optional<EventBody>(ChooseRisk{*who, {}}) : std::nullopt;
        const auto value = number(words[2], false, "a stake such as 20, or pass");
        if (!who || !value) return std::nullopt;
        return ChooseRisk{*who, static_cast<int>(*value)};
    }
    if (command == "adjust") {
        if (!arguments(words, 3, 3, "adjust TEAM +N|-N \"REASON\"")) return std::nullopt;
        const auto who = team(words[1]);
        const auto delta = number(words[2], true, "a signed number of points such as -5");
        if (!who || !delta) return std::nullopt;
        return Adjust{*who, static_cast<int>(*delta), words[3].text};
    }
    if (command == "wait") {
        if (!arguments(words, 1, 1, "wait MS")) return std::nullopt;
        const auto value = number(words[1], false, "a number of milliseconds such as 10000");
        if (value) now += *value;
        return std::nullopt;
    }
    error(words[0].column, "unknown-command",
          "unknown command \"" + command +
              "\"; write show, open, buzz, key, start, right, wrong, risk, timeout, next, "
              "adjust, undo or wait");
    return std::nullopt;
}

}  // namespace

ScriptParse parseLiveScript(std::string fileName, std::string_view text,
                            const TeamContest& contest) {
    ScriptParse result;
    DiagnosticSink sink(result.diagnostics, std::move(fileName));
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    std::int64_t now = 0;
    std::int64_t latestPress = 0;
    std::uint32_t lineNumber = 0;
    while (!text.empty() || lineNumber == 0) {
        ++lineNumber;
        const std::size_t end = std::min(text.find('\n'), text.size());
        const std::string_view line = text.substr(0, end);
        text.remove_prefix(std::min(end + 1, text.size()));
        std::vector<Word> words;
        std::uint32_t badColumn = 0;
        if (!splitWords(line, words, badColumn)) {
            sink.error(lineNumber, badColumn, "unclosed-quote", "the quote is not closed");
            continue;
        }
        if (words.empty()) continue;
        std::int64_t atMs = now;
        LineParser parser(contest, sink, lineNumber);
        if (auto body = parser.parse(words, now, atMs)) {
            // Host actions come after every press seen so far; presses keep their own times.
            if (std::holds_alternative<Buzz>(*body)) {
                latestPress = std::max(latestPress, atMs);
            } else {
                now = std::max(now, latestPress);
                atMs = now;
            }
            result.events.push_back({lineNumber, words[0].column, {atMs, std::move(*body)}});
        }
    }
    return result;
}

}  // namespace tqm::compete
