// tqm: the command line of TQM Trainer, for organizers' scripts and for checking banks by hand.
#include <exception>
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>

#include "bank_commands.h"
#include "cert_commands.h"
#include "class_commands.h"
#include "compete_commands.h"
#include "compete_contest_commands.h"
#include "course_commands.h"
#include "database_option.h"
#include "exam_commands.h"
#include "output.h"
#include "people_commands.h"
#include "report_commands.h"

#ifdef _WIN32
#include <windows.h>
#endif

int main(int argc, char** argv) {
#ifdef _WIN32
    // Every message and file name is UTF-8; without this the console shows Chinese as mojibake.
    SetConsoleOutputCP(CP_UTF8);
#endif
    CLI::App app{
        "tqm: the command line of TQM Trainer (全面质量管理培训与竞赛系统).\n"
        "Checks, counts, imports and exports question banks; checks and lists the courseware;\n"
        "keeps the roster of people;\n"
        "makes exams from blueprints, runs them, and exports and analyses their results;\n"
        "keeps certificates for key positions: statuses, due dates, the matrix, the desk;\n"
        "runs individual contests across workstations and merges their signed result packages;\n"
        "replays live team competitions from scripts and exports their event logs.",
        "tqm"};
    app.require_subcommand(1);
    int exitCode = tqm::cli::kExitOk;
    std::string databasePath;
    tqm::cli::addDatabaseOption(app, databasePath);
    tqm::cli::addBankCommands(app, exitCode);
    tqm::cli::addCourseCommands(app, exitCode);
    tqm::cli::addPeopleCommands(app, databasePath, exitCode);
    tqm::cli::addExamCommands(app, databasePath, exitCode);
    tqm::cli::addCertCommands(app, databasePath, exitCode);
    tqm::cli::addCompeteContestCommands(app, databasePath, exitCode);
    tqm::cli::addCompeteCommands(app, databasePath, exitCode);
    tqm::cli::addPackageCommands(app, databasePath, exitCode);
    tqm::cli::addClassCommands(app, databasePath, exitCode);
    tqm::cli::addReportCommands(app, databasePath, exitCode);
    // Set after the commands are added so that they do not inherit it.
    app.footer(
        "Run 'tqm bank COMMAND --help', 'tqm course COMMAND --help', 'tqm people COMMAND --help' "
        "or\n"
        "'tqm exam COMMAND --help' or 'tqm cert COMMAND --help' for the options of a command.\n"
        "Exit codes: 0 success, 1 the input has errors, 2 wrong command line, "
        "3 internal error.\n"
        "Example: tqm bank lint question-bank/banks/*.xml");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // CLI11 prints help (exit 0) or the usage error itself; usage errors all exit with 2 so
        // scripts can tell a wrong command line from a bank with errors.
        const int cliCode = app.exit(e);
        return cliCode == 0 ? tqm::cli::kExitOk : tqm::cli::kExitUsage;
    } catch (const std::exception& e) {
        std::cout.flush();
        std::cerr << "tqm: internal error: " << e.what() << std::endl;
        return tqm::cli::kExitInternal;
    } catch (...) {
        std::cout.flush();
        std::cerr << "tqm: internal error: an unknown exception" << std::endl;
        return tqm::cli::kExitInternal;
    }
    return exitCode;
}
