#include "compete/live/buzzer_keys.h"

#include <algorithm>
#include <cctype>

namespace tqm::gui {

namespace {

std::string upper(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

}  // namespace

std::optional<std::string> buzzerKeyName(const wxKeyEvent& event) {
    if (event.ControlDown() || event.AltDown() || event.MetaDown()) return std::nullopt;
    const int code = event.GetKeyCode();
    if (code >= WXK_F1 && code <= WXK_F24) return "F" + std::to_string(code - WXK_F1 + 1);
    if (code >= WXK_NUMPAD0 && code <= WXK_NUMPAD9)
        return std::string(1, static_cast<char>('0' + (code - WXK_NUMPAD0)));
    if (code == WXK_SPACE) return "SPACE";
    if (code > WXK_SPACE && code < 127) {
        const char key = static_cast<char>(std::toupper(code));
        return std::string(1, key);
    }
    return std::nullopt;
}

std::optional<std::size_t> teamForKeyName(const compete::TeamContest& contest,
                                          const std::string& name) {
    const std::string wanted = upper(name);
    for (std::size_t i = 0; i < contest.teams.size(); ++i)
        if (upper(contest.teams[i].buzzerKey) == wanted) return i;
    return std::nullopt;
}

}  // namespace tqm::gui
