#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

#include "app/graphics_environment.h"

// GDK_GL is GTK's; elsewhere the client leaves the environment alone.
#ifdef __WXGTK__

using namespace tqm::gui;

namespace {

std::string gdkOpenGl() {
    const char* value = std::getenv("GDK_GL");
    return value ? value : "(unset)";
}

// Puts GDK_GL back as the test found it.
class SavedGdkOpenGl {
  public:
    SavedGdkOpenGl() : had_(std::getenv("GDK_GL") != nullptr), value_(had_ ? gdkOpenGl() : "") {}
    ~SavedGdkOpenGl() {
        if (had_)
            setenv("GDK_GL", value_.c_str(), 1);
        else
            unsetenv("GDK_GL");
    }
    SavedGdkOpenGl(const SavedGdkOpenGl&) = delete;
    SavedGdkOpenGl& operator=(const SavedGdkOpenGl&) = delete;

  private:
    bool had_;
    std::string value_;
};

}  // namespace

TEST_CASE("the client asks GTK to leave OpenGL alone, and then takes the request back") {
    const SavedGdkOpenGl saved;
    unsetenv("GDK_GL");
    REQUIRE(keepGtkOffOpenGl());
    CHECK(gdkOpenGl() == "disable");
    forgetGtkOpenGlSetting();
    CHECK(gdkOpenGl() == "(unset)");
}

TEST_CASE("the client leaves a GDK_GL the user set as it is") {
    const SavedGdkOpenGl saved;
    setenv("GDK_GL", "always", 1);
    CHECK_FALSE(keepGtkOffOpenGl());
    CHECK(gdkOpenGl() == "always");
}

#endif  // __WXGTK__
