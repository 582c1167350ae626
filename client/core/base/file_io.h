// Reading and writing whole files the way the product needs: a write either completes or leaves
// the previous file untouched, even across a crash or a power cut.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace tqm {

// Writes `bytes` to a temporary file beside `file`, flushes it to the disk, then renames it over
// `file`. Returns an empty string on success, otherwise a message naming the file and the reason;
// on failure `file` is unchanged and the temporary file is removed. With `permissions` the
// temporary file gets them before any byte is written, so a secret is never readable by others,
// not even for a moment.
std::string writeFileAtomically(const std::filesystem::path& file, std::string_view bytes,
                                std::optional<std::filesystem::perms> permissions = std::nullopt);

}  // namespace tqm
