// Base64 as Moodle XML embeds files (<file encoding="base64">), through libsodium.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tqm::bank {

// Decodes standard base64 (padding optional); whitespace and line breaks are skipped. Empty when
// the text is not base64.
std::optional<std::string> decodeBase64(std::string_view text);

// Encodes with the standard alphabet and padding, on one line.
std::string encodeBase64(std::string_view bytes);

}  // namespace tqm::bank
