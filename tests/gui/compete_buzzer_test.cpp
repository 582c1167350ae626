// The pieces of the live competition screens that need wx but no window: naming the key a
// buzzer box sends, and the beeps made in memory.
#include <catch2/catch.hpp>

#include <cstring>

#include "compete/live/buzzer_keys.h"
#include "compete/live/live_sounds.h"
#include "compete/live/projector_view.h"
#include "gui_session.h"

using namespace tqm::gui;

namespace {

wxKeyEvent keyOf(int code, bool control = false) {
    wxKeyEvent event(wxEVT_CHAR_HOOK);
    event.m_keyCode = code;
    event.m_controlDown = control;
    return event;
}

std::uint32_t le32(const std::vector<std::uint8_t>& bytes, std::size_t at) {
    return bytes[at] | bytes[at + 1] << 8 | bytes[at + 2] << 16 |
           static_cast<std::uint32_t>(bytes[at + 3]) << 24;
}

}  // namespace

TEST_CASE(
    "buzzer keys are named as competition files write them, and Ctrl keys are never buzzers") {
    tqm::gui::test::startWx();
    CHECK(buzzerKeyName(keyOf('1')) == "1");
    CHECK(buzzerKeyName(keyOf('a')) == "A");
    CHECK(buzzerKeyName(keyOf(WXK_F1)) == "F1");
    CHECK(buzzerKeyName(keyOf(WXK_F12)) == "F12");
    CHECK(buzzerKeyName(keyOf(WXK_NUMPAD3)) == "3");
    CHECK(buzzerKeyName(keyOf(WXK_SPACE)) == "SPACE");
    CHECK_FALSE(buzzerKeyName(keyOf('S', true)));
    CHECK_FALSE(buzzerKeyName(keyOf(WXK_SHIFT)));

    tqm::compete::TeamContest contest;
    contest.teams = {{"red", "红队", {}, "#D32F2F", "f1"}, {"blue", "蓝队", {}, "#1976D2", "b"}};
    CHECK(teamForKeyName(contest, "F1") == 0u);
    CHECK(teamForKeyName(contest, "B") == 1u);
    CHECK_FALSE(teamForKeyName(contest, "1"));
}

TEST_CASE("a tone is a mono 16-bit PCM WAV file of the asked length") {
    const std::vector<std::uint8_t> wav = toneWav(1000, 200, 8000);
    REQUIRE(wav.size() == 44 + 1600 * 2);
    CHECK(std::memcmp(wav.data(), "RIFF", 4) == 0);
    CHECK(le32(wav, 4) == wav.size() - 8);
    CHECK(std::memcmp(wav.data() + 8, "WAVEfmt ", 8) == 0);
    CHECK(le32(wav, 24) == 8000);   // samples per second
    CHECK(le32(wav, 28) == 16000);  // bytes per second
    CHECK(std::memcmp(wav.data() + 36, "data", 4) == 0);
    CHECK(le32(wav, 40) == 3200);
    // Faded in: the first sample is silence.
    CHECK(wav[44] == 0);
    CHECK(wav[45] == 0);
}

TEST_CASE(
    "the projector's countdown shows whole seconds rounded up and zero only at the deadline") {
    CHECK(secondsLeftOf(30'000, 0) == 30);
    CHECK(secondsLeftOf(30'000, 1) == 30);
    CHECK(secondsLeftOf(30'000, 29'001) == 1);
    CHECK(secondsLeftOf(30'000, 30'000) == 0);
    CHECK(secondsLeftOf(30'000, 31'000) == 0);
}
