#include "exam_cli_support.h"

#include "base/clock.h"
#include "output.h"

namespace tqm::cli {

std::optional<store::Person> findPerson(store::Database& db, const std::string& employeeNo) {
    std::optional<store::Person> person = store::PeopleRepository(db).findByEmployeeNo(employeeNo);
    if (!person)
        printSummary("tqm: no-such-person: nobody with 工号 " + employeeNo +
                     " is in the database; import the roster with tqm people import");
    return person;
}

void printRefusal(const session::Refusal& refusal) {
    printSummary("tqm: " + refusal.code + ": " + refusal.message);
}

std::string submissionLine(const session::Submission& submission, const store::Person& person) {
    const store::AttemptRow& attempt = submission.attempt;
    std::string line = "attempt " + std::to_string(attempt.id) + " of exam " +
                       std::to_string(attempt.examId) + " (" + person.employeeNo + " " +
                       person.name + "): " + exam::formatPoints(submission.score.earned) + " of " +
                       exam::formatPoints(submission.score.max) + " points, " +
                       std::string(exam::verdictName(submission.score.verdict));
    if (attempt.submittedAt)
        line += ", submitted " +
                std::string(attempt.submittedBy == store::SubmittedBy::Deadline
                                ? "automatically at the deadline"
                                : "by the person") +
                " at " + formatIsoUtc(fromUnixMillis(*attempt.submittedAt));
    return line;
}

}  // namespace tqm::cli
