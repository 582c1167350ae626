// The HTML of the Home screen's summary of the loaded banks: identity, counts by type and by
// difficulty, and how many problems were found. Pure string work, tested without a display.
#pragma once

#include <string>

#include "bank_browser/bank_library.h"
#include "bank_browser/question_preview.h"

namespace tqm::gui {

std::string homeSummaryHtml(const BankLibrary& library, const HtmlColours& colours);

}  // namespace tqm::gui
