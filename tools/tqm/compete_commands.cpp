// tqm compete run and tqm compete log.
#include "compete_commands.h"

#include <iostream>
#include <memory>
#include <optional>

#include "base/clock.h"
#include "base/file_io.h"
#include "compete/live_script.h"
#include "compete/live_session.h"
#include "database_option.h"
#include "output.h"

namespace tqm::cli {
namespace {

using Json = nlohmann::ordered_json;

struct RunOptions {
    std::string file;
    std::string script;
    bool json = false;
    bool fresh = false;  // --new
};

struct LogOptions {
    std::string output;
    std::string format = "csv";
    std::optional<std::int64_t> competition;
};

void printBoard(const compete::LiveSession& session) {
    for (const compete::Standing& standing : compete::standings(session.state()))
        std::cout << standing.rank << "  " << session.contest().teams[standing.team].name << "  "
                  << standing.score << "\n";
}

Json stateJson(const compete::LiveSession& session) {
    const compete::TeamContest& contest = session.contest();
    const compete::LiveState& state = session.state();
    const compete::Round& round = contest.rounds.at(state.round);
    const auto teamJson = [&](std::optional<std::size_t> team) {
        return team ? Json(contest.teams.at(*team).id) : Json(nullptr);
    };
    Json board = Json::array();
    for (const compete::Standing& standing : compete::standings(state))
        board.push_back({{"rank", standing.rank},
                         {"team", contest.teams[standing.team].id},
                         {"name", contest.teams[standing.team].name},
                         {"score", standing.score}});
    Json buzzes = Json::array();
    for (const compete::BuzzRecord& record : state.buzz.order())
        buzzes.push_back(
            {{"team", contest.teams.at(record.team).id},
             {"at_ms", record.atMs},
             {"opening", record.opening},
             {"since_open_ms", record.sinceOpenMs ? Json(*record.sinceOpenMs) : Json(nullptr)},
             {"foul", record.foul}});
    const compete::ContestQuestion* question = compete::currentQuestion(contest, state);
    return {{"competition", session.competitionId()},
            {"title", contest.title},
            {"round",
             {{"number", state.round + 1},
              {"kind", compete::roundKindName(round.kind)},
              {"title", round.title}}},
            {"question", state.question + 1},
            {"phase", compete::phaseName(state.phase)},
            {"outcome", compete::outcomeName(state.outcome)},
            {"answering", teamJson(state.answering)},
            {"stake", state.stake ? Json(*state.stake) : Json(nullptr)},
            {"shown", question ? Json(question->text) : Json(nullptr)},
            {"scoreboard", board},
            {"buzz_order", buzzes}};
}

int runScript(const RunOptions& options, const std::string& databasePath) {
    const SystemClock wall;
    const compete::SteadyLiveClock steady;
    std::optional<store::Database> database;
    if (databasePath.empty()) {
        // Without --db the replay leaves nothing behind.
        store::OpenResult opened = store::Database::open(store::kInMemory, wall);
        if (opened.ok()) database = std::move(opened.database);
    } else {
        database = openDatabase(databasePath, wall);
    }
    if (!database) return kExitFailed;
    compete::LiveOpenResult opened =
        options.fresh ? compete::LiveSession::start(*database, options.file, steady)
                      : compete::LiveSession::openOrResume(*database, options.file, steady);
    printDiagnostics(opened.diagnostics);
    if (!opened.session) {
        printSummary(options.file + ": " + problemSummary(opened.diagnostics) +
                     "; the competition was not started");
        return kExitFailed;
    }
    compete::LiveSession& session = *opened.session;
    std::vector<Diagnostic> problems;
    const std::optional<std::string> text = readInputFile(options.script, problems);
    if (!text) {
        printDiagnostics(problems);
        return kExitFailed;
    }
    const compete::ScriptParse script =
        compete::parseLiveScript(options.script, *text, session.contest());
    if (!script.ok()) {
        printDiagnostics(script.diagnostics);
        printSummary(options.script + ": " + problemSummary(script.diagnostics) +
                     "; no event was applied");
        return kExitFailed;
    }
    // The script's clock starts at the latest logged moment, so a replay gives the same times
    // whenever it runs.
    const std::int64_t start = session.latestLoggedMs();
    std::size_t applied = 0;
    for (const compete::ScriptEvent& line : script.events) {
        if (const auto refusal = session.submitAt(line.event.body, start + line.event.atMs)) {
            printDiagnostics({{options.script, line.line, line.column, Severity::Error,
                               refusal->code, refusal->message}});
            printSummary(options.script + ": " + std::to_string(applied) + " of " +
                         std::to_string(script.events.size()) +
                         " events applied; the rest were not");
            return kExitFailed;
        }
        ++applied;
    }
    if (options.json)
        printJson(stateJson(session));
    else
        printBoard(session);
    printSummary(options.script + ": " + countOf(applied, "event", "events") + " applied to " +
                 (opened.resumed ? "resumed" : "new") + " competition " +
                 std::to_string(session.competitionId()));
    return kExitOk;
}

int exportLog(const LogOptions& options, const std::string& databasePath) {
    const SystemClock wall;
    const compete::SteadyLiveClock steady;
    std::optional<store::Database> database = openDatabase(databasePath, wall);
    if (!database) return kExitFailed;
    compete::LiveOpenResult opened =
        compete::LiveSession::resume(*database, steady, options.competition);
    if (!opened.session) {
        printDiagnostics(opened.diagnostics);
        return kExitFailed;
    }
    compete::LiveSession& session = *opened.session;
    const std::vector<compete::LogRow> rows = session.logRows();
    const std::string bytes = options.format == "json" ? compete::logJson(session.contest(), rows)
                                                       : compete::logCsv(session.contest(), rows);
    std::string error = makeParentFolder(options.output);
    if (error.empty()) error = writeFileAtomically(options.output, bytes);
    if (!error.empty()) {
        printSummary("tqm: " + error);
        return kExitFailed;
    }
    printSummary("competition " + std::to_string(session.competitionId()) + ": " +
                 countOf(rows.size(), "event", "events") + " written to " + options.output);
    return kExitOk;
}

// The `compete` group is shared with the individual contest's commands: whichever part of the
// program adds its commands first makes it.
CLI::App* competeGroup(CLI::App& app) {
    for (CLI::App* existing : app.get_subcommands({}))
        if (existing->get_name() == "compete") return existing;
    CLI::App* compete = app.add_subcommand("compete", "Knowledge competitions (知识竞赛)");
    compete->require_subcommand(1);
    return compete;
}

}  // namespace

void addCompeteCommands(CLI::App& app, const std::string& databasePath, int& exitCode) {
    CLI::App* compete = competeGroup(app);
    compete->fallthrough();

    auto runOptions = std::make_shared<RunOptions>();
    CLI::App* run = compete->add_subcommand(
        "run",
        "Replay a script of events (show, open, buzz, right, wrong, risk, adjust, undo...) on a "
        "competition file and print the scoreboard. With --db the competition is kept and a "
        "later run resumes it");
    run->fallthrough();
    run->add_option("file", runOptions->file, "The competition file (competition.xsd)")->required();
    run->add_option("--script", runOptions->script,
                    "The script: one event per line (tools/tqm/README.md)")
        ->required();
    run->add_flag("--json", runOptions->json, "Print the whole state as JSON");
    run->add_flag("--new", runOptions->fresh,
                  "Start a new competition even when the database holds one from this file");
    run->callback([runOptions, &databasePath, &exitCode] {
        exitCode = runScript(*runOptions, databasePath);
    });

    auto logOptions = std::make_shared<LogOptions>();
    CLI::App* log = compete->add_subcommand(
        "log", "Export a competition's event log, one row per event with the scores after it");
    log->fallthrough();
    log->add_option("-o,--output", logOptions->output, "The file to write")->required();
    log->add_option("--format", logOptions->format, "csv (default) or json")
        ->check(CLI::IsMember({"csv", "json"}));
    log->add_option("--competition", logOptions->competition,
                    "The competition's number (default: the latest one)");
    log->callback([logOptions, &databasePath, &exitCode] {
        exitCode = exportLog(*logOptions, databasePath);
    });
}

}  // namespace tqm::cli
