#include "app/scroll_report.h"

#include <algorithm>
#include <chrono>
#include <memory>

#include <wx/app.h>
#include <wx/utils.h>

namespace tqm::gui {

ScrollFigures scrollToEnd(wxListCtrl& list, HandlerTimer& timer) {
    using Clock = std::chrono::steady_clock;
    using Ms = std::chrono::duration<double, std::milli>;
    ScrollFigures figures;
    figures.rows = list.GetItemCount();
    // A page per step, but no more than kMostSteps steps (as when the scroll bar's thumb is
    // dragged), so that 100,000 rows are scrolled through in seconds.
    constexpr long kMostSteps = 300;
    const long page = std::max<long>({1, list.GetCountPerPage(), figures.rows / kMostSteps});
    // The rows are drawn when GTK next paints the list's windows (the generic list control's
    // children), not when it is scrolled: each step waits for that paint.
    auto paints = std::make_shared<long>(0);
    for (wxWindow* child : list.GetChildren())
        child->Bind(wxEVT_PAINT, [paints](wxPaintEvent& event) {
            ++*paints;
            event.Skip();
        });
    auto waitForPaint = [&](long before) {
        const auto deadline = Clock::now() + std::chrono::milliseconds(500);
        while (*paints == before && Clock::now() < deadline) {
            wxTheApp->Yield(true);
            if (*paints == before) wxMilliSleep(1);
        }
    };
    list.EnsureVisible(0);
    list.Refresh();
    waitForPaint(*paints);
    timer.reset();
    const auto started = Clock::now();
    for (long last = std::min(page, figures.rows) - 1; figures.rows > 0;
         last = std::min(last + page, figures.rows - 1)) {
        const auto stepStarted = Clock::now();
        const long before = *paints;
        list.EnsureVisible(last);
        // A list that did not move (its last page already shown) is painted again all the same,
        // so that every step measures one page drawn.
        list.Refresh();
        waitForPaint(before);
        figures.worstStepMs = std::max(figures.worstStepMs, Ms(Clock::now() - stepStarted).count());
        ++figures.steps;
        if (last == figures.rows - 1) break;
    }
    figures.totalMs = Ms(Clock::now() - started).count();
    figures.worstHandlerMs = timer.worst().count();
    return figures;
}

}  // namespace tqm::gui
