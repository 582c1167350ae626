#include "bank/native_writer.h"

#include <array>
#include <charconv>
#include <system_error>

#include "base/file_io.h"

namespace tqm::bank {

namespace {

// Characters XML 1.0 cannot carry at all (C0 controls other than tab, newline and carriage
// return) are left out so that whatever an importer produced is still written as well-formed XML.
bool isForbiddenControl(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

void appendText(std::string& out, std::string_view text) {
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            // A raw carriage return would be folded into a newline by any XML parser.
            case '\r':
                out += "&#13;";
                break;
            default:
                if (!isForbiddenControl(c)) out += c;
        }
    }
}

// Attribute values are normalised by XML parsers (newlines and tabs become spaces), so those are
// written as character references to survive a round trip.
void appendAttributeValue(std::string& out, std::string_view value) {
    for (char c : value) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\t':
                out += "&#9;";
                break;
            case '\n':
                out += "&#10;";
                break;
            case '\r':
                out += "&#13;";
                break;
            default:
                if (!isForbiddenControl(c)) out += c;
        }
    }
}

// The shortest decimal that reads back as the same double, never in exponent form: "1", "0.5",
// "2.25".
std::string formatDecimal(double value) {
    std::array<char, 400> buffer{};
    auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                   std::chars_format::fixed);
    return ec == std::errc{} ? std::string(buffer.data(), end) : std::string("0");
}

class XmlWriter {
  public:
    std::string take() { return std::move(out_); }

    void line(int depth, std::string_view markup) {
        indent(depth);
        out_ += markup;
        out_ += '\n';
    }

    // Opens "<name" at `depth`; attributes and the end of the tag follow.
    void start(int depth, std::string_view name) {
        indent(depth);
        out_ += '<';
        out_ += name;
    }
    void startInline(std::string_view name) {
        out_ += '<';
        out_ += name;
    }
    void attribute(std::string_view name, std::string_view value) {
        out_ += ' ';
        out_ += name;
        out_ += "=\"";
        appendAttributeValue(out_, value);
        out_ += '"';
    }
    void closeStart() { out_ += '>'; }
    void text(std::string_view text) { appendText(out_, text); }
    void closeEmpty() { out_ += "/>"; }
    void end(std::string_view name) {
        out_ += "</";
        out_ += name;
        out_ += '>';
    }
    void newline() { out_ += '\n'; }
    void endLine(int depth, std::string_view name) {
        indent(depth);
        end(name);
        newline();
    }

    void textElementInline(std::string_view name, std::string_view text) {
        startInline(name);
        closeStart();
        appendText(out_, text);
        end(name);
    }
    void textElement(int depth, std::string_view name, std::string_view text) {
        indent(depth);
        textElementInline(name, text);
        newline();
    }
    void optionalTextElement(int depth, std::string_view name, std::string_view text) {
        if (!text.empty()) textElement(depth, name, text);
    }

    // <tags><tag>a</tag><tag>b</tag></tags> on one line: short lists read best that way.
    void list(int depth, std::string_view listName, std::string_view itemName,
              const std::vector<std::string_view>& items) {
        if (items.empty()) return;
        start(depth, listName);
        closeStart();
        for (std::string_view item : items) textElementInline(itemName, item);
        end(listName);
        newline();
    }

  private:
    void indent(int depth) { out_.append(static_cast<std::size_t>(depth) * 2, ' '); }

    std::string out_;
};

void writeCategory(XmlWriter& w, const Category& c, int depth) {
    w.start(depth, "category");
    w.attribute("id", c.id);
    w.attribute("title", c.title);
    if (c.children.empty()) {
        w.closeEmpty();
        w.newline();
        return;
    }
    w.closeStart();
    w.newline();
    for (const Category& child : c.children) writeCategory(w, child, depth + 1);
    w.endLine(depth, "category");
}

