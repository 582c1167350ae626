// The SVG text of the icons under client/resources/icons, compiled into the program.
#pragma once

#include <string_view>

namespace tqm::gui {

// The SVG source of the icon `name` (the file name without ".svg"); empty when there is none.
std::string_view embeddedIconSvg(std::string_view name);

}  // namespace tqm::gui
