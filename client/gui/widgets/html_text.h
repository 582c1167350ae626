// Turning bank text into HTML for wxHtmlWindow. Every piece of bank text goes through
// htmlEscape: a bank is user input and must never inject markup.
#pragma once

#include <string>
#include <string_view>

namespace tqm::gui {

// "#rrggbb" colours of the current theme (see colours.h: htmlColours()), passed in so
// HTML generation stays pure.
struct HtmlColours {
    std::string text = "#000000";
    std::string background = "#ffffff";
    std::string muted = "#666666";
    std::string correct = "#1b7f3b";
    std::string error = "#c62828";
    std::string tableHeader = "#f0f0f0";
};

// & < > " ' become entities; the text is otherwise unchanged.
std::string htmlEscape(std::string_view text);

// Text for a paragraph: htmlEscape, line breaks become <br>, and <wbr> marks where a line may
// wrap inside Chinese text, which has no spaces for wxHtmlWindow to wrap at (see
// html_word_break.h). No wrap is offered before closing or after opening punctuation.
std::string htmlParagraph(std::string_view text);

// Whether a line may wrap between two characters of Chinese (or mixed) text by the rules above.
bool wrapAllowedBetween(char32_t before, char32_t after);

// The same <wbr> marks added to the text of an HTML document (not inside its tags), for HTML that
// was generated elsewhere, such as a rendered lesson.
std::string htmlWithWordBreaks(std::string_view html);

}  // namespace tqm::gui
