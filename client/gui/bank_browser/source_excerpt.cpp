#include "bank_browser/source_excerpt.h"

namespace tqm::gui {

std::vector<SourceLine> sourceExcerpt(std::string_view bytes, std::uint32_t line,
                                      std::uint32_t context) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    const std::uint32_t first = line > context ? line - context : 1;
    const std::uint32_t last = line + context;
    std::vector<SourceLine> lines;
    std::uint32_t number = 1;
    std::size_t start = 0;
    while (start <= bytes.size() && number <= last) {
        std::size_t end = bytes.find('\n', start);
        const bool lastLine = end == std::string_view::npos;
        if (lastLine) end = bytes.size();
        if (number >= first) {
            std::string_view text = bytes.substr(start, end - start);
            if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
            std::string expanded;
            for (char c : text) {
                if (c == '\t')
                    expanded += "    ";
                else
                    expanded += c;
            }
            lines.push_back({number, std::move(expanded)});
        }
        if (lastLine) break;
        start = end + 1;
        ++number;
    }
    return lines;
}

}  // namespace tqm::gui
