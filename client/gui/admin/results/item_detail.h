// The page shown for the question selected in the item analysis: its stem, its options with the
// right ones marked and how many people chose each (count, share and a bar), its figures and,
// when flagged, why.
#pragma once

#include <string>

#include "results/item_report.h"
#include "widgets/html_text.h"

namespace tqm::gui {

std::string itemDetailHtml(const results::ItemRow& row, const HtmlColours& colours);

}  // namespace tqm::gui
