#include "widgets/text_wrap.h"

#include "widgets/html_text.h"

namespace tqm::gui {

wxString wrappedText(const wxWindow& window, const wxString& text, int width) {
    wxString result;
    for (const wxString& paragraph : wxSplit(text, '\n', '\0')) {
        if (!result.empty()) result += '\n';
        const std::wstring wide = paragraph.ToStdWstring();
        const std::u32string chars(wide.begin(), wide.end());
        std::size_t lineStart = 0;
        std::size_t lastBreak = 0;  // where the line may end: after chars[lastBreak - 1]
        for (std::size_t i = 0; i < chars.size(); ++i) {
            if (i > lineStart && (chars[i] == U' ' || wrapAllowedBetween(chars[i - 1], chars[i])))
                lastBreak = i;
            const wxString candidate(paragraph.Mid(lineStart, i + 1 - lineStart));
            if (window.GetTextExtent(candidate).x <= width || i == lineStart) continue;
            const std::size_t end = lastBreak > lineStart ? lastBreak : i;
            result += paragraph.Mid(lineStart, end - lineStart).Strip(wxString::trailing) + '\n';
            lineStart = end;
            while (lineStart < chars.size() && chars[lineStart] == U' ') ++lineStart;
            lastBreak = lineStart;
            i = lineStart == 0 ? 0 : lineStart - 1;
        }
        result += paragraph.Mid(lineStart);
    }
    return result;
}

void setWrappedLabel(wxStaticText& label, const wxString& text, int width) {
    label.SetLabel(wrappedText(label, text, width));
}

}  // namespace tqm::gui
