// The event log on the host console, newest first: number, time on the competition's timeline,
// what happened in the host's words, and every team's score after it. Virtual, so a long
// competition's log stays quick.
#pragma once

#include <vector>

#include <wx/listctrl.h>

#include "compete/live_session.h"
#include "store/database.h"

namespace tqm::gui {

struct LiveLogEntry {
    std::int64_t seq = 0;
    std::int64_t atMs = 0;
    wxString what;
    std::vector<int> scoresAfter;
};

// Every logged event of `session`'s competition, oldest first.
std::vector<LiveLogEntry> liveLogOf(store::Database& database, compete::LiveSession& session);

class LiveLogList : public wxListCtrl {
  public:
    explicit LiveLogList(wxWindow* parent);

    // Shows `entries` (oldest first) newest first, with a score column per team.
    void setEntries(const compete::TeamContest& contest, std::vector<LiveLogEntry> entries);
    std::size_t entryCount() const { return entries_.size(); }
    // The text of row `row` (0 is the newest) in column `column`.
    wxString cellText(long row, long column) const { return OnGetItemText(row, column); }

  private:
    wxString OnGetItemText(long item, long column) const override;

    std::vector<LiveLogEntry> entries_;
    std::size_t teamColumns_ = 0;
};

}  // namespace tqm::gui
