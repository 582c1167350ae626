// A live competition kept in the database: started from a competition file or resumed from its
// event log. Every accepted event is appended (and committed) before submit() returns, so what
// the host console and the projector show has always been written; after a crash, resuming folds
// the log and ends exactly where the competition was.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "compete/live_clock.h"
#include "compete/live_engine.h"
#include "compete/live_log_export.h"
#include "store/database.h"

namespace tqm::compete {

class LiveSession;

struct LiveOpenResult {
    std::unique_ptr<LiveSession> session;  // null when the file or the log could not be read
    std::vector<Diagnostic> diagnostics;   // the competition file's problems, or why the stored
                                           // competition cannot be resumed
    bool resumed = false;                  // an existing competition was continued
};

// Used from one thread (the host console's): the engine decides in well under a microsecond,
// and each submit waits for its event's commit (a few milliseconds of fsync), so nothing a
// judge sees is ever ahead of the disk.
class LiveSession {
  public:
    // Starts a new competition from `file`.
    static LiveOpenResult start(store::Database& database, const std::filesystem::path& file,
                                const LiveClock& clock);
    // Resumes the latest competition started from a file with the same content as `file`, or
    // starts a new one when there is none.
    static LiveOpenResult openOrResume(store::Database& database, const std::filesystem::path& file,
                                       const LiveClock& clock);
    // Resumes the competition `competitionId` (the latest one when not given) from the text of
    // its file as it was started.
    static LiveOpenResult resume(store::Database& database, const LiveClock& clock,
                                 std::optional<std::int64_t> competitionId = std::nullopt);

    LiveSession(const LiveSession&) = delete;
    LiveSession& operator=(const LiveSession&) = delete;

    // Applies `body` now (on the competition's timeline) when the rules allow it.
    std::optional<Refusal> submit(EventBody body);
    // Applies `body` at `timelineMs`, e.g. a buzz at the moment its key went down.
    std::optional<Refusal> submitAt(EventBody body, std::int64_t timelineMs);
    // A buzzer key went down at `steadyMs` (the LiveClock's reading when the key event arrived).
    std::optional<Refusal> pressKey(std::string_view key, std::int64_t steadyMs);

    // The competition's timeline: continues across a restart from the last logged event.
    std::int64_t timelineMs(std::int64_t steadyMs) const { return steadyMs - steadyBase_; }
    std::int64_t nowMs() const { return timelineMs(clock_.steadyMs()); }

    // The latest moment any logged event carries (0 before the first): where a headless replay
    // goes on, so that replaying the same script gives the same times.
    std::int64_t latestLoggedMs() const { return latestLoggedMs_; }

    const TeamContest& contest() const { return contest_; }
    const LiveState& state() const { return engine_.state(); }
    // The actions in effect, oldest first: the last one is what an undo would cancel.
    const std::vector<LiveEvent>& inEffect() const { return engine_.inEffect(); }
    // Why `body` would be refused now, without applying or logging it: the host console enables
    // a control only when its event would be accepted.
    std::optional<Refusal> check(const EventBody& body) const;
    std::int64_t competitionId() const { return competitionId_; }
    // Every logged event with what it did, for the judges' view and for exports.
    std::vector<LogRow> logRows();

    // Only the static functions above make sessions (the token keeps everyone else out).
    class Token {
        friend LiveSession;
        Token() = default;
    };
    LiveSession(Token, store::Database& database, const LiveClock& clock, TeamContest contest,
                std::int64_t competitionId);

  private:
    // Folds the stored log into the engine again; the first event it cannot replay is returned.
    std::optional<std::string> replayStored();

    store::Database& database_;
    const LiveClock& clock_;
    TeamContest contest_;
    LiveEngine engine_;
    std::int64_t competitionId_;
    std::int64_t steadyBase_ = 0;
    std::int64_t latestLoggedMs_ = 0;
};

}  // namespace tqm::compete
