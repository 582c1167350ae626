// The projector's two sounds, a short high beep at a buzz and a longer low one at time-out,
// made in memory as WAV bytes so that nothing has to be shipped or found at run time. Where
// there is no audio device (a training room PC without speakers, Xvfb) playing does nothing.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

class wxSound;

namespace tqm::gui {

// A mono 16-bit PCM WAV file of a sine tone of `hertz` lasting `milliseconds`, faded in and out
// so that it does not click.
std::vector<std::uint8_t> toneWav(double hertz, int milliseconds, int sampleRate = 22050);

class LiveSounds {
  public:
    LiveSounds();
    ~LiveSounds();
    LiveSounds(const LiveSounds&) = delete;
    LiveSounds& operator=(const LiveSounds&) = delete;

    void setEnabled(bool enabled) { enabled_ = enabled; }
    bool enabled() const { return enabled_; }
    void playBuzz();
    void playTimeOut();

  private:
    void play(std::unique_ptr<wxSound>& sound, const std::vector<std::uint8_t>& bytes);

    std::vector<std::uint8_t> buzzBytes_;
    std::vector<std::uint8_t> timeOutBytes_;
    std::unique_ptr<wxSound> buzz_;
    std::unique_ptr<wxSound> timeOut_;
    bool enabled_ = true;
};

}  // namespace tqm::gui
