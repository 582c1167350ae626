#include "compete/standings_lists.h"

#include <wx/intl.h>

#include "compete/contest_texts.h"
#include "compete/ranking_export.h"
#include "widgets/list_columns.h"
#include "widgets/value_texts.h"

namespace tqm::gui {

namespace {

wxString unitText(const std::string& unit) {
    return unit.empty() ? _("(no unit)") : wxString::FromUTF8(unit);
}

}  // namespace

RankingList::RankingList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL) {
    appendFittedColumn(*this, _("Rank"), 50);
    // TRANSLATORS: the employee number, 工号 in Chinese plants.
    appendFittedColumn(*this, _("Employee no."), 80);
    appendFittedColumn(*this, _("Name"), 90);
    appendFittedColumn(*this, _("Unit"), 120);
    appendFittedColumn(*this, _("Score"), 80);
    appendFittedColumn(*this, _("Time used"), 80);
    appendFittedColumn(*this, _("Submitted at"), 140);
}

void RankingList::setRanking(std::vector<compete::RankedResult> ranking) {
    ranking_ = std::move(ranking);
    SetItemCount(long(ranking_.size()));
    Refresh();
}

wxString RankingList::OnGetItemText(long item, long column) const {
    if (item < 0 || std::size_t(item) >= ranking_.size()) return {};
    const compete::RankedResult& ranked = ranking_[std::size_t(item)];
    const compete::ContestResult& r = ranked.result;
    switch (column) {
        case 0:
            return wxString::Format("%d", ranked.rank);
        case 1:
            return wxString::FromUTF8(r.employeeNo);
        case 2:
            return wxString::FromUTF8(r.name);
        case 3:
            return unitText(r.unit);
        case 4:
            return wxString::Format(_("%s / %s"), pointsLabel(r.score), pointsLabel(r.maxPoints));
        case 5:
            return durationMsText(r.timeUsedMs);
        case 6:
            return localTimeText(r.submittedAt);
        default:
            return {};
    }
}

UnitList::UnitList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL) {
    appendFittedColumn(*this, _("Unit"), 140);
    appendFittedColumn(*this, _("On the roster"), 80);
    appendFittedColumn(*this, _("Participants"), 80);
    appendFittedColumn(*this, _("Participation"), 80);
    appendFittedColumn(*this, _("Average score"), 90);
}

void UnitList::setUnits(std::vector<compete::UnitFigures> units) {
    units_ = std::move(units);
    SetItemCount(long(units_.size()));
    Refresh();
}

wxString UnitList::OnGetItemText(long item, long column) const {
    if (item < 0 || std::size_t(item) >= units_.size()) return {};
    const compete::UnitFigures& u = units_[std::size_t(item)];
    switch (column) {
        case 0:
            return unitText(u.unit);
        case 1:
            return wxString::Format("%lld", static_cast<long long>(u.rosterCount));
        case 2:
            return wxString::Format("%lld", static_cast<long long>(u.participants));
        case 3:
            return u.participationPermille
                       ? wxString::FromUTF8(compete::formatPermille(u.participationPermille))
                       : wxString::FromUTF8("—");
        case 4:
            return u.averageScore ? pointsLabel(*u.averageScore) : wxString::FromUTF8("—");
        default:
            return {};
    }
}

}  // namespace tqm::gui
