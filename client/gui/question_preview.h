// The HTML of the question preview: the question as a marker sees it, with its answer key,
// explanation and metadata. Pure string work (no window), so it is tested without a display.
#pragma once

#include <filesystem>
#include <string>

#include "bank/bank.h"
#include "html_text.h"

namespace tqm::gui {

// `bankDir` is the folder the question's image paths are relative to.
std::string questionPreviewHtml(const bank::Bank& bank, const bank::Question& question,
                                const std::filesystem::path& bankDir, const HtmlColours& colours);

// What the preview shows when no question is selected.
std::string emptyPreviewHtml(const HtmlColours& colours);

}  // namespace tqm::gui
