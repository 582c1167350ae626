// The mean share of points per category of the rows the results table shows: one horizontal bar
// per category with its percentage. Drawn by the client; the label column is as wide as the
// longest category (up to 40% of the width, longer names end in an ellipsis).
#pragma once

#include <vector>

#include <wx/window.h>

#include "results/result_statistics.h"

namespace tqm::gui {

class CategoryChart : public wxWindow {
  public:
    explicit CategoryChart(wxWindow* parent);

    void setData(std::vector<results::CategoryShare> shares);
    const std::vector<results::CategoryShare>& data() const { return data_; }

  private:
    void onPaint(wxPaintEvent& event);

    std::vector<results::CategoryShare> data_;
};

}  // namespace tqm::gui
