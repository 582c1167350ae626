// The HTML of the question preview: the question as a marker sees it, with its answer key,
// explanation and metadata. Pure string work (no window), so it is tested without a display.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "bank/bank.h"
#include "widgets/html_text.h"

namespace tqm::gui {

struct PixelSize {
    int width = 0;
    int height = 0;
};
// Reads an image file's size; no value when it cannot be read. Passed in so that generating
// HTML decodes no image itself.
using ImageSizeReader = std::function<std::optional<PixelSize>(const std::filesystem::path&)>;

// Wider images are shown scaled down to this width (wxHtmlWindow does not keep the aspect
// ratio by itself, hence the reader).
inline constexpr int kPreviewImageWidth = 360;

// `bankDir` is the folder the question's image paths are relative to.
std::string questionPreviewHtml(const bank::Bank& bank, const bank::Question& question,
                                const std::filesystem::path& bankDir, const HtmlColours& colours,
                                const ImageSizeReader& imageSize = {});

// What the preview shows when no question is selected.
std::string emptyPreviewHtml(const HtmlColours& colours);

}  // namespace tqm::gui
