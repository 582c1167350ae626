#include "app/graphics_environment.h"

#include <cstdlib>
#include <fstream>
#include <string>

namespace tqm::gui {

namespace {
constexpr const char* kGdkOpenGl = "GDK_GL";
}

bool keepGtkOffOpenGl() {
#ifdef __WXGTK__
    if (std::getenv(kGdkOpenGl)) return false;
    return setenv(kGdkOpenGl, "disable", 0) == 0;
#else
    return false;
#endif
}

void forgetGtkOpenGlSetting() {
#ifdef __WXGTK__
    unsetenv(kGdkOpenGl);
#endif
}

bool openGlLoaded() {
#ifdef __linux__
    std::ifstream maps("/proc/self/maps");
    std::string line;
    while (std::getline(maps, line)) {
        const std::size_t slash = line.rfind('/');
        if (slash == std::string::npos) continue;
        const std::string_view file = std::string_view(line).substr(slash + 1);
        if (file.starts_with("libGL.") || file.starts_with("libGLX") ||
            file.starts_with("libEGL") || file.starts_with("libLLVM"))
            return true;
    }
#endif
    return false;
}

}  // namespace tqm::gui
