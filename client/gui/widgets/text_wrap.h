// Wrapping a label to a width. wxStaticText::Wrap breaks lines only at spaces, so Chinese, which
// has none, would not wrap at all, or break around each Latin word in it; this breaks between
// Chinese characters too (html_text.h: wrapAllowedBetween) and at spaces.
#pragma once

#include <wx/stattext.h>
#include <wx/string.h>

namespace tqm::gui {

// `text` with line breaks so that no line is wider than `width` pixels in `window`'s font.
wxString wrappedText(const wxWindow& window, const wxString& text, int width);

// Sets the label of `label` to `text` wrapped to `width`.
void setWrappedLabel(wxStaticText& label, const wxString& text, int width);

}  // namespace tqm::gui
