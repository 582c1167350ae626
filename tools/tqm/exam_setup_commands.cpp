// tqm exam create, list, mark and extra-time: what an organizer does around an exam.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <random>

#include "exam_cli_support.h"
#include "exam_command_options.h"
#include "output.h"
#include "session/exam_setup.h"

namespace tqm::cli {

std::int64_t freshSeed() {
    // Only where a new exam's seed comes from; the seed is recorded, so papers stay reproducible.
    std::random_device device;
    const std::uint64_t high = device();
    const std::uint64_t low = device();
    return static_cast<std::int64_t>(((high << 32) | low) & 0x7FFFFFFFFFFFFFFFULL);
}

std::optional<std::int64_t> parseChinaTime(const std::string& text) {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    char end = 0;
    const int read = std::sscanf(text.c_str(), "%4d-%2d-%2d %2d:%2d:%2d%c", &year, &month, &day,
                                 &hour, &minute, &second, &end);
    if (read != 5 && read != 6) return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year(year),
                                           std::chrono::month(static_cast<unsigned>(month)),
                                           std::chrono::day(static_cast<unsigned>(day))};
    if (!date.ok() || hour > 23 || minute > 59 || second > 59) return std::nullopt;
    const auto local = std::chrono::sys_days(date) + std::chrono::hours(hour) +
                       std::chrono::minutes(minute) + std::chrono::seconds(second);
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               (local - std::chrono::hours(8)).time_since_epoch())
        .count();
}

int runExamCreate(const ExamCreateOptions& options, const std::string& databasePath) {
    std::optional<std::int64_t> closesAt;
    if (!options.closes.empty()) {
        closesAt = parseChinaTime(options.closes);
        if (!closesAt) {
            printSummary("tqm: --closes " + options.closes +
                         ": write the time as YYYY-MM-DD HH:MM, China Standard Time");
            return kExitUsage;
        }
    }
    ExamCommand command(databasePath);
    if (!command.opened()) return kExitFailed;
    session::ExamService& service = command.service();

    session::ExamSetup setup;
    setup.closesAt = closesAt;
    setup.blueprintFile = options.blueprint;
    if (!options.bank.empty()) setup.bankFile = options.bank;
    setup.title = options.title;
    setup.timeLimit = std::chrono::minutes(options.minutes);
    setup.passMark = exam::toCentipoints(options.pass);
    setup.attemptsAllowed = options.attempts;
    setup.combine = *store::combineFromName(options.combine);
    setup.showAnswers = *store::showAnswersFromName(options.show);
    setup.timerPolicy = *exam::timerPolicyFromName(options.timer);
    setup.seed = options.seed ? *options.seed : freshSeed();

    const session::ExamSetupResult result = session::createExamFromBlueprint(service, setup);
    printDiagnostics(result.diagnostics);
    for (const session::Refusal& problem : result.problems) printRefusal(problem);
    if (!result.ok()) {
        printSummary(options.blueprint + ": no exam was created");
        return kExitFailed;
    }
    const std::optional<store::ExamRecord> exam = service.exam(*result.examId);
    std::cout << *result.examId << std::endl;
    printSummary("exam " + std::to_string(*result.examId) + " \"" + exam->settings.title +
                 "\" created from " + options.blueprint + " and " + result.bankFile.string() +
                 ": " + std::to_string(options.minutes) + " minutes, pass mark " +
                 exam::formatPoints(setup.passMark) + ", seed " + std::to_string(setup.seed));
    return kExitOk;
}

int runExamList(const std::string& databasePath) {
    ExamCommand command(databasePath);
    if (!command.opened()) return kExitFailed;
    session::ExamService& service = command.service();
    const std::vector<store::ExamRecord> exams = service.listExams();
    for (const store::ExamRecord& exam : exams) {
        const store::ExamSettings& s = exam.settings;
        std::cout << exam.id << '\t' << s.title << '\t'
                  << std::chrono::duration_cast<std::chrono::minutes>(s.timeLimit).count()
                  << " min\tpass " << exam::formatPoints(s.passMark) << '\t' << s.attemptsAllowed
                  << (s.attemptsAllowed == 1 ? " attempt" : " attempts") << " ("
                  << store::combineName(s.combine) << ")\t" << store::paperModeName(s.paperMode)
                  << '\t' << exam::timerPolicyName(s.timerPolicy) << '\n';
    }
    std::cout.flush();
    printSummary(countOf(exams.size(), "exam", "exams"));
    return kExitOk;
}

int runExamMark(const ExamMarkOptions& options, const std::string& databasePath) {
    ExamCommand command(databasePath);
    if (!command.opened()) return kExitFailed;
    const std::optional<store::Person> person = command.person(options.person);
    if (!person) return kExitFailed;
    session::ExamService& service = command.service();
    std::optional<std::int64_t> attemptId = options.attempt;
    if (!attemptId) {
        for (std::int64_t id :
             service.attempts().latestAttemptIds(options.exam, person->id, 1000)) {
            const std::optional<store::AttemptRow> row = service.attempts().find(id);
            if (row && row->submitted()) {
                attemptId = id;
                break;
            }
        }
    }
    if (!attemptId) {
        printSummary("tqm: no-submitted-attempt: " + person->employeeNo +
                     " has no submitted attempt of exam " + std::to_string(options.exam) +
                     " to mark");
        return kExitFailed;
    }
    const session::SubmitResult marked = service.markEssay(
        *attemptId, options.question, exam::toCentipoints(options.points), options.marker);
    if (marked.refusal) {
        printRefusal(*marked.refusal);
        return kExitFailed;
    }
    std::cout << submissionLine(*marked.submission, *person) << std::endl;
    return kExitOk;
}

int runExamExtraTime(const ExamExtraTimeOptions& options, const std::string& databasePath) {
    ExamCommand command(databasePath);
    if (!command.opened()) return kExitFailed;
    const std::optional<store::Person> person = command.person(options.person);
    if (!person) return kExitFailed;
    session::ExamService& service = command.service();
    if (const session::ActionResult refused =
            service.grantExtraTime(options.exam, person->id, std::chrono::minutes(options.minutes),
                                   options.by, options.reason)) {
        printRefusal(*refused);
        return kExitFailed;
    }
    printSummary("exam " + std::to_string(options.exam) + ": " + person->employeeNo + " " +
                 person->name + " has " + std::to_string(options.minutes) +
                 " more minutes, granted by " + options.by);
    return kExitOk;
}

}  // namespace tqm::cli
