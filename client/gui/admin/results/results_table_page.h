// The results of the chosen exam: filters (search, outcome, unit), the table, the counts (N of
// M shown, mean, pass rate) and, beside the table, the score histogram and the per-category
// chart, all following the filter.
#pragma once

#include <vector>

#include <wx/choice.h>
#include <wx/panel.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include "admin/results/category_chart.h"
#include "admin/results/result_list.h"
#include "admin/results/score_histogram_chart.h"
#include "results/result_query.h"
#include "results/result_table.h"

namespace tqm::gui {

class ResultsTablePage : public wxPanel {
  public:
    explicit ResultsTablePage(wxWindow* parent);

    // Shows `rows` (kept by the page) with the exam's pass mark; the filters are kept where
    // they still apply.
    void setRows(std::vector<results::ResultRow> rows, exam::Centipoints passMark);
    void setFilter(const results::ResultFilter& filter);

    const std::vector<results::ResultRow>& rows() const { return rows_; }
    const results::ResultFilter& filter() const { return filter_; }
    ResultList* list() const { return list_; }
    wxSearchCtrl* search() const { return search_; }
    wxChoice* outcomeChoice() const { return outcome_; }
    wxChoice* unitChoice() const { return unit_; }
    ScoreHistogramChart* histogram() const { return histogram_; }
    CategoryChart* categories() const { return categories_; }
    wxString summaryText() const { return summary_->GetLabel(); }

  private:
    void readFilterControls();
    void fillUnits();
    void applyFilter();

    std::vector<results::ResultRow> rows_;
    exam::Centipoints passMark_ = 0;
    results::ResultFilter filter_;
    std::vector<std::string> units_;  // unitChoice item i+1 is units_[i]
    wxSearchCtrl* search_ = nullptr;
    wxChoice* outcome_ = nullptr;
    wxChoice* unit_ = nullptr;
    wxStaticText* summary_ = nullptr;
    ResultList* list_ = nullptr;
    ScoreHistogramChart* histogram_ = nullptr;
    CategoryChart* categories_ = nullptr;
};

}  // namespace tqm::gui
