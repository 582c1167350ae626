#include "exam_cli_support.h"

#include "base/clock.h"
#include "database_option.h"
#include "output.h"

namespace tqm::cli {

ExamCommand::ExamCommand(const std::string& databasePath)
    : db_(openDatabase(databasePath, clock_)) {
    if (db_) service_.emplace(*db_);
}

std::optional<store::ExamRecord> ExamCommand::exam(std::int64_t examId) {
    std::optional<store::ExamRecord> exam = service_->exam(examId);
    if (!exam) printSummary("tqm: no-such-exam: there is no exam " + std::to_string(examId));
    return exam;
}

std::optional<store::Person> ExamCommand::person(const std::string& employeeNo) {
    std::optional<store::Person> person =
        store::PeopleRepository(*db_).findByEmployeeNo(employeeNo);
    if (!person)
        printSummary("tqm: no-such-person: nobody with 工号 " + employeeNo +
                     " is in the database; import the roster with tqm people import");
    return person;
}

void printRefusal(const session::Refusal& refusal) {
    printSummary("tqm: " + refusal.code + ": " + refusal.message);
}

namespace {

// The line about the certificate a pass earned, after the submission's line; empty when the exam
// earns none.
std::string certificateNotice(const cert::AttemptIssue& issue) {
    if (issue.certificate && issue.type) {
        const cert::Certificate& certificate = *issue.certificate;
        std::string line = "\ncertificate " + certificate.number + " (" + issue.type->code + " " +
                           issue.type->name + ") " +
                           (issue.issuedNow() ? "issued" : "issued before") + ", valid " +
                           formatDate(certificate.validFrom);
        line +=
            certificate.validUntil ? " to " + formatDate(*certificate.validUntil) : " without end";
        if (certificate.renewsId) line += ", a renewal";
        return line;
    }
    if (issue.refusal)
        return "\nno certificate issued: " + issue.refusal->code + ": " + issue.refusal->message;
    return {};
}

}  // namespace

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
    if (submission.certificate) line += certificateNotice(*submission.certificate);
    return line;
}

}  // namespace tqm::cli
