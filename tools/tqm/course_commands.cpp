// tqm course lint and tqm course list.
#include "course_commands.h"

#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "content_folder.h"
#include "course/course_checks.h"
#include "course/course_reader.h"
#include "course/question_sources.h"
#include "output.h"

namespace tqm::cli {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

struct CourseOptions {
    std::string contentDir;  // empty: found as findContentFolder() says
    std::string banksDir;    // empty: ../question-bank/banks beside the content folder
    std::string blueprintsDir;
    bool json = false;
};

struct Catalog {
    fs::path contentDir;
    course::CheckedCatalog checked;
};

// Reads the courses and what they refer to; nothing (after a message) when no content folder
// was given or found.
std::optional<Catalog> readCatalog(const CourseOptions& options) {
    Catalog catalog;
    if (!options.contentDir.empty()) {
        catalog.contentDir = options.contentDir;
    } else if (const std::optional<fs::path> found = findContentFolder()) {
        catalog.contentDir = *found;
    } else {
        std::cerr << "tqm: no content folder found above the current folder or the program; "
                     "name one: tqm course lint DIR\n";
        return std::nullopt;
    }
    const fs::path questionBank = catalog.contentDir / ".." / "question-bank";
    const fs::path banks = options.banksDir.empty() ? (questionBank / "banks").lexically_normal()
                                                    : fs::path(options.banksDir);
    const fs::path blueprints = options.blueprintsDir.empty()
                                    ? (questionBank / "blueprints").lexically_normal()
                                    : fs::path(options.blueprintsDir);
    catalog.checked = course::checkCatalog(catalog.contentDir, banks, blueprints);
    return catalog;
}

// 4 for whole hours, 1.5 otherwise: the number as the manifest would write it.
Json hoursJson(course::CentiHours hours) {
    if (hours % 100 == 0) return hours / 100;
    return static_cast<double>(hours) / 100.0;
}

int runLint(const CourseOptions& options) {
    std::optional<Catalog> catalog = readCatalog(options);
    if (!catalog) return kExitUsage;
    const course::CheckedCatalog& checked = catalog->checked;
    printDiagnostics(checked.diagnostics);
    printSummary(catalog->contentDir.string() + ": " +
                 countOf(checked.catalog.courses.size(), "course", "courses") + ", " +
                 problemSummary(checked.diagnostics));
    return checked.ok() ? kExitOk : kExitFailed;
}

int runList(const CourseOptions& options) {
    std::optional<Catalog> catalog = readCatalog(options);
    if (!catalog) return kExitUsage;
    const std::vector<course::Course>& courses = catalog->checked.catalog.courses;
    const course::QuestionSources& sources = catalog->checked.sources;
    if (options.json) {
        Json list = Json::array();
        for (const course::Course& course : courses)
            list.push_back({{"id", course.id},
                            {"title", course.titleZh},
                            {"title_en", course.titleEn},
                            {"lessons", course.lessons.size()},
                            {"study_hours", hoursJson(course.studyHours)},
                            {"bank", course.bank.id},
                            {"questions", sources.questionCount(course)}});
        printJson(Json{{"courses", std::move(list)}});
    } else {
        for (const course::Course& course : courses)
            std::cout << course.id << '\t' << course.titleZh << '\t' << course.lessons.size()
                      << '\t' << course::formatHours(course.studyHours) << '\t'
                      << sources.questionCount(course) << '\n';
        std::cout.flush();
    }
    std::string summary = countOf(courses.size(), "course", "courses");
    if (!catalog->checked.ok()) summary += "; the courses have errors: run tqm course lint";
    printSummary(summary);
    return kExitOk;
}

void addFolderOptions(CLI::App& command, CourseOptions& options) {
    command.add_option("DIR", options.contentDir,
                       "The content folder (default: the repository's content/)");
    command.add_option("--banks", options.banksDir,
                       "The folder of question banks (default: DIR/../question-bank/banks)");
    command.add_option("--blueprints", options.blueprintsDir,
                       "The folder of blueprints (default: DIR/../question-bank/blueprints)");
}

}  // namespace

void addCourseCommands(CLI::App& app, int& exitCode) {
    CLI::App* course =
        app.add_subcommand("course", "The courseware: check the courses and list them");
    course->require_subcommand(1);

    auto lintOptions = std::make_shared<CourseOptions>();
    CLI::App* lint = course->add_subcommand(
        "lint", "Check every course of a content folder against the banks and blueprints");
    lint->footer(
        "Prints every problem as FILE:LINE:COL: error|warning: CODE: message on standard\n"
        "output (codes in content/README.md) and a summary on standard error.\n"
        "Without DIR, the content folder is the first content/ holding schema/course.xsd found\n"
        "going up from the current folder, then going up from the program's own folder.\n"
        "Exit code: 0 without errors, 1 with errors, 2 when the command line is wrong or no\n"
        "content folder is found.\n"
        "Example: tqm course lint content");
    addFolderOptions(*lint, *lintOptions);
    lint->callback([lintOptions, &exitCode] { exitCode = runLint(*lintOptions); });

    auto listOptions = std::make_shared<CourseOptions>();
    CLI::App* list = course->add_subcommand("list", "List the courses of a content folder");
    list->footer(
        "One course per line: id, Chinese title, lessons, study hours (学时) and the questions\n"
        "of the bank in the course's categories, separated by tabs; the count goes to standard\n"
        "error. The content folder is found as for tqm course lint.\n"
        "Example: tqm course list content --json");
    addFolderOptions(*list, *listOptions);
    list->add_flag("--json", listOptions->json, "Print a JSON document instead");
    list->callback([listOptions, &exitCode] { exitCode = runList(*listOptions); });
}

}  // namespace tqm::cli
