#include "learn/lesson_page.h"

namespace tqm::gui {

namespace {

// Replaces every "<tag" + ">" or " " opening with the same tag carrying `attributes`.
void addAttributes(std::string& html, std::string_view tag, const std::string& attributes) {
    const std::string open = "<" + std::string(tag);
    for (std::size_t at = html.find(open); at != std::string::npos; at = html.find(open, at + 1)) {
        const std::size_t after = at + open.size();
        if (after >= html.size() || (html[after] != '>' && html[after] != ' ')) continue;
        html.insert(after, " " + attributes);
    }
}

}  // namespace

std::string lessonPageHtml(std::string_view lessonHtml, const HtmlColours& colours) {
    std::string body = htmlWithWordBreaks(lessonHtml);
    addAttributes(body, "table", "border=\"1\" cellspacing=\"0\" cellpadding=\"6\"");
    addAttributes(body, "th", "bgcolor=\"" + colours.tableHeader + "\"");
    // Figures are drawn large (1600 pixels wide) so that they stay sharp on any screen.
    addAttributes(body, "img", "width=\"92%\"");
    return "<html><body bgcolor=\"" + colours.background + "\" text=\"" + colours.text + "\">" +
           body + "</body></html>";
}

}  // namespace tqm::gui
