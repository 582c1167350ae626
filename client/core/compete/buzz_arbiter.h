// Decides who buzzed first on one question. Buzzes are ordered by the time their key went down
// (milliseconds on the competition's steady timeline), never by the order they reached the
// program: a press read a few milliseconds late still wins when it was earlier. A press before
// buzzing opened is a foul. Judges see every press with its offset from the opening.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace tqm::compete {

struct BuzzRecord {
    std::size_t team = 0;
    std::int64_t atMs = 0;
    int opening = 0;                          // 1 for the first opening, 2 after a rebound...; 0:
                                              // before buzzing ever opened
    std::optional<std::int64_t> sinceOpenMs;  // none for a press before the first opening
    bool foul = false;
};

enum class BuzzVerdict {
    Foul,           // before buzzing opened
    Valid,          // recorded; winner() may have changed
    Barred,         // refused: the team may not buzz on this question any more
    AlreadyBuzzed,  // refused: the team has a valid buzz in this opening
    WindowClosed,   // refused: later than the window allows
};

class BuzzArbiter {
  public:
    // A new question for `teams` teams: no buzzes, no bars, not open.
    void reset(std::size_t teams);
    // Buzzing opens at `atMs` for `windowMs`; the valid buzzes of an earlier opening no longer
    // compete (after a rebound only the others may buzz).
    void open(std::int64_t atMs, std::int64_t windowMs);
    // Closes buzzing without a new opening (the question is decided or void).
    void close() { isOpen_ = false; }

    // Records a press of `team`'s buzzer at `atMs` unless the verdict is a refusal.
    BuzzVerdict offer(std::size_t team, std::int64_t atMs, bool foulBars);

    // The team with the earliest valid buzz of the current opening; ties go to the earlier
    // record (the team that was read first), so the decision is stable.
    std::optional<std::size_t> winner() const { return winner_; }
    void bar(std::size_t team) { barred_.at(team) = true; }
    bool barred(std::size_t team) const { return barred_.at(team); }
    // Whether a team that is not barred remains.
    bool anyoneLeft() const;
    bool isOpen() const { return isOpen_; }
    std::int64_t openedAtMs() const { return openedAtMs_; }
    int opening() const { return opening_; }

    // Every press recorded on this question, by opening, then by time.
    const std::vector<BuzzRecord>& order() const { return order_; }

  private:
    std::vector<BuzzRecord> order_;
    std::vector<bool> barred_;
    std::vector<bool> buzzedThisOpening_;
    std::optional<std::size_t> winner_;
    std::int64_t winnerAtMs_ = 0;
    std::int64_t openedAtMs_ = 0;
    std::int64_t windowMs_ = 0;
    int opening_ = 0;
    bool isOpen_ = false;
};

}  // namespace tqm::compete
