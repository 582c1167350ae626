// A report's bar chart on screen, as the PDF draws it: one group of horizontal bars per label,
// one bar per series (participation, pass rate) in percent, each value printed by its bar, and a
// legend. Scrolls when there are more labels than fit.
#pragma once

#include <wx/scrolwin.h>

#include "reports/report_document.h"

namespace tqm::gui {

class ReportChartPanel : public wxScrolledWindow {
  public:
    ReportChartPanel(wxWindow* parent, reports::ReportChart chart);

    const reports::ReportChart& chart() const { return chart_; }

  private:
    void onPaint(wxPaintEvent& event);
    int groupHeight() const;
    int labelWidth() const;

    reports::ReportChart chart_;
};

}  // namespace tqm::gui
