// tqm class create | list | import | roster | sign-in | exam | summary.
#include "class_commands.h"

#include <iostream>
#include <memory>
#include <optional>
#include <vector>

#include "base/calendar_date.h"
#include "base/clock.h"
#include "base/hundredths.h"
#include "content_folder.h"
#include "course/course_reader.h"
#include "database_option.h"
#include "output.h"
#include "store/people_repository.h"
#include "store/training_class_repository.h"
#include "training/attendance_desk.h"
#include "training/class_sheet_import.h"

namespace tqm::cli {
namespace {

struct CreateOptions {
    std::string code, name, from, to, place, summary, contentDir;
    std::vector<std::string> teachers, courses;
};

struct ClassOptions {
    std::string classRef;  // id or code
    std::string file;
    std::vector<std::string> employeeNos;
    std::string day;
    std::string status = "present";
    std::int64_t examId = 0;
    std::string text;
    bool remove = false;
};

int refused(const training::Refusal& refusal) {
    printSummary("tqm: " + std::string(training::refusalCodeWord(refusal.code)) + ": " +
                 refusal.message + "; nothing written");
    return kExitFailed;
}

std::optional<Date> dateOption(const std::string& name, const std::string& text) {
    const std::optional<Date> date = parseDate(text);
    if (!date) printSummary("tqm: " + name + " " + text + " is not a date; write it 2026-11-24");
    return date;
}

// "course[/lesson]:hours[:day]", e.g. "tqm-basics:4:2026-11-02" or "spc/control-charts:2".
std::optional<training::PlanItem> planItemOf(const std::string& spec) {
    const auto fail = [&] {
        printSummary("tqm: --course " + spec +
                     " should be COURSE[/LESSON]:HOURS[:DAY], e.g. tqm-basics:4:2026-11-02");
        return std::nullopt;
    };
    const std::size_t colon = spec.find(':');
    if (colon == std::string::npos || colon == 0) return fail();
    training::PlanItem item;
    const std::string course = spec.substr(0, colon);
    const std::size_t slash = course.find('/');
    item.courseId = course.substr(0, slash);
    if (slash != std::string::npos) item.lessonId = course.substr(slash + 1);
    const std::size_t second = spec.find(':', colon + 1);
    const auto hours = parseHundredths(spec.substr(colon + 1, second - colon - 1));
    if (!hours) return fail();
    item.hoursHundredths = *hours;
    if (second != std::string::npos) {
        item.day = parseDate(spec.substr(second + 1));
        if (!item.day) return fail();
    }
    return item;
}

std::optional<training::TrainingClass> findClass(store::TrainingClassRepository& classes,
                                                 const std::string& ref) {
    std::optional<training::TrainingClass> found = classes.findByCode(ref);
    if (!found && !ref.empty() && ref.find_first_not_of("0123456789") == std::string::npos)
        found = classes.find(std::stoll(ref));
    if (!found) printSummary("tqm: unknown-class: no training class has the id or code " + ref);
    return found;
}

// Each plan item's title as the reports print it: the course's (or the lesson's) title from the
// courseware, when the content folder is found and knows the course; else the item keeps none
// and the reports show its id.
void nameFromCourseware(std::vector<training::PlanItem>& plan, const std::string& contentDir) {
    const std::optional<std::filesystem::path> folder =
        contentDir.empty() ? findContentFolder() : std::optional<std::filesystem::path>(contentDir);
    if (!folder) return;
    const course::CatalogReadResult catalog = course::readCourses(*folder);
    for (training::PlanItem& item : plan) {
        const course::Course* known = catalog.find(item.courseId);
        if (!known || !item.title.empty()) continue;
        if (item.lessonId.empty()) {
            item.title = known->titleZh.empty() ? known->titleEn : known->titleZh;
        } else if (const course::Lesson* lesson = known->findLesson(item.lessonId)) {
            item.title = lesson->title;
        }
    }
}

int runCreate(const CreateOptions& options, const std::string& databasePath) {
    training::TrainingClass c;
    c.code = options.code;
    c.name = options.name;
    const auto from = dateOption("--from", options.from);
    const auto to = dateOption("--to", options.to);
    if (!from || !to) return kExitUsage;
    c.startDate = *from;
    c.endDate = *to;
    c.place = options.place;
    c.teachers = options.teachers;
    c.summary = options.summary;
    for (const std::string& spec : options.courses) {
        const auto item = planItemOf(spec);
        if (!item) return kExitUsage;
        c.plan.push_back(*item);
    }
    nameFromCourseware(c.plan, options.contentDir);
    const SystemClock clock;
    std::optional<store::Database> db = openDatabase(databasePath, clock);
    if (!db) return kExitFailed;
    const auto written = store::TrainingClassRepository(*db).create(c);
    if (const auto* refusal = std::get_if<training::Refusal>(&written)) return refused(*refusal);
    std::cout << std::get<std::int64_t>(written) << '\n';
    printSummary("created training class " + c.code + " (id " +
                 std::to_string(std::get<std::int64_t>(written)) + ")");
    return kExitOk;
}

int runList(const std::string& databasePath) {
    const SystemClock clock;
    std::optional<store::Database> db = openDatabase(databasePath, clock);
    if (!db) return kExitFailed;
    store::TrainingClassRepository classes(*db);
    for (const training::TrainingClass& c : classes.list())
        std::cout << c.id << '\t' << c.code << '\t' << c.name << '\t' << formatDate(c.startDate)
                  << '\t' << formatDate(c.endDate) << '\t' << classes.members(c.id).size() << '\n';
    return kExitOk;
}

int runImport(const ClassOptions& options, const std::string& databasePath) {
    std::vector<Diagnostic> problems;
    const std::optional<std::string> bytes = readInputFile(options.file, problems);
    if (!bytes) {
        printDiagnostics(problems);
        printSummary(options.file + ": nothing imported");
        return kExitFailed;
    }
    const SystemClock clock;
    std::optional<store::Database> db = openDatabase(databasePath, clock);
    if (!db) return kExitFailed;
    store::TrainingClassRepository classes(*db);
    const auto c = findClass(classes, options.classRef);
    if (!c) return kExitFailed;
    const auto result = training::importClassSheet(*db, c->id, *bytes, options.file);
    printDiagnostics(result.diagnostics);
    printSummary(options.file + ": joined " + std::to_string(result.joined) +
                 ", already on the roster " + std::to_string(result.alreadyOnRoster) + ", marks " +
                 std::to_string(result.marks) + ", rejected " + std::to_string(result.rejected));
    return hasErrors(result.diagnostics) ? kExitFailed : kExitOk;
}

// Puts people on the roster (or takes them off with --remove, their marks with them), one line
// per 工号; an unknown 工号 is reported and the others are still done.
int runRoster(const ClassOptions& options, const std::string& databasePath) {
    const SystemClock clock;
    std::optional<store::Database> db = openDatabase(databasePath, clock);
    if (!db) return kExitFailed;
    store::TrainingClassRepository classes(*db);
    const auto c = findClass(classes, options.classRef);
    if (!c) return kExitFailed;
    store::PeopleRepository people(*db);
    int exit = kExitOk;
    for (const std::string& number : options.employeeNos) {
        const auto person = people.findByEmployeeNo(number);
        if (!person) {
            std::cout << number << ": unknown-person: no person has this 工号\n";
            exit = kExitFailed;
            continue;
        }
        const std::string who = number + ' ' + person->name;
        if (options.remove) {
            if (const auto refusal = classes.removeMember(c->id, person->id)) {
                std::cout << number << ": " << training::refusalCodeWord(refusal->code) << ": "
                          << refusal->message << '\n';
                exit = kExitFailed;
            } else {
                std::cout << who << ": taken off the roster of " << c->code << '\n';
            }
            continue;
        }
        const auto added = classes.addMember(c->id, person->id);
        if (const auto* refusal = std::get_if<training::Refusal>(&added)) {
            std::cout << number << ": " << training::refusalCodeWord(refusal->code) << ": "
                      << refusal->message << '\n';
            exit = kExitFailed;
            continue;
        }
        std::cout << who << ": "
                  << (std::get<store::MarkOutcome>(added) == store::MarkOutcome::Unchanged
                          ? "already on the roster of "
                          : "added to the roster of ")
                  << c->code << '\n';
    }
    return exit;
}

int runSignIn(const ClassOptions& options, const std::string& databasePath) {
    const auto status = training::parseAttendance(options.status);
    if (!status) {
        printSummary("tqm: --status " + options.status + " is not present, late, absent or leave");
        return kExitUsage;
    }
    const SystemClock clock;
    Date day = dateAt(clock.now());
    if (!options.day.empty()) {
        const auto given = dateOption("--day", options.day);
        if (!given) return kExitUsage;
        day = *given;
    }
    std::optional<store::Database> db = openDatabase(databasePath, clock);
    if (!db) return kExitFailed;
    store::TrainingClassRepository classes(*db);
    const auto c = findClass(classes, options.classRef);
    if (!c) return kExitFailed;
    int exit = kExitOk;
    for (const std::string& number : options.employeeNos) {
        const auto written = training::signIn(*db, c->id, number, day, *status);
        if (const auto* refusal = std::get_if<training::Refusal>(&written)) {
            std::cout << number << ": " << training::refusalCodeWord(refusal->code) << ": "
                      << refusal->message << '\n';
            exit = kExitFailed;
            continue;
        }
        const auto& signedIn = std::get<training::SignIn>(written);
        const char* outcome = signedIn.outcome == store::MarkOutcome::Added ? "recorded"
                              : signedIn.outcome == store::MarkOutcome::Changed
                                  ? "changed"
                                  : "already recorded";
        std::cout << number << ' ' << signedIn.name << ": " << training::attendanceWord(*status)
                  << " on " << formatDate(day) << ", " << outcome << '\n';
    }
    return exit;
}

int runExam(const ClassOptions& options, const std::string& databasePath) {
    const SystemClock clock;
    std::optional<store::Database> db = openDatabase(databasePath, clock);
    if (!db) return kExitFailed;
    store::TrainingClassRepository classes(*db);
    const auto c = findClass(classes, options.classRef);
    if (!c) return kExitFailed;
    if (const auto refusal = classes.addExam(c->id, options.examId)) return refused(*refusal);
    printSummary("exam " + std::to_string(options.examId) + " is held in class " + c->code);
    return kExitOk;
}

int runSummary(const ClassOptions& options, const std::string& databasePath) {
    const SystemClock clock;
    std::optional<store::Database> db = openDatabase(databasePath, clock);
    if (!db) return kExitFailed;
    store::TrainingClassRepository classes(*db);
    const auto c = findClass(classes, options.classRef);
    if (!c) return kExitFailed;
    if (const auto refusal = classes.setSummary(c->id, options.text)) return refused(*refusal);
    printSummary("summary of class " + c->code + " written");
    return kExitOk;
}

CLI::App* classCommand(CLI::App& parent, const std::string& name, const std::string& about,
                       ClassOptions& options) {
    CLI::App* command = parent.add_subcommand(name, about);
    command->add_option("class", options.classRef, "The class's code or id")->required();
    return command;
}

}  // namespace

void addClassCommands(CLI::App& app, const std::string& databasePath, int& exitCode) {
    CLI::App* group = app.add_subcommand("class", "Training classes (培训班/期)");
    group->require_subcommand(1);

    auto create = std::make_shared<CreateOptions>();
    CLI::App* createCommand = group->add_subcommand("create", "Create a training class");
    createCommand->footer(
        "Example: tqm class create --code 2026-Q4-01 --name 班组长质量管理培训班 --from "
        "2026-11-02\n"
        "  --to 2026-11-04 --place 二号培训室 --teacher 王工 --course tqm-basics:4:2026-11-02\n"
        "  --course spc/control-charts:2:2026-11-04 --course qc-tools:3\n"
        "A course without a day is spread over every day of the class. Prints the new id.");
    createCommand->add_option("--code", create->code, "期次, unique")->required();
    createCommand->add_option("--name", create->name, "The class's name")->required();
    createCommand->add_option("--from", create->from, "First day")->required();
    createCommand->add_option("--to", create->to, "Last day")->required();
    createCommand->add_option("--place", create->place, "Where it is held");
    createCommand->add_option("--teacher", create->teachers, "A teacher (repeat for more)");
    createCommand->add_option("--course", create->courses, "COURSE[/LESSON]:HOURS[:DAY]");
    createCommand->add_option("--content", create->contentDir,
                              "The courseware folder the plan's titles are read from (default: "
                              "the repository's content/)");
    createCommand->callback(
        [create, &databasePath, &exitCode] { exitCode = runCreate(*create, databasePath); });

    group->add_subcommand("list", "List the classes: id, code, name, dates, roster size")
        ->callback([&databasePath, &exitCode] { exitCode = runList(databasePath); });

    auto options = std::make_shared<ClassOptions>();
    CLI::App* import =
        classCommand(*group, "import", "Import a sign-in sheet (签到表) CSV", *options);
    import->add_option("file", options->file, "CSV: 工号, 姓名 and one column per day")->required();
    import->callback([options, &databasePath, &exitCode] {
        exitCode = runImport(*options, databasePath);
});

CLI::App* roster = classCommand(*group, "roster", "Put people on the roster by 工号", *options);
roster->add_option("employee_no", options->employeeNos, "One or more 工号")->required();
roster->add_flag("--remove", options->remove, "Take them off the roster, with their marks");
roster->callback([options, &databasePath, &exitCode] {
    exitCode = runRoster(*options, databasePath);
});

CLI::App* signIn = classCommand(*group, "sign-in", "Record attendance (签到) by 工号", *options);
signIn->add_option("employee_no", options->employeeNos, "One or more 工号")->required();
signIn->add_option("--day", options->day, "The day (default: today)");
signIn->add_option("--status", options->status, "present (default), late, absent or leave");
signIn->callback([options, &databasePath, &exitCode] {
    exitCode = runSignIn(*options, databasePath);
});

CLI::App* exam = classCommand(*group, "exam", "Record that an exam is held in the class", *options);
exam->add_option("exam_id", options->examId, "The exam's id")->required();
exam->callback([options, &databasePath, &exitCode] { exitCode = runExam(*options, databasePath); });

CLI::App* summary =
    classCommand(*group, "summary", "Write the closing summary (结业小结)", *options);
summary->add_option("text", options->text, "The summary")->required();
summary->callback([options, &databasePath, &exitCode] {
    exitCode = runSummary(*options, databasePath);
});
}  // namespace tqm::cli

}  // namespace tqm::cli
