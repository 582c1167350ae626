// tqm bank lint and tqm bank stats.
#include "bank_commands.h"

#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "bank/bank_stats.h"
#include "bank/native_reader.h"
#include "output.h"

namespace tqm::cli {
namespace {

using Json = nlohmann::ordered_json;

struct LintOptions {
    std::vector<std::string> files;
    bool json = false;
};

int runLint(const LintOptions& options) {
    bool anyError = false;
    Json files = Json::array();
    for (const std::string& file : options.files) {
        const bank::ReadResult result = readBank(file);
        const std::size_t errors = countBySeverity(result.diagnostics, Severity::Error);
        anyError = anyError || errors > 0;
        if (options.json) {
            Json diagnostics = Json::array();
            for (const Diagnostic& d : result.diagnostics) diagnostics.push_back(diagnosticJson(d));
            files.push_back({{"file", file},
                             {"questions", result.bank.questions.size()},
                             {"errors", errors},
                             {"warnings", countBySeverity(result.diagnostics, Severity::Warning)},
                             {"diagnostics", std::move(diagnostics)}});
        } else {
            printDiagnostics(result.diagnostics);
            printSummary(file + ": " +
                         countOf(result.bank.questions.size(), "question", "questions") + ", " +
                         problemSummary(result.diagnostics));
        }
    }
    if (options.json) printJson(Json{{"files", std::move(files)}});
    return anyError ? kExitFailed : kExitOk;
}

struct StatsOptions {
    std::string file;
    bool json = false;
};

std::string categoryTitle(const bank::Bank& bank, const std::string& id) {
    const bank::Category* category = bank.findCategory(id);
    return category ? std::string(category->title) : std::string();
}

Json statsJson(const bank::Bank& bank, const bank::BankStats& stats) {
    Json byType = Json::object();
    for (bank::QuestionType type : bank::kAllQuestionTypes) {
        const std::string name(bank::typeName(type));
        byType[name] = stats.byType.at(name);
    }
    Json byDifficulty = Json::object();
    for (const auto& [difficulty, count] : stats.byDifficulty)
        byDifficulty[std::to_string(difficulty)] = count;
    Json byCategory = Json::array();
    for (const bank::Category* category : bank::flattenCategories(bank.categories)) {
        const std::vector<std::string_view> path = bank.categoryPath(category->id);
        const std::string id(category->id);
        byCategory.push_back(
            {{"id", id},
             {"title", std::string(category->title)},
             {"parent", path.size() > 1 ? Json(std::string(path[path.size() - 2])) : Json()},
             {"questions", stats.byCategory.at(id)}});
    }
    return {{"bank",
             {{"id", std::string(bank.id)},
              {"version", std::string(bank.version)},
              {"title", std::string(bank.title)},
              {"language", std::string(bank.language)}}},
            {"questions", stats.questions},
            {"total_points", stats.totalPoints},
            {"by_type", std::move(byType)},
            {"by_difficulty", std::move(byDifficulty)},
            {"by_category", std::move(byCategory)}};
}

void printStats(const bank::Bank& bank, const bank::BankStats& stats) {
    std::cout << "bank: " << bank.id << ' ' << bank.version << ' ' << bank.title << '\n'
              << "questions: " << stats.questions << '\n'
              << "total points: " << formatNumber(stats.totalPoints) << '\n'
              << "by type:\n";
    for (bank::QuestionType type : bank::kAllQuestionTypes) {
        const std::string name(bank::typeName(type));
        std::cout << "  " << name << ": " << stats.byType.at(name) << '\n';
    }
    std::cout << "by difficulty:\n";
    for (const auto& [difficulty, count] : stats.byDifficulty)
        std::cout << "  " << difficulty << ": " << count << '\n';
    std::cout << "by category (questions directly in each):\n";
    for (const bank::Category* category : bank::flattenCategories(bank.categories)) {
        const std::string id(category->id);
        const std::string indent(2 * bank.categoryPath(id).size(), ' ');
        std::cout << indent << id << " " << categoryTitle(bank, id) << ": "
                  << stats.byCategory.at(id) << '\n';
    }
    std::cout.flush();
}

int runStats(const StatsOptions& options) {
    const bank::ReadResult result = readBank(options.file);
    if (!result.ok()) {
        // Counting a bank that does not read cleanly would mislead: show why and stop.
        std::vector<Diagnostic> errors;
        for (const Diagnostic& d : result.diagnostics)
            if (d.severity == Severity::Error) errors.push_back(d);
        printDiagnostics(errors);
        printSummary(options.file + ": " + countOf(errors.size(), "error", "errors") +
                     "; no statistics for a bank with errors (see 'tqm bank lint')");
        return kExitFailed;
    }
    const bank::BankStats stats = bank::computeStats(result.bank);
    if (options.json)
        printJson(statsJson(result.bank, stats));
    else
        printStats(result.bank, stats);
    return kExitOk;
}

void addLint(CLI::App& bankApp, int& exitCode) {
    auto options = std::make_shared<LintOptions>();
    CLI::App* lint =
        bankApp.add_subcommand("lint", "Check bank files and list every problem in them");
    lint->footer(
        "Each problem is one line on standard output:\n"
        "  FILE:LINE:COL: error|warning: CODE: message\n"
        "and each file gets a summary line on standard error:\n"
        "  FILE: 8 questions, 0 errors, 1 warning\n"
        "Exit code: 0 when no file has errors (warnings are allowed), 1 when any file has\n"
        "errors or does not exist, 2 when the command line is wrong.\n"
        "Example: tqm bank lint question-bank/banks/*.xml");
    lint->add_option("files", options->files, "Bank files (.xml) to check; several are allowed")
        ->required();
    lint->add_flag(
        "--json", options->json,
        "Print one JSON document instead of lines: {\"files\": [{\"file\", \"questions\",\n"
        "\"errors\", \"warnings\", \"diagnostics\": [{\"line\", \"column\",\n"
        "\"severity\", \"code\", \"message\"}]}]}");
    lint->callback([options, &exitCode] { exitCode = runLint(*options); });
}

void addStats(CLI::App& bankApp, int& exitCode) {
    auto options = std::make_shared<StatsOptions>();
    CLI::App* stats = bankApp.add_subcommand(
        "stats", "Count a bank's questions by type, category and difficulty");
    stats->footer(
        "Prints the number of questions of each type, of each difficulty (1-5) and in each\n"
        "category (knowledge point, 知识点), and the total of their points.\n"
        "Exit code: 0 on success, 1 when the bank has errors (they are printed instead),\n"
        "2 when the command line is wrong.\n"
        "Example: tqm bank stats --json question-bank/banks/tqm-demo.xml");
    stats->add_option("file", options->file, "The bank file (.xml)")->required();
    stats->add_flag("--json", options->json,
                    "Print one JSON document with the fields bank {id, version, title,\n"
                    "language}, questions, total_points, by_type, by_difficulty and\n"
                    "by_category [{id, title, parent, questions}]");
    stats->callback([options, &exitCode] { exitCode = runStats(*options); });
}

}  // namespace

void addBankCommands(CLI::App& app, int& exitCode) {
    CLI::App* bankApp = app.add_subcommand(
        "bank", "Work with question bank files (题库): check, count, import, export");
    bankApp->require_subcommand(1);
    bankApp->footer("Run 'tqm bank COMMAND --help' for the options and exit codes of a command.");
    addLint(*bankApp, exitCode);
    addStats(*bankApp, exitCode);
    addBankTransferCommands(*bankApp, exitCode);
}

}  // namespace tqm::cli
