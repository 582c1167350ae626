// <wbr> for wxHtmlWindow. wxHtmlWindow wraps lines only at spaces, so a paragraph of Chinese,
// which has none, would run off the right edge. htmlParagraph() marks each place a line may
// wrap with <wbr>, and this handler turns it into an empty cell that allows a line break.
#pragma once

#include <wx/html/htmlwin.h>

namespace tqm::gui {

// Teaches `window` the <wbr> tag; call once after creating it.
void enableWordBreakTag(wxHtmlWindow& window);

}  // namespace tqm::gui
