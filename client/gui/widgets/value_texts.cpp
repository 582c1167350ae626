#include "widgets/value_texts.h"

#include <wx/datetime.h>

namespace tqm::gui {

namespace {
constexpr std::int64_t kChinaOffsetMs = 8LL * 3600 * 1000;
}

wxString localTimeText(std::int64_t unixMillis) {
    const wxDateTime time(static_cast<wxLongLong>(unixMillis + kChinaOffsetMs));
    return time.Format("%Y-%m-%d %H:%M", wxDateTime::UTC);
}

}  // namespace tqm::gui

namespace tqm::gui {

wxString pointsLabel(exam::Centipoints points) {
    return wxString::FromUTF8(exam::formatPoints(points));
}

}  // namespace tqm::gui
