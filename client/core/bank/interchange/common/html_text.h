// Moodle stores question text as HTML. The bank model holds plain text, so imported HTML is reduced
// to text (line breaks kept, markup dropped, scripts and styles removed with their content) and
// exported text is escaped so that Moodle shows exactly the same characters.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tqm::bank {

enum class HtmlNewlines {
    Collapse,  // format="html": a newline in the source is just white space
    Keep,      // format="moodle_auto_format": a newline in the source is a line break
};

struct HtmlText {
    std::string text;
    // Sources of <img> elements that point outside the file (http://...); the text loses them.
    std::vector<std::string> externalImages;
};

// <br> and the boundaries of block elements (p, div, li, tr, h1..h6, ...) become line breaks,
// entities are decoded, every other tag is dropped, and references to embedded files
// ("@@PLUGINFILE@@/name") are removed. The result is trimmed.
HtmlText htmlToText(std::string_view html, HtmlNewlines newlines = HtmlNewlines::Collapse);

// Decodes character references (&amp; &#20013; &#x4E2D; and the common named ones); anything that
// is not a complete reference is kept as written.
std::string decodeHtmlEntities(std::string_view text);

// Removes "@@PLUGINFILE@@/name" tokens (an embedded file is shown with the question instead).
std::string stripPluginFileReferences(std::string_view text);

// Escapes &, <, > and "; a line break becomes <br>, and spaces that HTML would collapse (runs,
// and spaces at the start or end of a line) become &nbsp;, so htmlToText() gives `text` back.
std::string textToHtml(std::string_view text);

}  // namespace tqm::bank
