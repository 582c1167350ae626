// UTF-8 checks. Banks written on Chinese Windows machines are often GBK; callers use these to say
// so clearly instead of showing mojibake.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tqm {

bool isValidUtf8(std::string_view bytes);  // SIMD-fast; use on whole files

// Offset of the first byte that does not start or continue a valid UTF-8 sequence, if any.
std::optional<std::size_t> firstInvalidUtf8(std::string_view bytes);

// True when the bytes are not UTF-8 but decode cleanly as GBK/GB18030 double-byte text.
bool looksLikeGbk(std::string_view bytes);

// Strips a leading UTF-8 byte order mark.
std::string_view withoutBom(std::string_view bytes);

// Decodes one code point at `pos` (advancing it); returns U+FFFD for a malformed sequence.
char32_t decodeUtf8(std::string_view text, std::size_t& pos);
void appendUtf8(std::string& out, char32_t codePoint);

}  // namespace tqm
