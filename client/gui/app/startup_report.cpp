#include "app/startup_report.h"

#include <memory>

#include <wx/wxcrtvararg.h>

#include "app/graphics_environment.h"
#include "app/scroll_report.h"

namespace tqm::gui {

namespace {

// Printed with '.' as the decimal point whatever the locale, for the benchmark to read.
std::string figure(std::optional<double> value) {
    if (!value) return "-1";
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", *value);
    return text;
}

void report(const std::string& line) {
    std::fputs(("report " + line + "\n").c_str(), stdout);
    std::fflush(stdout);
}

void reportScroll(const char* name, wxListCtrl& list, HandlerTimer& timer) {
    const ScrollFigures figures = scrollToEnd(list, timer);
    report(std::string("scroll list=") + name + " rows=" + std::to_string(figures.rows) +
           " steps=" + std::to_string(figures.steps) + " worst_handler_ms=" +
           figure(figures.worstHandlerMs) + " worst_step_ms=" + figure(figures.worstStepMs) +
           " total_ms=" + figure(figures.totalMs));
}

void reportBanks(MainFrame& frame, HandlerTimer* timer, double showMs) {
    report("banks_ms=" + figure(millisecondsSinceProcessStart()) + " rss_mb=" +
           figure(residentMegabytes()) + " peak_mb=" + figure(peakResidentMegabytes()) +
           " questions=" + std::to_string(frame.library().questionCount()) +
           " people=" + std::to_string(frame.signInPanel()->list()->personCount()) +
           " show_ms=" + figure(showMs) +
           (timer ? " worst_handler_ms=" + figure(timer->worst().count()) : std::string()));
    if (timer) {
        frame.showPageForMeasurement(Screen::QuestionBank);
        reportScroll("questions", *frame.browser()->list(), *timer);
        frame.showScreen(Screen::SignIn);
        reportScroll("people", *frame.signInPanel()->list(), *timer);
    }
    frame.Destroy();
}

}  // namespace

void reportStartup(MainFrame& frame, HandlerTimer* timer) {
    // The window is usable once it has been painted (the rail, drawn by the program itself, is
    // the sign) and the event loop has nothing left to do.
    auto painted = std::make_shared<bool>(false);
    frame.rail()->Bind(wxEVT_PAINT, [painted](wxPaintEvent& event) {
        *painted = true;
        event.Skip();
    });
    auto reported = std::make_shared<bool>(false);
    frame.Bind(wxEVT_IDLE, [&frame, timer, painted, reported](wxIdleEvent& event) {
        event.Skip();
        if (*reported) return;
        if (!*painted) return;
        *reported = true;
        report("window_ms=" + figure(millisecondsSinceProcessStart()) + " rss_mb=" +
               figure(residentMegabytes()) + " opengl=" + (openGlLoaded() ? "1" : "0"));
        if (frame.loadingBanks())
            frame.setBanksLoadedHandler([&frame, timer](double showMs) {
                frame.CallAfter([&frame, timer, showMs] { reportBanks(frame, timer, showMs); });
            });
        else
            frame.CallAfter([&frame, timer] { reportBanks(frame, timer, 0); });
        // wxGTK drops its idle source when an idle pass asks for nothing more, and an event
        // queued from inside that pass would then wait for the next outside event (none come
        // under Xvfb): ask for one more pass so that the queued call runs.
        event.RequestMore();
    });
}

}  // namespace tqm::gui