void writeQuestionStart(XmlWriter& w, const Question& q, std::string_view element) {
    w.start(2, element);
    w.attribute("id", q.id);
    w.attribute("category", q.category);
    if (!q.title.empty()) w.attribute("title", q.title);
    if (q.difficulty != 3) w.attribute("difficulty", std::to_string(q.difficulty));
    if (q.points != 1.0) w.attribute("points", formatDecimal(q.points));
    if (q.type == QuestionType::MultipleChoice && q.scoring)
        w.attribute("scoring", scoringName(*q.scoring));
    if (q.type == QuestionType::TrueFalse) w.attribute("answer", q.answerTrue ? "true" : "false");
    if (q.type == QuestionType::FillBlank && q.caseSensitive) w.attribute("case-sensitive", "true");
    w.closeStart();
    w.newline();
}

void writeBlank(XmlWriter& w, const Blank& blank) {
    w.start(3, "blank");
    if (blank.number) {
        w.attribute("number", formatDecimal(*blank.number));
        if (blank.tolerance != 0.0) w.attribute("tolerance", formatDecimal(blank.tolerance));
    }
    if (blank.accepted.empty()) {
        w.closeEmpty();
    } else {
        w.closeStart();
        for (std::string_view accepted : blank.accepted) w.textElementInline("accept", accepted);
        w.end("blank");
    }
    w.newline();
}

void writeTypeParts(XmlWriter& w, const Question& q) {
    switch (q.type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
            for (const Choice& c : q.choices) {
                w.start(3, "option");
                if (c.correct) w.attribute("correct", "true");
                w.closeStart();
                w.text(c.text);
                w.end("option");
                w.newline();
            }
            break;
        case QuestionType::TrueFalse:
            break;
        case QuestionType::FillBlank:
            for (const Blank& blank : q.blanks) writeBlank(w, blank);
            break;
        case QuestionType::Ordering:
            for (const Choice& item : q.choices) w.textElement(3, "item", item.text);
            break;
        case QuestionType::Matching:
            for (const MatchPair& pair : q.pairs) {
                w.start(3, "pair");
                w.closeStart();
                w.textElementInline("prompt", pair.prompt);
                w.textElementInline("answer", pair.answer);
                w.end("pair");
                w.newline();
            }
            break;
        case QuestionType::ShortAnswer:
            w.optionalTextElement(3, "reference", q.referenceAnswer);
            w.optionalTextElement(3, "grading", q.gradingNotes);
            break;
    }
}

void writeQuestion(XmlWriter& w, const Question& q) {
    const std::string_view element = typeName(q.type);
    writeQuestionStart(w, q, element);
    w.textElement(3, "stem", q.stem);
    for (std::string_view image : q.images) {
        w.start(3, "image");
        w.attribute("src", image);
        w.closeEmpty();
        w.newline();
    }
    writeTypeParts(w, q);
    w.optionalTextElement(3, "explanation", q.explanation);
    w.optionalTextElement(3, "source", q.source);
    w.list(3, "tags", "tag", q.tags);
    w.list(3, "positions", "position", q.positions);
    w.endLine(2, element);
}

}  // namespace

std::string writeBankXml(const Bank& bank) {
    XmlWriter w;
    w.line(0, R"(<?xml version="1.0" encoding="UTF-8"?>)");
    w.start(0, "bank");
    w.attribute("format", "1");
    w.attribute("id", bank.id);
    w.attribute("version", bank.version);
    w.attribute("language", bank.language);
    if (bank.scoring != MultipleChoiceScoring::AllOrNothing)
        w.attribute("scoring", scoringName(bank.scoring));
    w.closeStart();
    w.newline();
    w.textElement(1, "title", bank.title);
    w.optionalTextElement(1, "organization", bank.organization);
    w.optionalTextElement(1, "description", bank.description);
    if (!bank.categories.empty()) {
        w.line(1, "<categories>");
        for (const Category& c : bank.categories) writeCategory(w, c, 2);
        w.line(1, "</categories>");
    }
    if (bank.questions.empty()) {
        w.line(1, "<questions/>");
    } else {
        w.line(1, "<questions>");
        for (const Question& q : bank.questions) writeQuestion(w, q);
        w.line(1, "</questions>");
    }
    w.line(0, "</bank>");
    return w.take();
}

std::string writeBankFile(const Bank& bank, const std::filesystem::path& file) {
    const std::string xml = writeBankXml(bank);
    return writeFileAtomically(file, xml);
}

}  // namespace tqm::bank
