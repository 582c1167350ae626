// What the `tqm exam` commands share: the database and the exam service they work on, finding the
// person and the exam they name, reporting refusals, and the one-line summary of a submission.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "base/clock.h"
#include "session/exam_service.h"
#include "store/database.h"
#include "store/people_repository.h"

namespace tqm::cli {

// The database opened with the system clock and the exam service over it. The lookups print why
// they fail, so a command only has to return kExitFailed.
class ExamCommand {
  public:
    explicit ExamCommand(const std::string& databasePath);
    ExamCommand(const ExamCommand&) = delete;
    ExamCommand& operator=(const ExamCommand&) = delete;

    bool opened() const { return service_.has_value(); }
    store::Database& db() { return *db_; }
    session::ExamService& service() { return *service_; }
    const Clock& clock() const { return clock_; }

    // The person, or nothing after printing that no one has this 工号.
    std::optional<store::Person> person(const std::string& employeeNo);
    // The exam, or nothing after printing that there is no such exam.
    std::optional<store::ExamRecord> exam(std::int64_t examId);

  private:
    SystemClock clock_;
    std::optional<store::Database> db_;
    std::optional<session::ExamService> service_;
};

// A fresh random seed for a new exam or competition (the seed is recorded, so papers stay
// reproducible).
std::int64_t freshSeed();

// "2026-11-30 17:00" or "2026-11-30 17:00:30" in China Standard Time (UTC+8), as an organizer
// writes it, to Unix milliseconds; nothing for any other text.
std::optional<std::int64_t> parseChinaTime(const std::string& text);

// "tqm: CODE: message" on standard error.
void printRefusal(const session::Refusal& refusal);

// "attempt 3 of exam 1 (E001 张三): 86 of 100 points, pass, submitted by the person at ..."
std::string submissionLine(const session::Submission& submission, const store::Person& person);

}  // namespace tqm::cli
