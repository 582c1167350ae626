// The result page's chart: one bar per category of the paper, as long as the share of the
// category's points the person earned, with the points written beside it. Drawn in the client.
#pragma once

#include <vector>

#include <wx/window.h>

#include "exam/scoring.h"

namespace tqm::gui {

struct CategoryBar {
    wxString label;
    exam::Centipoints earned = 0;
    exam::Centipoints max = 0;
};

class CategoryBars : public wxWindow {
  public:
    explicit CategoryBars(wxWindow* parent);

    void setBars(std::vector<CategoryBar> bars);
    const std::vector<CategoryBar>& bars() const { return bars_; }

  private:
    void onPaint(wxPaintEvent& event);
    int rowHeight() const { return FromDIP(34); }

    std::vector<CategoryBar> bars_;
};

}  // namespace tqm::gui
