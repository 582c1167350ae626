// --report-scroll: for the startup benchmark, scrolls a long list to its end a page at a time,
// as a user holding Page Down would, and reports the slowest step.
#pragma once

#include <wx/listctrl.h>

#include "app/process_figures.h"

namespace tqm::gui {

struct ScrollFigures {
    long rows = 0;
    long steps = 0;
    double worstHandlerMs = 0;  // the slowest event handler while scrolling, painting included
    double worstStepMs = 0;     // the slowest page: from the scroll to its repaint, waits included
    double totalMs = 0;
};

// Scrolls `list` from its first row to its last, a page or more per step (at most 300 steps),
// waiting for the repaint after each.
ScrollFigures scrollToEnd(wxListCtrl& list, HandlerTimer& timer);

}  // namespace tqm::gui
