#include "widgets/list_columns.h"

#include <algorithm>

namespace tqm::gui {

long appendFittedColumn(wxListCtrl& list, const wxString& heading, int minWidthDip) {
    // The heading's own padding and the sort arrow's room, on every platform's header control.
    const int padding = list.FromDIP(24);
    const int width = std::max(list.FromDIP(minWidthDip), list.GetTextExtent(heading).x + padding);
    return list.AppendColumn(heading, wxLIST_FORMAT_LEFT, width);
}

}  // namespace tqm::gui
