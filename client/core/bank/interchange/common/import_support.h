// What the text importers (GIFT, CSV) share: stable ids derived from text, the category tree
// built from paths such as "工具/老七种工具/排列图", the file-level encoding check and the final
// validation pass that keeps only questions without errors.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "bank/bank.h"
#include "bank/interchange/import_result.h"
#include "base/diagnostic.h"

namespace tqm::bank {

// Lower-case ASCII letters and digits of `text`; every other run of characters becomes one "-".
// Empty when `text` has no ASCII letter or digit (Chinese titles).
std::string slugify(std::string_view text);

// `prefix` followed by the first eight hex digits of the SHA-256 of `text`, e.g. "q-1f3a09c2":
// the same text gives the same id on every machine and in every release.
std::string hashId(std::string_view prefix, std::string_view text);

// Hands out ids unique within one import: the first request gets `base`, later ones for the same
// base get "base-2", "base-3", ...
class IdAllocator {
  public:
    void reserve(std::string_view id) { used_.emplace(id); }
    std::string claim(std::string_view base);

  private:
    std::unordered_set<std::string> used_;
};

// Builds the bank's category tree from title paths. A category's id is its parent's id, ".", and
// the slug of its title (or "c" + hash of the whole path when the title has no ASCII letters),
// so the same file always yields the same ids.
class CategoryTreeBuilder {
  public:
    explicit CategoryTreeBuilder(Bank& bank) : bank_(bank) {}

    // The id of the category at `titles` (root first), created with `pos` when missing.
    // `titles` must not be empty.
    std::string_view ensure(const std::vector<std::string>& titles, SourcePos pos);

    // The category that questions without one go to: id "uncategorized", title "未分类".
    std::string_view fallback(SourcePos pos);

  private:
    struct Node {
        std::vector<std::size_t> path;  // child indexes from bank.categories down to it
        std::string_view id;
    };
    Category& at(const std::vector<std::size_t>& path);
    // As ensure(), with `rootSlug` (when not empty) as the id of a newly made root.
    std::string_view ensureWithRootSlug(const std::vector<std::string>& titles, SourcePos pos,
                                        std::string_view rootSlug);

    Bank& bank_;
    std::unordered_map<std::string, Node> nodes_;  // by the titles from the root, '\n'-joined
    IdAllocator ids_;
};

// Splits a category path on "/" (and the full-width "／"); "//" stands for a "/" inside a title,
// as in Moodle. Segments are trimmed; empty ones are dropped.
std::vector<std::string> splitCategoryPath(std::string_view path);

// Gives an imported bank its identity: id and title from the file name, version "1.0.0", and the
// language "zh-CN" when the text contains Chinese characters, else "en".
void nameImportedBank(Bank& bank, std::string_view fileName, std::string_view text);

// Adds a "not-utf8" error and returns false when `bytes` is not UTF-8, naming GBK when it looks
// like GBK and how to convert it; `saveAsHint` says how the file's usual editor saves UTF-8.
bool checkUtf8(std::string_view bytes, std::string_view saveAsHint, DiagnosticSink& sink);

// Runs validateBank over `result.bank`, moves every question that has an error at its position
// out of the bank (counting it in `rejected`), sets `imported` and reindexes.
void finishImport(ImportResult& result, const std::string& fileName);

// `text` without surrounding spaces, in double quotes: how messages quote what a file says.
std::string inQuotes(std::string_view text);

// A decimal number such as "1.33", "-100" or "+5" (no thousands separators, no exponent needed);
// surrounding spaces are allowed, anything else is not.
std::optional<double> parseDecimal(std::string_view text);

// The shortest text that reads back as `value`: "50", not "50.000000".
std::string formatDecimal(double value);

// A short name for a record in messages: its title, or its first `maxChars` characters.
std::string shortName(std::string_view title, std::string_view text, std::size_t maxChars = 24);

}  // namespace tqm::bank
