// The score histogram of the rows the results table shows: ten bars of a tenth of the maximum
// each, the number of people above each bar, and the pass mark as a dashed line. Drawn by the
// client with wxGraphicsContext; every margin is measured from the labels, so none is cut.
#pragma once

#include <wx/window.h>

#include "results/result_statistics.h"

namespace tqm::gui {

class ScoreHistogramChart : public wxWindow {
  public:
    explicit ScoreHistogramChart(wxWindow* parent);

    void setData(results::ScoreHistogram histogram);
    const results::ScoreHistogram& data() const { return data_; }

  private:
    void onPaint(wxPaintEvent& event);

    results::ScoreHistogram data_;
};

}  // namespace tqm::gui
