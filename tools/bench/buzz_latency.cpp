// tqm-bench-buzz-latency [--teams N] [--trials T] [--spread MS] [--seed S]: the time from a
// buzzer's key event entering the live engine to the engine's decision of who answers, for
// N teams pressing "at once" (timestamps within --spread ms, read in a random order), beside a
// bare std::min_element over the same timestamps measured in the same run. Exits 1 when any
// trial was not won by the earliest timestamp.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

#include <CLI/CLI.hpp>

#include "base/clock.h"
#include "base/file_io.h"
#include "compete/live_engine.h"
#include "compete/live_session.h"
#include "store/database.h"

namespace {

using Steady = std::chrono::steady_clock;
using namespace tqm::compete;

struct Figures {
    double median = 0;
    double p99 = 0;
    double max = 0;
};

Figures figuresOf(std::vector<double> nanos) {
    std::sort(nanos.begin(), nanos.end());
    const auto rank = [&](double share) {
        const auto index = static_cast<std::size_t>(std::ceil(share * nanos.size())) - 1;
        return nanos[std::min(index, nanos.size() - 1)];
    };
    return {rank(0.5), rank(0.99), nanos.back()};
}

TeamContest contestFor(int teams, int windowSeconds) {
    TeamContest contest;
    contest.title = "buzz latency";
    for (int i = 0; i < teams; ++i)
        contest.teams.push_back({"t" + std::to_string(i),
                                 "team " + std::to_string(i),
                                 {},
                                 "#000000",
                                 std::to_string(i)});
    Round round;
    round.kind = RoundKind::BuzzIn;
    round.rules.windowSeconds = windowSeconds;
    round.questions.push_back({"", "question", "answer"});
    contest.rounds.push_back(round);
    return contest;
}

double nanosSince(Steady::time_point start) {
    return std::chrono::duration<double, std::nano>(Steady::now() - start).count();
}

// The same presses through a LiveSession on a database file: the decision plus the event's own
// committed transaction (synchronous=FULL), which is what a press costs before it is shown.
int measureSession(const std::filesystem::path& folder, int teams, int trials, int spreadMs,
                   std::mt19937& random) {
    std::filesystem::create_directories(folder);
    std::string xml = "<competition format=\"1\"><title>bench</title><teams>";
    for (int i = 0; i < teams; ++i)
        xml += "<team id=\"t" + std::to_string(i) + "\" name=\"team " + std::to_string(i) +
               "\" key=\"" + std::to_string(i) + "\"/>";
    xml += "</teams><rounds><buzz-in window-seconds=\"600\">";
    for (int i = 0; i < trials; ++i) xml += "<question><text>q</text><answer>a</answer></question>";
    xml += "</buzz-in></rounds></competition>";
    const auto file = folder / "bench-contest.xml";
    if (!tqm::writeFileAtomically(file, xml).empty()) return 3;
    std::filesystem::remove(folder / "bench.db");
    const tqm::SystemClock wall;
    auto opened = tqm::store::Database::open(folder / "bench.db", wall);
    if (!opened.ok()) return 3;
    FakeLiveClock steady(0);
    auto started = LiveSession::start(*opened.database, file, steady);
    if (!started.session) return 3;
    LiveSession& session = *started.session;
    std::uniform_int_distribution<int> jitter(0, spreadMs);
    std::vector<double> nanos;
    std::vector<int> order(static_cast<std::size_t>(teams));
    for (int trial = 0; trial < trials; ++trial) {
        if (session.submit(ShowQuestion{}) || session.submit(OpenBuzzing{})) return 3;
        for (int t = 0; t < teams; ++t) order[static_cast<std::size_t>(t)] = t;
        std::shuffle(order.begin(), order.end(), random);
        for (const int team : order) {
            const auto start = Steady::now();
            if (session.pressKey(std::to_string(team), steady.steadyMs() + 100 + jitter(random)))
                return 3;
            nanos.push_back(nanosSince(start));
        }
        steady.advance(1000);
        if (session.submit(Judge{true}) || session.submit(Next{})) return 3;
    }
    const Figures figures = figuresOf(nanos);
    std::printf("%-34s %10.3f %10.3f %10.3f\n", "session: decision + committed log",
                figures.median / 1e3, figures.p99 / 1e3, figures.max / 1e3);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"The live engine's buzz decision time against a bare minimum search"};
    int teams = 8;
    int trials = 20000;
    int spreadMs = 3;
    unsigned seed = 20261124;
    app.add_option("--teams", teams, "Teams pressing at once")->check(CLI::Range(2, 64));
    app.add_option("--trials", trials, "Questions to buzz on")->check(CLI::Range(1, 10'000'000));
    app.add_option("--spread", spreadMs, "The presses' timestamps lie within this many ms")
        ->check(CLI::Range(0, 1000));
    app.add_option("--seed", seed, "Seed of the timestamps and the order of arrival");
    std::string sessionFolder;
    int sessionTrials = 200;
    app.add_option("--session-dir", sessionFolder,
                   "Also time presses through a live session on a database file in this folder");
    app.add_option("--session-trials", sessionTrials, "Questions buzzed on through the session")
        ->check(CLI::Range(1, 100000));
    CLI11_PARSE(app, argc, argv);

