#include "compete/live/live_log_list.h"

#include <wx/intl.h>

#include "compete/live/live_texts.h"
#include "compete/live_event_json.h"
#include "store/live_event_repository.h"

namespace tqm::gui {

std::vector<LiveLogEntry> liveLogOf(store::Database& database, compete::LiveSession& session) {
    const compete::TeamContest& contest = session.contest();
    const std::vector<compete::LogRow> rows = session.logRows();
    std::vector<LiveLogEntry> entries;
    std::size_t row = 0;
    for (const store::StoredLiveEvent& stored :
         store::LiveEventRepository(database).events(session.competitionId())) {
        const auto body = compete::eventFromJson(stored.kind, stored.payload, contest);
        if (!body) continue;
        while (row < rows.size() && rows[row].seq < stored.seq) ++row;
        LiveLogEntry entry{stored.seq, stored.atMs, eventText(contest, *body), {}};
        if (row < rows.size() && rows[row].seq == stored.seq)
            entry.scoresAfter = rows[row].scoresAfter;
        entries.push_back(std::move(entry));
    }
    return entries;
}

LiveLogList::LiveLogList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL) {
    AppendColumn(_("No."), wxLIST_FORMAT_RIGHT, FromDIP(44));
    AppendColumn(_("Time"), wxLIST_FORMAT_RIGHT, FromDIP(80));
    AppendColumn(_("Event"), wxLIST_FORMAT_LEFT, FromDIP(180));
}

void LiveLogList::setEntries(const compete::TeamContest& contest,
                             std::vector<LiveLogEntry> entries) {
    if (teamColumns_ != contest.teams.size()) {
        while (GetColumnCount() > 3) DeleteColumn(GetColumnCount() - 1);
        for (const compete::Team& team : contest.teams)
            AppendColumn(wxString::FromUTF8(team.name), wxLIST_FORMAT_RIGHT, FromDIP(52));
        teamColumns_ = contest.teams.size();
    }
    entries_ = std::move(entries);
    SetItemCount(static_cast<long>(entries_.size()));
    Refresh();
}

wxString LiveLogList::OnGetItemText(long item, long column) const {
    if (item < 0 || static_cast<std::size_t>(item) >= entries_.size()) return {};
    const LiveLogEntry& entry = entries_[entries_.size() - 1 - static_cast<std::size_t>(item)];
    switch (column) {
        case 0:
            return wxString::Format("%lld", static_cast<long long>(entry.seq));
        case 1:
            return timelineText(entry.atMs);
        case 2:
            return entry.what;
        default: {
            const auto team = static_cast<std::size_t>(column - 3);
            return team < entry.scoresAfter.size() ? wxString::Format("%d", entry.scoresAfter[team])
                                                   : wxString();
        }
    }
}

}  // namespace tqm::gui
