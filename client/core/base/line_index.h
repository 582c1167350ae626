// Maps byte offsets in a text buffer to 1-based line and column numbers. Built once per file in a
// single pass; each lookup is a binary search, so positions can be computed for every record of a
// large file cheaply. Columns count UTF-8 characters.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace tqm {

struct TextPosition {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
};

class LineIndex {
  public:
    LineIndex() = default;
    explicit LineIndex(std::string_view text);

    TextPosition position(std::size_t offset) const;
    std::size_t lineCount() const { return lineStarts_.size(); }

  private:
    std::string_view text_;
    std::vector<std::size_t> lineStarts_;
};

}  // namespace tqm
