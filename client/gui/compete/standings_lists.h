// The standings of a competition in two virtual lists: the ranking (rank, 工号, name, unit,
// score, time used, submitted at) and the figures per unit (roster count, participants,
// participation rate, average score), so that a competition of ten thousand seats scrolls
// smoothly.
#pragma once

#include <vector>

#include <wx/listctrl.h>

#include "compete/ranking.h"

namespace tqm::gui {

class RankingList : public wxListCtrl {
  public:
    explicit RankingList(wxWindow* parent);
    void setRanking(std::vector<compete::RankedResult> ranking);
    const std::vector<compete::RankedResult>& ranking() const { return ranking_; }
    wxString cellText(std::size_t row, int column) const {
        return OnGetItemText(long(row), column);
    }

  private:
    wxString OnGetItemText(long item, long column) const override;
    std::vector<compete::RankedResult> ranking_;
};

class UnitList : public wxListCtrl {
  public:
    explicit UnitList(wxWindow* parent);
    void setUnits(std::vector<compete::UnitFigures> units);
    const std::vector<compete::UnitFigures>& units() const { return units_; }
    wxString cellText(std::size_t row, int column) const {
        return OnGetItemText(long(row), column);
    }

  private:
    wxString OnGetItemText(long item, long column) const override;
    std::vector<compete::UnitFigures> units_;
};

}  // namespace tqm::gui
