// What the client asks of GTK before it starts. GTK 3 on X11 opens OpenGL when it opens the
// display, only to choose the visuals that suit OpenGL drawing; with Mesa's software renderer
// (llvmpipe: machines without a GPU driver, virtual machines, Xvfb) that maps the LLVM library,
// about 50 MB resident for a client that draws nothing with OpenGL.
#pragma once

namespace tqm::gui {

// Before GTK starts: asks it to leave OpenGL alone (GDK_GL=disable), unless the environment
// already says what GDK should do with OpenGL. Returns whether it set the variable.
bool keepGtkOffOpenGl();
// After GTK has started, when keepGtkOffOpenGl() set the variable: takes it out of the
// environment again, so that programs the client starts (a file manager) do not inherit it.
void forgetGtkOpenGlSetting();

// Whether a library of OpenGL (libGL, libEGL) is mapped into this process; false where the
// system does not say.
bool openGlLoaded();

}  // namespace tqm::gui