    const TeamContest contest = contestFor(teams, 10);
    LiveEngine engine(contest);
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> jitter(0, spreadMs);
    std::vector<double> engineNanos, baselineNanos;
    engineNanos.reserve(static_cast<std::size_t>(trials) * teams);
    baselineNanos.reserve(engineNanos.capacity());
    std::vector<std::size_t> arrival(static_cast<std::size_t>(teams));
    std::vector<std::int64_t> stamps(arrival.size()), seen;
    int wrongWinners = 0;
    std::size_t decidedBy = 0;  // keeps the optimiser from dropping the decision
    for (int trial = 0; trial < trials; ++trial) {
        engine.reset();
        const std::int64_t openAt = 1000;
        if (engine.apply({0, ShowQuestion{}}) || engine.apply({openAt, OpenBuzzing{}})) return 3;
        for (std::size_t t = 0; t < arrival.size(); ++t) {
            arrival[t] = t;
            stamps[t] = openAt + 1500 + jitter(random);
        }
        std::shuffle(arrival.begin(), arrival.end(), random);
        seen.clear();
        for (const std::size_t team : arrival) {
            const LiveEvent press{stamps[team], Buzz{team}};
            auto start = Steady::now();
            const auto refusal = engine.apply(press);
            decidedBy += engine.state().answering.value_or(0);
            engineNanos.push_back(nanosSince(start));
            if (refusal) return 3;
            seen.push_back(stamps[team]);
            start = Steady::now();
            decidedBy +=
                static_cast<std::size_t>(std::min_element(seen.begin(), seen.end()) - seen.begin());
            baselineNanos.push_back(nanosSince(start));
        }
        const std::int64_t earliest = *std::min_element(stamps.begin(), stamps.end());
        if (stamps[*engine.state().answering] != earliest) ++wrongWinners;
    }
    const volatile std::size_t sink = decidedBy;
    (void)sink;
    const Figures measured = figuresOf(engineNanos);
    const Figures baseline = figuresOf(baselineNanos);
    std::printf("%d trials, %d teams, presses within %d ms in random order (%zu decisions)\n",
                trials, teams, spreadMs, engineNanos.size());
    std::printf("%-34s %10s %10s %10s\n", "(microseconds)", "median", "p99", "max");
    std::printf("%-34s %10.3f %10.3f %10.3f\n", "engine: key event to decision",
                measured.median / 1e3, measured.p99 / 1e3, measured.max / 1e3);
    std::printf("%-34s %10.3f %10.3f %10.3f\n", "baseline: std::min_element", baseline.median / 1e3,
                baseline.p99 / 1e3, baseline.max / 1e3);
    if (!sessionFolder.empty())
        if (const int failed =
                measureSession(sessionFolder, teams, sessionTrials, spreadMs, random))
            return failed;
    std::printf("ratio engine / baseline (median): %.1f; target: p99 under 1000 us: %s\n",
                measured.median / std::max(baseline.median, 1.0),
                measured.p99 < 1e6 ? "met" : "NOT met");
    std::printf("earliest timestamp won: %d of %d trials\n", trials - wrongWinners, trials);
    return wrongWinners == 0 ? 0 : 1;
}
