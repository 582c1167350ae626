// Report-list columns that are never narrower than their own heading: a width chosen for Chinese
// headings would clip the longer English ones ("Employee no."), and a larger font setting widens
// every heading.
#pragma once

#include <wx/listctrl.h>

namespace tqm::gui {

// Appends a column at least `minWidthDip` wide and wide enough for `heading`.
long appendFittedColumn(wxListCtrl& list, const wxString& heading, int minWidthDip);

}  // namespace tqm::gui
