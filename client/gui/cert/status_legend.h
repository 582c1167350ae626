// The matrix's legend: every status colour with its word and what it means, so nobody has to
// guess what orange stands for.
#pragma once

#include <wx/panel.h>

namespace tqm::gui {

class StatusLegend : public wxPanel {
  public:
    explicit StatusLegend(wxWindow* parent);
};

}  // namespace tqm::gui
