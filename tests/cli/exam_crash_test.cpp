// The crash test: `tqm exam take --answers` is killed with SIGKILL at random moments, again and
// again, and started again each time. Every answer it acknowledged ("saved SEQ: ANSWER", printed
// only after the commit) must be in the database, and the attempt's time must follow the exam's
// policy for time while the program was down.
#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "child_process.h"
#include "tqm_runner.h"

using tqm::clitest::dataDir;
using tqm::clitest::RunningTqm;
using tqm::clitest::runTqm;
using tqm::clitest::TempDir;

namespace {

constexpr int kKillsPerPolicy = 30;

std::int64_t nowMillis() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Thousands of lines, each changing one of the paper's six answers to a text seen nowhere else,
// so that every acknowledgement can be matched with exactly one row of the answer history.
void writeAnswerFile(const std::filesystem::path& file) {
    std::ofstream out(file, std::ios::binary);
    const char* choices[] = {"A", "B", "C"};
    const char* sets[] = {"A", "AB", "B", "BC", "AC", "ABC"};
    for (int i = 0; i < 4000; ++i) {
        switch (i % 6) {
            case 0:
                out << "1 " << choices[(i / 6) % 3] << '\n';
                break;
            case 1:
                out << "2 " << sets[(i / 6) % 6] << '\n';
                break;
            case 2:
                out << "3 " << ((i / 6) % 2 ? "T" : "F") << '\n';
                break;
            case 3:
                out << "4 实施" << i << "|改进" << i << '\n';
                break;
            case 4:
                out << "5 " << i << '\n';
                break;
            default:
                out << "6 第" << i << "次作答：选择课题、现状调查" << '\n';
                break;
        }
    }
}

struct Acknowledged {
    std::size_t seq = 0;
    std::string text;
};

std::optional<Acknowledged> parseSaved(const std::string& line) {
    if (line.rfind("saved ", 0) != 0) return std::nullopt;
    const std::size_t colon = line.find(": ");
    if (colon == std::string::npos) return std::nullopt;
    return Acknowledged{std::stoul(line.substr(6, colon - 6)), line.substr(colon + 2)};
}

struct AttemptTiming {
    std::int64_t id = 0;
    std::int64_t startedAt = 0;
    std::int64_t limitMs = 0;
    std::int64_t pausedMs = 0;
    std::int64_t deadline = 0;
    std::int64_t heartbeatAt = 0;
};

std::optional<AttemptTiming> attemptOf(SQLite::Database& sql, int examId) {
    SQLite::Statement row(sql,
                          "SELECT id, started_at, time_limit_ms, paused_ms, deadline, heartbeat_at "
                          "FROM attempt WHERE exam_id = ?1");
    row.bind(1, examId);
    if (!row.executeStep()) return std::nullopt;
    return AttemptTiming{row.getColumn(0).getInt64(), row.getColumn(1).getInt64(),
                         row.getColumn(2).getInt64(), row.getColumn(3).getInt64(),
                         row.getColumn(4).getInt64(), row.getColumn(5).getInt64()};
}

// seq -> the answers of revisions after `after[seq]`, in revision order.
std::map<std::size_t, std::vector<std::string>> historyAfter(
    SQLite::Database& sql, std::int64_t attemptId, const std::map<std::size_t, int>& after) {
    std::map<std::size_t, std::vector<std::string>> rows;
    SQLite::Statement history(sql,
                              "SELECT seq, revision, answer FROM answer_history "
                              "WHERE attempt_id = ?1 ORDER BY seq, revision");
    history.bind(1, attemptId);
    while (history.executeStep()) {
        const auto seq = static_cast<std::size_t>(history.getColumn(0).getInt64());
        const auto it = after.find(seq);
        if (it == after.end() || history.getColumn(1).getInt() > it->second)
            rows[seq].push_back(history.getColumn(2).getString());
    }
    return rows;
}

std::map<std::size_t, int> revisions(SQLite::Database& sql, std::int64_t attemptId) {
    std::map<std::size_t, int> latest;
    SQLite::Statement rows(sql,
                           "SELECT seq, max(revision) FROM answer_history WHERE attempt_id = ?1 "
                           "GROUP BY seq");
    rows.bind(1, attemptId);
    while (rows.executeStep())
        latest[static_cast<std::size_t>(rows.getColumn(0).getInt64())] = rows.getColumn(1).getInt();
    return latest;
}

struct Restart {
    std::int64_t lastHeartbeat = 0;
    std::int64_t restartedAt = 0;
    std::int64_t pausedMs = 0;
};

std::vector<Restart> restartsOf(SQLite::Database& sql, std::int64_t attemptId) {
    std::vector<Restart> restarts;
    SQLite::Statement rows(sql,
                           "SELECT last_heartbeat, restarted_at, paused_ms FROM attempt_restart "
                           "WHERE attempt_id = ?1 ORDER BY id");
    rows.bind(1, attemptId);
    while (rows.executeStep())
        restarts.push_back({rows.getColumn(0).getInt64(), rows.getColumn(1).getInt64(),
                            rows.getColumn(2).getInt64()});
    return restarts;
}

struct CrashTotals {
    std::size_t acknowledged = 0;
    int runsWithAnswers = 0;
    int restartsChecked = 0;
};

// Kills `take` kKillsPerPolicy times and checks the database after each kill.
CrashTotals crashRepeatedly(const std::string& db, int examId, bool pausedWhileDown,
                            const std::filesystem::path& answers, std::mt19937& random) {
    CrashTotals totals;
    std::uniform_int_distribution<int> delayMs(5, 150);
    for (int kill = 0; kill < kKillsPerPolicy; ++kill) {
        std::optional<AttemptTiming> before;
        std::map<std::size_t, int> revisionsBefore;
        std::size_t restartsBefore = 0;
        {
            SQLite::Database sql(db);
            before = attemptOf(sql, examId);
            if (before) {
                revisionsBefore = revisions(sql, before->id);
                restartsBefore = restartsOf(sql, before->id).size();
            }
        }

        const std::int64_t spawnedAt = nowMillis();
        RunningTqm take({"--db", db, "exam", "take", std::to_string(examId), "--person", "E001",
                         "--answers", answers.string()},
                        dataDir());
        const auto killAt =
            std::chrono::steady_clock::now() + std::chrono::milliseconds(delayMs(random));
        std::vector<Acknowledged> acked;
        while (std::chrono::steady_clock::now() < killAt) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                killAt - std::chrono::steady_clock::now());
            const std::optional<std::string> line = take.readLine(left);
            if (!line) continue;
            if (auto saved = parseSaved(*line)) acked.push_back(*saved);
        }
        take.kill();
        // Lines the process wrote before it died are still in the pipe: they were acknowledged.
        for (const std::string& line : take.drainLines())
            if (auto saved = parseSaved(line)) acked.push_back(*saved);
        const std::int64_t killedAt = nowMillis();

