#include "bank/interchange/gift/gift.h"

#include <span>

#include "bank/interchange/common/import_support.h"
#include "bank/interchange/gift/gift_answers.h"
#include "bank/interchange/gift/gift_syntax.h"
#include "base/encoding_check.h"
#include "base/text_normalize.h"
#include "base/utf8.h"

namespace tqm::bank {

namespace {

constexpr auto npos = std::string_view::npos;

struct Line {
    std::string_view text;  // without its line break
    std::uint32_t number = 0;
};

// Questions are separated by blank lines. Comment lines ("//" first) neither separate nor belong
// to a question, as in Moodle.
std::vector<std::vector<Line>> splitBlocks(std::string_view text) {
    std::vector<std::vector<Line>> blocks(1);
    std::uint32_t number = 0;
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (line.ends_with('\r')) line.remove_suffix(1);
        ++number;
        start = end + 1;
        const std::string_view trimmed = trimSpaces(line);
        if (trimmed.empty()) {
            if (!blocks.back().empty()) blocks.emplace_back();
        } else if (!trimmed.starts_with("//")) {
            blocks.back().push_back({line, number});
        }
    }
    if (blocks.back().empty()) blocks.pop_back();
    return blocks;
}

SourcePos startOf(const Line& line) {
    const std::size_t indent = line.text.find_first_not_of(" \t");
    return {line.number, static_cast<std::uint32_t>(indent == npos ? 1 : indent + 1)};
}

// "$course$/top/Quality/Tools" -> {"Quality", "Tools"}: Moodle's context prefix and its "top"
// category name no place in a bank.
std::vector<std::string> categoryTitles(std::string_view path) {
    path = trimSpaces(path);
    if (path.starts_with('$')) {
        const std::size_t close = path.find('$', 1);
        if (close != npos) path.remove_prefix(close + 1);
    }
    std::vector<std::string> titles = splitCategoryPath(path);
    if (!titles.empty() && titles.front() == "top") titles.erase(titles.begin());
    return titles;
}

class GiftImporter {
  public:
    GiftImporter(ImportResult& result, const std::string& fileName)
        : result_(result), sink_(result.diagnostics, fileName), categories_(result.bank) {}

    void block(std::span<const Line> lines) {
        const std::string_view first = trimSpaces(lines.front().text);
        if (first.starts_with("$CATEGORY:")) {
            const std::vector<std::string> titles = categoryTitles(first.substr(10));
            category_ = titles.empty() ? std::string_view{}
                                       : categories_.ensure(titles, startOf(lines.front()));
            lines = lines.subspan(1);
            if (lines.empty()) return;
        }
        question(lines);
    }

  private:
    void question(std::span<const Line> lines);
    void report(Severity severity, SourcePos pos, std::string code, const std::string& name,
                const std::string& message) {
        sink_.add(severity, pos.line, pos.column, std::move(code),
                  "question \"" + name + "\": " + message);
    }
    void reject(SourcePos pos, std::string code, const std::string& name,
                const std::string& message) {
        report(Severity::Error, pos, std::move(code), name, message);
        ++result_.rejected;
    }

    ImportResult& result_;
    DiagnosticSink sink_;
    CategoryTreeBuilder categories_;
    IdAllocator ids_;
    std::string_view category_;  // set by the last $CATEGORY:
};

void GiftImporter::question(std::span<const Line> lines) {
    const SourcePos pos = startOf(lines.front());
    std::string joined;
    for (const Line& line : lines) joined.append(line.text).append("\n");
    std::string_view text = trimSpaces(joined);
    Bank& bank = result_.bank;

    std::string title;
    if (text.starts_with("::")) {
        const std::size_t close = findUnescaped(text, "::", 2);
        if (close == npos) {
            return reject(pos, "gift-unclosed-title", shortName({}, text),
                          "the title opened with :: is not closed with ::");
        }
        title = giftPlainText(text.substr(2, close - 2), GiftFormat::Plain);
        text.remove_prefix(close + 2);
    }
    const GiftFormat format = takeGiftFormat(text, GiftFormat::Moodle);
    const std::size_t open = findUnescaped(text, "{");
    const std::string name = shortName(title, giftPlainText(text.substr(0, open), format));
    if (open == npos) {
        if (findUnescaped(text, "}") != npos)
            return reject(pos, "gift-unexpected-brace", name, "it has a } without a {");
        report(Severity::Warning, pos, "gift-description", name,
               "it has no answer section {...}: it is a description, not a question, and was "
               "not imported");
        ++result_.rejected;
        return;
    }
    const std::size_t close = findUnescaped(text, "}", open + 1);
    const std::size_t reopen = findUnescaped(text, "{", open + 1);
    if (close == npos || reopen < close) {
        return reject(pos, "gift-unclosed-brace", name,
                      "the answer section opened with { is not closed with }");
    }
    const std::string_view after = text.substr(close + 1);
    if (findUnescaped(after, "{") != npos)
        return reject(pos, "gift-unsupported", name, "it has more than one answer section {...}");

    // Text after the answers makes it a missing-word question: the answers fill the gap.
    std::string stem(text.substr(0, open));
    if (!trimSpaces(after).empty()) stem.append("____").append(after);

    Question q;
    std::vector<GiftIssue> issues;
    const bool ok =
        readGiftAnswers(text.substr(open + 1, close - open - 1), format, bank, q, issues);
    for (GiftIssue& issue : issues)
        report(issue.severity, pos, std::move(issue.code), name, issue.message);
    if (!ok) {
        ++result_.rejected;
        return;
    }
    const std::string plainStem = giftPlainText(stem, format);
    q.stem = bank.keep(plainStem);
    if (!title.empty()) q.title = bank.keep(title);
    std::string base = slugify(title);
    if (base.empty()) base = hashId("q-", title.empty() ? plainStem : title);
    q.id = bank.keep(ids_.claim(base));
    q.category = category_.empty() ? uncategorized(categories_, pos) : category_;
    q.pos = pos;
    bank.questions.push_back(std::move(q));
}

}  // namespace

ImportResult importGift(std::string_view bytes, std::string fileName) {
    ImportResult result;
    DiagnosticSink sink(result.diagnostics, fileName);
    const std::string_view text = withoutBom(bytes);
    nameImportedBank(result.bank, fileName, text);
    if (!reportIfNotUtf8(text, "save it as UTF-8 in your editor", sink)) return result;

    GiftImporter importer(result, fileName);
    for (const std::vector<Line>& block : splitBlocks(text)) importer.block(block);
    finishImport(result, fileName);
    return result;
}

}  // namespace tqm::bank
