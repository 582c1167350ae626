// The command line itself: help on every command, and exit code 2 for a wrong command line.
#include <catch2/catch.hpp>

#include "tqm_runner.h"

using tqm::clitest::linesOf;
using tqm::clitest::runTqm;

TEST_CASE("every command and sub-command has --help, printed on stdout with exit 0") {
    const std::vector<std::pair<std::vector<std::string>, std::string>> commands{
        {{"--help"}, "Usage: tqm [OPTIONS] SUBCOMMAND"},
        {{"bank", "--help"}, "Usage: tqm bank [OPTIONS] SUBCOMMAND"},
        {{"bank", "lint", "--help"}, "Usage: tqm bank lint [OPTIONS] files..."},
        {{"bank", "stats", "--help"}, "Usage: tqm bank stats [OPTIONS] file"},
        {{"bank", "import", "--help"}, "Usage: tqm bank import [OPTIONS] input"},
        {{"bank", "export", "--help"}, "Usage: tqm bank export [OPTIONS] input"},
    };
    for (const auto& [args, usage] : commands) {
        const auto run = runTqm(args);
        INFO(usage);
        const auto lines = linesOf(run.out);
        CHECK(std::find(lines.begin(), lines.end(), usage) != lines.end());
        CHECK(run.err.empty());
        CHECK(run.exitCode == 0);
    }
}

TEST_CASE("the help of a command states its exit codes") {
    const auto run = runTqm({"bank", "import", "--help"});
    CHECK(run.out.find("Exit code: 0 when at least one question was imported, 1 when none could "
                       "be (nothing\nis written), 2 when the command line is wrong.") !=
          std::string::npos);
}

TEST_CASE("a command line without a command is a usage error with exit 2") {
    const auto run = runTqm({});
    CHECK(run.out.empty());
    CHECK(run.err == "A subcommand is required\nRun with --help for more information.\n");
    CHECK(run.exitCode == 2);
}

TEST_CASE("an unknown import format is a usage error with exit 2") {
    const auto run = runTqm({"bank", "import", "--from", "xlsx", "q.xlsx", "-o", "out.xml"});
    CHECK(run.err ==
          "--from: xlsx not in {moodle,gift,csv,native}\nRun with --help for more information.\n");
    CHECK(run.exitCode == 2);
}

TEST_CASE("import without an output file is a usage error with exit 2") {
    const auto run = runTqm({"bank", "import", "--from", "gift", "questions.gift"});
    CHECK(run.err == "--output is required\nRun with --help for more information.\n");
    CHECK(run.exitCode == 2);
}

TEST_CASE("stats takes exactly one file and a second one is a usage error with exit 2") {
    const auto run = runTqm({"bank", "stats", "clean.xml", "warnings.xml"});
    CHECK(run.err ==
          "The following argument was not expected: warnings.xml\n"
          "Run with --help for more information.\n");
    CHECK(run.exitCode == 2);
}
