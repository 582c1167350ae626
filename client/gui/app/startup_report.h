// --report-startup [--report-scroll]: the figures tools/bench/client_startup.cpp reads. Prints,
// one line each on standard output:
//   report window_ms=T rss_mb=M opengl=G         once the window is painted and idle
//        (G: 1 when an OpenGL library is mapped into the process, 0 when not)
//   report banks_ms=T rss_mb=M peak_mb=K questions=Q people=P show_ms=S [worst_handler_ms=H]
//        once the banks are read and shown (K: the most resident memory since the start, the
//        height of the read; S: how long showing them held the UI thread; H: the slowest event
//        handler since the start)
//   report scroll list=NAME rows=R steps=S worst_handler_ms=H worst_step_ms=W total_ms=X
// (the last for the question list and the sign-in list, with --report-scroll), then closes the
// window, which ends the program.
#pragma once

#include "app/main_frame.h"
#include "app/process_figures.h"

namespace tqm::gui {

// Call right after the frame is shown. `timer` is the application's event handler timer; the
// scroll report is made only when it is given.
void reportStartup(MainFrame& frame, HandlerTimer* timer);

}  // namespace tqm::gui
