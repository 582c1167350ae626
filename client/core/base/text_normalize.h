// Text normalisation shared by answer matching and duplicate detection.
#pragma once

#include <string>
#include <string_view>

namespace tqm {

// Full-width ASCII forms (U+FF01..U+FF5E) become their half-width forms and the ideographic
// space U+3000 becomes a plain space; everything else is kept.
std::string toHalfWidth(std::string_view text);

// Trims ASCII whitespace and the ideographic space from both ends.
std::string_view trimSpaces(std::string_view text);

// How a learner's fill-in-the-blank answer and an accepted answer are compared: half-width forms,
// no surrounding spaces, runs of inner spaces collapsed to one, ASCII letters lower-cased unless
// the question is case-sensitive.
std::string normalizeBlankAnswer(std::string_view answer, bool caseSensitive);

// The key two question stems share when they are near-duplicates: half-width forms, lower case,
// with all whitespace and punctuation (ASCII and CJK) removed.
std::string duplicateKey(std::string_view stem);
// The same into `out`, whose storage is reused: the validator keys every stem of a bank.
void duplicateKeyInto(std::string_view stem, std::string& out);

}  // namespace tqm
