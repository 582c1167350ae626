// tqm compete create, list, take, ranking and units: the individual contest (个人赛).
#include "compete_contest_commands.h"

#include <iostream>
#include <memory>

#include "compete/contest_repository.h"
#include "compete/contest_setup.h"
#include "compete/package_repository.h"
#include "compete/ranking_export.h"
#include "compete_cli_support.h"
#include "database_option.h"
#include "exam/points.h"
#include "exam_cli_support.h"
#include "exam_command_options.h"
#include "output.h"
#include "report/result_format.h"

namespace tqm::cli {

namespace {

struct CreateOptions {
    std::string blueprint;
    std::string bank;
    std::string name;
    std::string opens;
    std::string closes;
    int minutes = 0;
    std::string paper = "same";
    std::string id;
    std::optional<std::int64_t> seed;
};

struct StandingsOptions {
    std::string competition;
    std::string format;
    std::string output;
};

std::string localTime(std::int64_t millis) {
    return report::formatLocalTime(fromUnixMillis(millis), std::chrono::hours(8));
}

int runCreate(const CreateOptions& options, const std::string& databasePath) {
    const std::optional<std::int64_t> opens = parseChinaTime(options.opens);
    const std::optional<std::int64_t> closes = parseChinaTime(options.closes);
    if (!opens || !closes) {
        printSummary(
            "tqm: --opens and --closes: write the times as YYYY-MM-DD HH:MM, China "
            "Standard Time");
        return kExitUsage;
    }
    ExamCommand command(databasePath);
    if (!command.opened()) return kExitFailed;
    compete::ContestSetup setup;
    setup.blueprintFile = options.blueprint;
    if (!options.bank.empty()) setup.bankFile = options.bank;
    setup.name = options.name;
    setup.opensAt = *opens;
    setup.closesAt = *closes;
    setup.timeLimit = std::chrono::minutes(options.minutes);
    setup.seatPaper = *compete::seatPaperFromName(options.paper);
    setup.seed = options.seed ? *options.seed : freshSeed();
    if (!options.id.empty()) setup.id = options.id;

    const compete::ContestSetupResult result = compete::createContest(command.service(), setup);
    printDiagnostics(result.diagnostics);
    for (const session::Refusal& problem : result.problems) printRefusal(problem);
    if (!result.ok()) {
        printSummary(options.blueprint + ": no competition was created");
        return kExitFailed;
    }
    const compete::Competition& c = *result.competition;
    std::cout << c.id << std::endl;
    printSummary("competition " + c.id + " \"" + c.name + "\" created as exam " +
                 std::to_string(c.examId) + ": " + std::to_string(options.minutes) + " minutes, " +
                 (c.seatPaper == compete::SeatPaper::Same ? "the same paper" : "a paper per seat") +
                 ", open from " + options.opens + " to " + options.closes + ", seed " +
                 std::to_string(c.seed) + ", paper " + c.paperSha256.substr(0, 12));
    printSummary(
        "make the same competition on every other workstation with: tqm compete create "
        "--blueprint " +
        options.blueprint + " --name \"" + c.name + "\" --opens \"" + options.opens +
        "\" --closes \"" + options.closes + "\" --minutes " + std::to_string(options.minutes) +
        " --paper " + options.paper + " --id " + c.id + " --seed " + std::to_string(c.seed));
    return kExitOk;
}

int runList(const std::string& databasePath) {
    SystemClock clock;
    std::optional<store::Database> db = openDatabase(databasePath, clock);
    if (!db) return kExitFailed;
    const std::vector<compete::Competition> all = compete::ContestRepository(*db).list();
    compete::PackageRepository packages(*db);
    for (const compete::Competition& c : all)
        std::cout << c.id << '\t' << c.name << "\texam " << c.examId << '\t'
                  << compete::seatPaperName(c.seatPaper) << '\t' << localTime(c.opensAt) << '\t'
                  << localTime(c.closesAt) << '\t' << c.timeLimitMs / 60000 << " min\t"
                  << c.paperSha256.substr(0, 12) << '\t' << packages.results(c.id).size()
                  << " merged\n";
    std::cout.flush();
    printSummary(countOf(all.size(), "competition", "competitions"));
    return kExitOk;
}

int runTake(const ExamTakeOptions& options, const std::string& competitionId,
            const std::string& databasePath) {
    ExamTakeOptions examOptions = options;
    {
        ExamCommand command(databasePath);
        if (!command.opened()) return kExitFailed;
        const std::optional<compete::Competition> competition =
            findCompetition(command.db(), competitionId);
        if (!competition) return kExitFailed;
        const std::optional<store::Person> person = command.person(options.person);
        if (!person) return kExitFailed;
        const bool started = !command.service()
                                  .attempts()
                                  .latestAttemptIds(competition->examId, person->id, 1)
                                  .empty();
        if (!started)
            if (const auto refused =
                    compete::windowRefusal(*competition, unixMillis(command.clock().now()))) {
                printRefusal(*refused);
                return kExitFailed;
            }
        examOptions.exam = competition->examId;
    }
    return runExamTake(examOptions, databasePath);
}

int runStandings(const StandingsOptions& options, compete::StandingsTable table,
                 const std::string& databasePath) {
    std::string formatName = options.format;
    if (formatName.empty()) {
        const std::string extension = std::filesystem::path(options.output).extension().string();
        formatName = extension.size() > 1 ? extension.substr(1) : "csv";
    }
    const std::optional<compete::StandingsFormat> format =
        compete::standingsFormatFromName(formatName);
    if (!format) {
        printSummary("tqm: --format " + formatName + ": write csv, xlsx or pdf");
        return kExitUsage;
    }
    SystemClock clock;
    std::optional<store::Database> db = openDatabase(databasePath, clock);
    if (!db) return kExitFailed;
    const std::optional<compete::Competition> competition =
        findCompetition(*db, options.competition);
    if (!competition) return kExitFailed;
    const std::optional<compete::Standings> standings =
        compete::loadStandings(*db, competition->id);
    if (options.output.empty()) {
        // Plain lines for a terminal or a script: the CSV's rows, tab-separated.
        const report::TableDocument document =
            compete::standingsDocument(*standings, table, clock.now());
        for (const std::vector<std::string>& row : document.rows) {
            for (std::size_t i = 0; i < row.size(); ++i) std::cout << (i ? "\t" : "") << row[i];
            std::cout << '\n';
        }
        std::cout.flush();
        return kExitOk;
    }
    if (const std::string failure = makeParentFolder(options.output); !failure.empty()) {
        printSummary("tqm: " + failure);
        return kExitFailed;
    }
    if (const auto error =
            compete::writeStandings(options.output, *standings, table, *format, clock.now())) {
        printSummary("tqm: export-failed: " + error->message);
        return kExitFailed;
    }
    printSummary(options.output + ": " +
                 (table == compete::StandingsTable::Ranking
                      ? countOf(standings->ranking.size(), "person", "people") + " ranked"
                      : countOf(standings->units.size(), "unit", "units")));
    return kExitOk;
}

void addStandingsCommand(CLI::App* compete, const char* name, const char* description,
                         compete::StandingsTable table, const std::string& databasePath,
                         int& exitCode) {
    auto options = std::make_shared<StandingsOptions>();
    CLI::App* command = compete->add_subcommand(name, description);
    command->add_option("competition", options->competition, "The competition's id")->required();
    command
        ->add_option("--format", options->format,
                     "csv, xlsx or pdf (default: from the file's extension)")
        ->check(CLI::IsMember({"csv", "xlsx", "pdf"}));
    command->add_option("-o,--output", options->output,
                        "The file to write; without it the rows are printed");
    command->callback([options, table, &databasePath, &exitCode] {
        exitCode = runStandings(*options, table, databasePath);
    });
}

}  // namespace

CLI::App* competeCommand(CLI::App& app) {
    for (CLI::App* existing : app.get_subcommands({}))
        if (existing->get_name() == "compete") return existing;
    CLI::App* compete = app.add_subcommand("compete", "Knowledge competitions (知识竞赛)");
    compete->require_subcommand(1);
    return compete;
}

void addCompeteContestCommands(CLI::App& app, const std::string& databasePath, int& exitCode) {
    CLI::App* compete = competeCommand(app);

    auto create = std::make_shared<CreateOptions>();
    CLI::App* createCommand = compete->add_subcommand(
        "create",
        "Make an individual contest (个人赛) from a blueprint, or join one made on "
        "another workstation (--id and --seed)");
    createCommand->add_option("--blueprint", create->blueprint, "The blueprint file")->required();
    createCommand->add_option("--bank", create->bank,
                              "The bank file (default: found beside the "
                              "blueprint)");
    createCommand->add_option("--name", create->name, "The competition's name")->required();
    createCommand->add_option("--opens", create->opens, "When it opens: YYYY-MM-DD HH:MM (UTC+8)")
        ->required();
    createCommand->add_option("--closes", create->closes, "When it closes: YYYY-MM-DD HH:MM")
        ->required();
    createCommand->add_option("--minutes", create->minutes, "The strict time limit in minutes")
        ->required()
        ->check(CLI::Range(1, 24 * 60));
    createCommand->add_option("--paper", create->paper, "same (every seat) or per-seat")
        ->check(CLI::IsMember({"same", "per-seat"}));
    createCommand->add_option("--id", create->id,
                              "The competition's id, to join one made on another workstation");
    createCommand->add_option("--seed", create->seed, "The seed of the papers (default: random)");
    createCommand->callback(
        [create, &databasePath, &exitCode] { exitCode = runCreate(*create, databasePath); });

    compete->add_subcommand("list", "List the competitions with their ids")
        ->callback([&databasePath, &exitCode] { exitCode = runList(databasePath); });

    auto take = std::make_shared<ExamTakeOptions>();
    auto takeId = std::make_shared<std::string>();
    CLI::App* takeCommand = compete->add_subcommand(
        "take", "Sit the competition (within its window), as tqm exam take");
    takeCommand->add_option("competition", *takeId, "The competition's id")->required();
    takeCommand->add_option("--person", take->person, "The person's 工号")->required();
    takeCommand->add_option("--answers", take->answers,
                            "A file of \"SEQ ANSWER\" lines (default: at the terminal)");
    takeCommand->add_flag("--submit", take->submit, "Submit after the answers of the file");
    takeCommand->callback([take, takeId, &databasePath, &exitCode] {
        exitCode = runTake(*take, *takeId, databasePath);
    });

    addStandingsCommand(compete, "ranking",
                        "The merged ranking: score, then time used, then submission time",
                        compete::StandingsTable::Ranking, databasePath, exitCode);
    addStandingsCommand(compete, "units",
                        "Per unit (单位): people on the roster, participants, participation rate "
                        "and average score",
                        compete::StandingsTable::Units, databasePath, exitCode);
}

}  // namespace tqm::cli
