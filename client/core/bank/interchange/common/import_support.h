// What the text importers (GIFT, CSV) share besides ids and the category tree: the fallback
// category, the bank's identity, the file-level encoding check and the final validation pass that
// keeps only questions without errors.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/bank.h"
#include "bank/interchange/common/category_tree.h"
#include "bank/interchange/common/stable_ids.h"
#include "bank/interchange/import_result.h"
#include "base/diagnostic.h"

namespace tqm::bank {

// The category that questions without one go to: id "uncategorized", title "未分类".
std::string_view uncategorized(CategoryTreeBuilder& categories, SourcePos pos);

// Whether `text` holds a CJK unified ideograph: what decides an imported bank's language.
bool containsChinese(std::string_view text);

// Gives an imported bank its identity: id and title from the file name, version "1.0.0", and the
// language "zh-CN" when the text contains Chinese characters, else "en".
void nameImportedBank(Bank& bank, std::string_view fileName, std::string_view text);

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