        SQLite::Database sql(db);
        const std::optional<AttemptTiming> after = attemptOf(sql, examId);
        if (!acked.empty()) {
            REQUIRE(after.has_value());
            ++totals.runsWithAnswers;
        }
        if (!after) continue;

        // Every acknowledged answer is in the history, in the order it was acknowledged, and
        // the current answer is the latest revision.
        std::map<std::size_t, std::vector<std::string>> ackedBySeq;
        for (const Acknowledged& a : acked) ackedBySeq[a.seq].push_back(a.text);
        const auto written = historyAfter(sql, after->id, revisionsBefore);
        for (const auto& [seq, texts] : ackedBySeq) {
            INFO("kill " << kill << ", question " << seq);
            const auto rows = written.find(seq);
            REQUIRE(rows != written.end());
            REQUIRE(rows->second.size() >= texts.size());
            CHECK(std::vector<std::string>(
                      rows->second.begin(),
                      rows->second.begin() + static_cast<std::ptrdiff_t>(texts.size())) == texts);
            SQLite::Statement current(
                sql, "SELECT answer FROM answer WHERE attempt_id = ?1 AND seq = ?2");
            current.bind(1, after->id);
            current.bind(2, static_cast<std::int64_t>(seq));
            REQUIRE(current.executeStep());
            CHECK(current.getColumn(0).getString() == rows->second.back());
        }
        totals.acknowledged += acked.size();

        // The time: the deadline is start + limit + paused, and a restart gives back the time
        // from the last heartbeat before the kill to the restart only under paused-while-down.
        const std::vector<Restart> restarts = restartsOf(sql, after->id);
        std::int64_t paused = 0;
        for (const Restart& r : restarts) paused += r.pausedMs;
        CHECK(after->pausedMs == paused);
        CHECK(after->deadline == after->startedAt + after->limitMs + paused);
        if (!pausedWhileDown) CHECK(after->deadline == after->startedAt + after->limitMs);
        if (before && restarts.size() > restartsBefore) {
            REQUIRE(restarts.size() == restartsBefore + 1);
            const Restart& r = restarts.back();
            CHECK(r.lastHeartbeat == before->heartbeatAt);
            CHECK(r.restartedAt >= spawnedAt - 1);
            CHECK(r.restartedAt <= killedAt + 1);
            CHECK(r.pausedMs == (pausedWhileDown ? r.restartedAt - r.lastHeartbeat : 0));
            ++totals.restartsChecked;
        } else if (before && !acked.empty()) {
            FAIL("answers were saved after a restart that was not recorded");
        }
    }
    return totals;
}

}  // namespace

TEST_CASE("answers acknowledged before SIGKILL survive it, and time follows the exam's policy") {
    const TempDir dir;
    const std::string db = (dir / "tqm.db").string();
    REQUIRE(runTqm({"--db", db, "people", "import", "roster.csv"}).exitCode == 0);
    for (const char* policy : {"deadline-runs", "paused-while-down"})
        REQUIRE(runTqm({"--db", db, "exam", "create", "--blueprint", "exam-blueprint.xml",
                        "--minutes", "60", "--pass", "8", "--seed", "3", "--timer", policy})
                    .exitCode == 0);
    const auto answers = dir / "answers.txt";
    writeAnswerFile(answers);

    std::mt19937 random(20261124);  // fixed, so a failure can be replayed
    const CrashTotals runs = crashRepeatedly(db, 1, false, answers, random);
    const CrashTotals paused = crashRepeatedly(db, 2, true, answers, random);

    // Enough kills landed while answers were being written for the test to mean something.
    CHECK(runs.runsWithAnswers >= kKillsPerPolicy / 2);
    CHECK(paused.runsWithAnswers >= kKillsPerPolicy / 2);
    CHECK(runs.restartsChecked >= kKillsPerPolicy / 2);
    CHECK(paused.restartsChecked >= kKillsPerPolicy / 2);
    CHECK(runs.acknowledged + paused.acknowledged >= 200);
}
