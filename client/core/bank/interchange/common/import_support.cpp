#include "bank/interchange/common/import_support.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <set>
#include <utility>

#include "bank/interchange/common/stable_hash.h"
#include "bank/validator.h"
#include "base/line_index.h"
#include "base/text_normalize.h"
#include "base/utf8.h"

namespace tqm::bank {

std::string slugify(std::string_view text) {
    std::string slug;
    bool pendingDash = false;
    for (char c : text) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        const bool upper = c >= 'A' && c <= 'Z';
        if (letter || upper) {
            if (pendingDash && !slug.empty()) slug += '-';
            pendingDash = false;
            slug += upper ? static_cast<char>(c - 'A' + 'a') : c;
        } else {
            pendingDash = true;
        }
    }
    return slug;
}

std::string hashId(std::string_view prefix, std::string_view text) {
    return std::string(prefix) + sha256Hex(text).substr(0, 8);
}

std::string IdAllocator::claim(std::string_view base) {
    std::string id(base);
    for (int n = 2; used_.count(id) > 0; ++n) id = std::string(base) + "-" + std::to_string(n);
    used_.insert(id);
    return id;
}

Category& CategoryTreeBuilder::at(const std::vector<std::size_t>& path) {
    Category* node = &bank_.categories[path.front()];
    for (std::size_t i = 1; i < path.size(); ++i) node = &node->children[path[i]];
    return *node;
}

std::string_view CategoryTreeBuilder::ensure(const std::vector<std::string>& titles,
                                             SourcePos pos) {
    return ensureWithRootSlug(titles, pos, {});
}

std::string_view CategoryTreeBuilder::ensureWithRootSlug(const std::vector<std::string>& titles,
                                                         SourcePos pos, std::string_view rootSlug) {
    std::string key;
    const Node* parent = nullptr;
    for (const std::string& title : titles) {
        if (!key.empty()) key += '\n';
        key += title;
        if (auto found = nodes_.find(key); found != nodes_.end()) {
            parent = &found->second;
            continue;
        }
        std::string segment = parent ? slugify(title) : std::string(rootSlug);
        if (segment.empty()) segment = slugify(title);
        if (segment.empty()) segment = hashId("c", key);
        const std::string base = parent ? std::string(parent->id) + "." + segment : segment;

        Category category;
        category.id = bank_.keep(ids_.claim(base));
        category.title = bank_.keep(title);
        category.pos = pos;
        Node node{parent ? parent->path : std::vector<std::size_t>{}, category.id};
        std::vector<Category>& siblings = parent ? at(parent->path).children : bank_.categories;
        node.path.push_back(siblings.size());
        siblings.push_back(std::move(category));
        parent = &nodes_.emplace(key, std::move(node)).first->second;
    }
    return parent->id;
}

std::string_view CategoryTreeBuilder::fallback(SourcePos pos) {
    return ensureWithRootSlug({"未分类"}, pos, "uncategorized");
}

std::vector<std::string> splitCategoryPath(std::string_view path) {
    std::vector<std::string> segments;
    std::string current;
    auto finish = [&] {
        std::string_view trimmed = trimSpaces(current);
        if (!trimmed.empty()) segments.emplace_back(trimmed);
        current.clear();
    };
    static constexpr std::string_view kFullWidthSlash = "\xEF\xBC\x8F";
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (path[i] == '/' && i + 1 < path.size() && path[i + 1] == '/') {
            current += '/';
            ++i;
        } else if (path[i] == '/') {
            finish();
        } else if (path.substr(i, 3) == kFullWidthSlash) {
            finish();
            i += 2;
        } else {
            current += path[i];
        }
    }
    finish();
    return segments;
}

namespace {

bool containsChinese(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = decodeUtf8(text, pos);
        if (cp >= 0x4E00 && cp <= 0x9FFF) return true;
    }
    return false;
}

}  // namespace

void nameImportedBank(Bank& bank, std::string_view fileName, std::string_view text) {
    std::string stem = std::filesystem::path(std::string(fileName)).filename().string();
    // Drop every extension: "questions.gift.txt" names the bank "questions".
    if (const auto dot = stem.find('.'); dot != std::string::npos && dot > 0) stem.resize(dot);
    std::string id = slugify(stem);
    if (id.empty()) id = hashId("bank-", stem);
    bank.id = bank.keep(id);
    bank.title = bank.keep(stem.empty() ? id : stem);
    bank.version = "1.0.0";
    bank.language = containsChinese(text) ? "zh-CN" : "en";
}

bool checkUtf8(std::string_view bytes, std::string_view saveAsHint, DiagnosticSink& sink) {
    const auto bad = firstInvalidUtf8(bytes);
    if (!bad) return true;
    const TextPosition at = LineIndex(bytes).position(*bad);
    std::string message = looksLikeGbk(bytes) ? "the file is not UTF-8: it looks GBK-encoded; "
                                              : "the file is not UTF-8; ";
    message += "convert it with `iconv -f GBK -t UTF-8 IN > OUT` or ";
    message += saveAsHint;
    sink.error(at.line, at.column, "not-utf8", std::move(message));
    return false;
}

void finishImport(ImportResult& result, const std::string& fileName) {
    std::vector<Diagnostic> found;
    validateBank(result.bank, ValidationContext{fileName, {}}, found);

    std::set<std::pair<std::uint32_t, std::uint32_t>> failed;
    for (const Diagnostic& d : found)
        if (d.severity == Severity::Error) failed.emplace(d.line, d.column);
    const std::size_t before = result.bank.questions.size();
    std::erase_if(result.bank.questions, [&](const Question& q) {
        return failed.count({q.pos.line, q.pos.column}) > 0;
    });
    result.rejected += before - result.bank.questions.size();
    result.imported = result.bank.questions.size();
    result.diagnostics.insert(result.diagnostics.end(), found.begin(), found.end());
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    result.bank.reindex();
}

std::string inQuotes(std::string_view text) {
    return "\"" + std::string(trimSpaces(text)) + "\"";
}

std::optional<double> parseDecimal(std::string_view text) {
    text = trimSpaces(text);
    if (text.starts_with('+')) text.remove_prefix(1);
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::string formatDecimal(double value) {
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc{} ? std::string(buffer, end) : std::string("?");
}

std::string shortName(std::string_view title, std::string_view text, std::size_t maxChars) {
    if (!trimSpaces(title).empty()) return std::string(trimSpaces(title));
    text = trimSpaces(text);
    std::string out;
    std::size_t chars = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        if (chars == maxChars) return out + "…";
        char32_t cp = decodeUtf8(text, pos);
        if (cp == U'\n' || cp == U'\r' || cp == U'\t') cp = U' ';
        appendUtf8(out, cp);
        ++chars;
    }
    return out;
}

}  // namespace tqm::bank
