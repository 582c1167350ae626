#include "base/line_index.h"

#include <algorithm>
#include <cstring>

namespace tqm {

LineIndex::LineIndex(std::string_view text) : text_(text) {
    lineStarts_.push_back(0);
    const char* begin = text.data();
    const char* end = begin + text.size();
    for (const char* p = begin; p < end;) {
        const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
        if (!nl) break;
        p = static_cast<const char*>(nl) + 1;
        lineStarts_.push_back(static_cast<std::size_t>(p - begin));
    }
}

TextPosition LineIndex::position(std::size_t offset) const {
    if (lineStarts_.empty()) return {};
    offset = std::min(offset, text_.size());
    auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
    const std::size_t lineIndex = static_cast<std::size_t>(it - lineStarts_.begin()) - 1;
    std::uint32_t column = 1;
    for (std::size_t i = lineStarts_[lineIndex]; i < offset; ++i) {
        // Count every byte that is not a UTF-8 continuation byte: one per character.
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
    }
    return {static_cast<std::uint32_t>(lineIndex + 1), column};
}

}  // namespace tqm
