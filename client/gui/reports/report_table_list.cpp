#include "reports/report_table_list.h"

#include <algorithm>

namespace tqm::gui {

ReportTableList::ReportTableList(wxWindow* parent,
                                 std::shared_ptr<const reports::ReportDocument> document,
                                 std::size_t table)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_HRULES | wxLC_VRULES),
      document_(std::move(document)),
      table_(document_->tables.at(table)) {
    for (std::size_t col = 0; col < table_.headings.size(); ++col) {
        const bool numeric = !table_.rows.empty() && col < table_.rows.front().size() &&
                             table_.rows.front()[col].kind == reports::CellKind::Number;
        const wxString heading = wxString::FromUTF8(table_.headings[col]);
        // As wide as the heading or the first rows' texts, whichever is wider, within bounds.
        int width = GetTextExtent(heading).x;
        const std::size_t sample = std::min<std::size_t>(table_.rows.size(), 50);
        for (std::size_t row = 0; row < sample; ++row)
            if (col < table_.rows[row].size())
                width = std::max(width,
                                 GetTextExtent(wxString::FromUTF8(table_.rows[row][col].text)).x);
        width = std::clamp(width + FromDIP(24), FromDIP(60), FromDIP(320));
        AppendColumn(heading, numeric ? wxLIST_FORMAT_RIGHT : wxLIST_FORMAT_LEFT, width);
    }
    SetItemCount(static_cast<long>(table_.rows.size()));
}

wxString ReportTableList::OnGetItemText(long item, long column) const {
    const auto row = static_cast<std::size_t>(item);
    const auto col = static_cast<std::size_t>(column);
    if (row >= table_.rows.size() || col >= table_.rows[row].size()) return {};
    return wxString::FromUTF8(table_.rows[row][col].text);
}

}  // namespace tqm::gui
