// The text layer of GIFT (https://docs.moodle.org/en/GIFT_format): backslash escapes, the
// [html]/[moodle]/[plain]/[markdown] format prefixes, and turning marked-up text into the plain
// text a bank holds.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tqm::bank {

enum class GiftFormat { Moodle, Html, Plain, Markdown };

// The index of the first `needle` at or after `from` whose first character is not escaped by a
// backslash; npos when there is none.
std::size_t findUnescaped(std::string_view text, std::string_view needle, std::size_t from = 0);

// Replaces the escapes \~ \= \# \{ \} \: \\ with the character and \n with a line break; any
// other backslash is kept as written.
std::string unescapeGift(std::string_view text);

// Removes a leading format prefix (after spaces) from `text` and returns it; `fallback` when
// there is none.
GiftFormat takeGiftFormat(std::string_view& text, GiftFormat fallback);

// The plain text of a GIFT text written in `format`: escapes replaced, HTML reduced to text,
// surrounding spaces trimmed. Markdown and Moodle auto-format are readable as they are.
std::string giftPlainText(std::string_view text, GiftFormat format);

}  // namespace tqm::bank
