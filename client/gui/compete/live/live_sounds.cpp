#include "compete/live/live_sounds.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <wx/log.h>
#include <wx/sound.h>

namespace tqm::gui {

namespace {

void put16(std::vector<std::uint8_t>& out, std::uint32_t value) {
    out.push_back(static_cast<std::uint8_t>(value & 0xFF));
    out.push_back(static_cast<std::uint8_t>((value >> 8) & 0xFF));
}

void put32(std::vector<std::uint8_t>& out, std::uint32_t value) {
    put16(out, value & 0xFFFF);
    put16(out, value >> 16);
}

void putText(std::vector<std::uint8_t>& out, const char* text) {
    for (; *text; ++text) out.push_back(static_cast<std::uint8_t>(*text));
}

}  // namespace

std::vector<std::uint8_t> toneWav(double hertz, int milliseconds, int sampleRate) {
    const auto samples =
        static_cast<std::uint32_t>(sampleRate) * static_cast<std::uint32_t>(milliseconds) / 1000;
    const std::uint32_t dataBytes = samples * 2;
    std::vector<std::uint8_t> out;
    out.reserve(44 + dataBytes);
    putText(out, "RIFF");
    put32(out, 36 + dataBytes);
    putText(out, "WAVE");
    putText(out, "fmt ");
    put32(out, 16);                                          // the size of this chunk
    put16(out, 1);                                           // PCM
    put16(out, 1);                                           // mono
    put32(out, static_cast<std::uint32_t>(sampleRate));      // samples per second
    put32(out, static_cast<std::uint32_t>(sampleRate) * 2);  // bytes per second
    put16(out, 2);                                           // bytes per sample frame
    put16(out, 16);                                          // bits per sample
    putText(out, "data");
    put32(out, dataBytes);
    const std::uint32_t fade = std::max<std::uint32_t>(1, samples / 10);
    for (std::uint32_t i = 0; i < samples; ++i) {
        const double envelope =
            std::min({1.0, static_cast<double>(i) / fade, static_cast<double>(samples - i) / fade});
        const double value =
            0.6 * envelope * std::sin(2 * std::numbers::pi * hertz * i / sampleRate);
        put16(out, static_cast<std::uint16_t>(static_cast<std::int16_t>(value * 32767)));
    }
    return out;
}

LiveSounds::LiveSounds() : buzzBytes_(toneWav(1320, 180)), timeOutBytes_(toneWav(440, 700)) {}

LiveSounds::~LiveSounds() = default;

void LiveSounds::playBuzz() {
    play(buzz_, buzzBytes_);
}

void LiveSounds::playTimeOut() {
    play(timeOut_, timeOutBytes_);
}

void LiveSounds::play(std::unique_ptr<wxSound>& sound, const std::vector<std::uint8_t>& bytes) {
    if (!enabled_) return;
    // No audio device is no reason to bother the host: the sound is a courtesy.
    wxLogNull quiet;
    if (!sound) {
        sound = std::make_unique<wxSound>();
        if (!sound->Create(bytes.size(), bytes.data())) {
            enabled_ = false;
            return;
        }
    }
    if (!sound->IsOk() || !sound->Play(wxSOUND_ASYNC)) enabled_ = false;
}

}  // namespace tqm::gui
