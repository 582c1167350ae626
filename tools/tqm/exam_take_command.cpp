// tqm exam take and tqm exam submit. A scripted take commits the file's answers one by one through
// the same service call the client's exam screen makes, and acknowledges each on standard output
// only after it is committed.
#include <iostream>

#include "base/clock.h"
#include "exam/answer_sheet.h"
#include "exam_cli_support.h"
#include "exam_command_options.h"
#include "exam_terminal.h"
#include "output.h"
#include "question_display.h"
#include "session/exam_sitting.h"

namespace tqm::cli {

namespace {

void reportAutoSubmission(const session::Submission& submission, const store::Person& person) {
    printSummary("tqm: time-up: the time for this attempt ran out at " +
                 formatIsoUtc(fromUnixMillis(submission.attempt.deadline)) +
                 "; it was submitted automatically");
    std::cout << submissionLine(submission, person) << std::endl;
}

// Saves every good line of the file in order. Returns false when the time ran out on the way.
bool saveAnswers(session::ExamService& service, const session::AttemptView& view,
                 const exam::AnswerSheet& sheet, const store::Person& person) {
    for (const exam::AnswerSheetEntry& entry : sheet.entries) {
        const session::AnswerResult saved =
            service.answer(view.attempt.id, entry.sequence, entry.answer);
        if (saved.autoSubmitted) {
            reportAutoSubmission(*saved.autoSubmitted, person);
            return false;
        }
        if (saved.refusal) {
            printRefusal(*saved.refusal);
            return false;
        }
        // Written only now that the answer is committed: a script (or the crash test) may take
        // every "saved" line as a promise that the answer is on disk.
        std::cout << "saved " << saved.receipt->seq << ": " << saved.receipt->text << std::endl;
    }
    return true;
}

int submitAttempt(session::ExamService& service, std::int64_t attemptId,
                  const store::Person& person) {
    const session::SubmitResult submitted = service.submit(attemptId);
    if (submitted.refusal) {
        printRefusal(*submitted.refusal);
        return kExitFailed;
    }
    std::cout << submissionLine(*submitted.submission, person) << std::endl;
    return kExitOk;
}

int runScripted(session::ExamService& service, const session::AttemptView& view,
                const ExamTakeOptions& options, const store::Person& person) {
    std::vector<Diagnostic> problems;
    const std::optional<std::string> bytes = readInputFile(options.answers, problems);
    if (!bytes) {
        printDiagnostics(problems);
        return kExitFailed;
    }
    const std::vector<exam::PaperQuestion> paper = service.attempts().paper(view.attempt.id);
    const exam::AnswerSheet sheet = exam::readAnswerSheet(options.answers, *bytes, paper);
    printDiagnostics(sheet.diagnostics);
    if (!saveAnswers(service, view, sheet, person)) return kExitFailed;

    if (options.submit) {
        const int code = submitAttempt(service, view.attempt.id, person);
        return hasErrors(sheet.diagnostics) ? kExitFailed : code;
    }
    const std::size_t answered = service.attempts().answers(view.attempt.id).size();
    const session::HeartbeatResult beat = service.heartbeat(view.attempt.id);
    std::string left;
    if (beat.timer) left = ", " + formatRemaining(beat.timer->remaining.count()) + " left";
    printSummary("attempt " + std::to_string(view.attempt.id) + ": " + std::to_string(answered) +
                 " of " + std::to_string(paper.size()) + " questions answered" + left +
                 "; submit with: tqm exam submit " + std::to_string(options.exam) + " --person " +
                 person.employeeNo);
    return hasErrors(sheet.diagnostics) ? kExitFailed : kExitOk;
}

}  // namespace

int runExamTake(const ExamTakeOptions& options, const std::string& databasePath) {
    ExamCommand command(databasePath);
    if (!command.opened()) return kExitFailed;
    const std::optional<store::Person> person = command.person(options.person);
    if (!person) return kExitFailed;
    session::ExamService& service = command.service();

    const session::SittingResult sitting = session::openSitting(service, options.exam, *person);
    printDiagnostics(sitting.diagnostics);
    if (sitting.autoSubmitted) {
        reportAutoSubmission(*sitting.autoSubmitted, *person);
        return kExitFailed;
    }
    if (sitting.refusal) {
        printRefusal(*sitting.refusal);
        return kExitFailed;
    }
    const session::AttemptView& view = *sitting.attempt;
    printSummary(std::string(sitting.resumed ? "resuming" : "starting") + " attempt " +
                 std::to_string(view.attempt.id) + " of exam " + std::to_string(options.exam) +
                 " for " + person->employeeNo + " " + person->name + ": " +
                 std::to_string(view.questionCount) + " questions, " +
                 formatRemaining(view.timer.remaining.count()) + " left");
    if (options.answers.empty()) return runInTerminal(service, view, *person, std::cin, std::cout);
    return runScripted(service, view, options, *person);
}

int runExamSubmit(const ExamPersonOptions& options, const std::string& databasePath) {
    ExamCommand command(databasePath);
    if (!command.opened()) return kExitFailed;
    const std::optional<store::Person> person = command.person(options.person);
    if (!person) return kExitFailed;
    session::ExamService& service = command.service();
    const session::ResumeResult open = service.resume(options.exam, person->id);
    if (open.autoSubmitted) {
        reportAutoSubmission(*open.autoSubmitted, *person);
        return kExitOk;
    }
    if (open.refusal && open.refusal->code != "no-open-attempt") {
        printRefusal(*open.refusal);
        return kExitFailed;
    }
    if (!open.attempt) {
        // Named by 工号 rather than the service's internal person number.
        printSummary("tqm: no-open-attempt: " + person->employeeNo +
                     " has no open attempt of exam " + std::to_string(options.exam));
        return kExitFailed;
    }
    return submitAttempt(service, open.attempt->attempt.id, *person);
}

}  // namespace tqm::cli
