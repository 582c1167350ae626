// The HTML the lesson reader shows: a lesson rendered by the core (course::renderLesson) dressed
// for wxHtmlWindow, which ignores CSS: the theme's colours on <body>, ruled tables with padded
// cells, figures scaled to the page's width, and <wbr> marks so Chinese text wraps. Pure string
// work, tested without a display.
#pragma once

#include <string>
#include <string_view>

#include "widgets/html_text.h"

namespace tqm::gui {

std::string lessonPageHtml(std::string_view lessonHtml, const HtmlColours& colours);

}  // namespace tqm::gui
