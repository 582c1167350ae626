// The lines around a problem in a source file, for showing it in place. Pure string work.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tqm::gui {

struct SourceLine {
    std::uint32_t number = 0;  // 1-based
    std::string text;          // without the line end; tabs as four spaces
};

// Lines `line - context` .. `line + context` of `bytes` (those that exist). Line ends may be LF
// or CRLF; a leading UTF-8 byte order mark is dropped.
std::vector<SourceLine> sourceExcerpt(std::string_view bytes, std::uint32_t line,
                                      std::uint32_t context);

}  // namespace tqm::gui
