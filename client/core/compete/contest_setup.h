// Making a competition: an exam from a blueprint with one attempt per person, a strict time limit
// (the deadline runs on while a workstation is down), answers shown only after the window closes,
// and the competition's row with its id, window and paper hash. Joining a competition made on
// another machine is the same call with that machine's id and seed.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "compete/contest.h"
#include "session/exam_service.h"
#include "session/exam_sitting.h"
#include "store/people_repository.h"

namespace tqm::compete {

struct ContestSetup {
    std::filesystem::path blueprintFile;
    std::optional<std::filesystem::path> bankFile;  // otherwise found beside the blueprint
    std::string name;
    std::int64_t opensAt = 0;   // Unix ms UTC
    std::int64_t closesAt = 0;  // Unix ms UTC
    std::chrono::milliseconds timeLimit{0};
    SeatPaper seatPaper = SeatPaper::Same;
    std::int64_t seed = 0;          // the caller draws a fresh one for a new competition
    std::optional<std::string> id;  // given when joining; a fresh id otherwise
};

struct ContestSetupResult {
    std::optional<Competition> competition;
    std::vector<Diagnostic> diagnostics;     // of the blueprint, the bank and the trial paper
    std::vector<session::Refusal> problems;  // settings refused, each with a stable code
    bool ok() const { return competition.has_value(); }
};

// Refusals: contest-name-empty, contest-window-empty (closes not after opens),
// contest-id-malformed, contest-exists (this database already holds the id), and those of
// session::createExamFromBlueprint.
ContestSetupResult createContest(session::ExamService& service, const ContestSetup& setup);

// Why no one may start the competition at `now`, or nothing when they may: contest-not-open
// (before opensAt) or contest-closed (from closesAt on). Times in the messages are UTC.
std::optional<session::Refusal> windowRefusal(const Competition& competition, std::int64_t now);

// Sitting down to the competition: a running attempt resumes whatever the time; a first start
// is refused outside the window; otherwise as session::openSitting.
session::SittingResult openContestSitting(session::ExamService& service,
                                          const Competition& competition,
                                          const store::Person& person);

}  // namespace tqm::compete
