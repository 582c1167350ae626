#include "html_text.h"

namespace tqm::gui {

std::string htmlEscape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string htmlEscapeLines(std::string_view text) {
    std::string escaped = htmlEscape(text);
    std::string out;
    out.reserve(escaped.size());
    for (char c : escaped) {
        if (c == '\r') continue;
        if (c == '\n')
            out += "<br>";
        else
            out += c;
    }
    return out;
}

}  // namespace tqm::gui
