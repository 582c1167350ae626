#include "compete/live_session.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "base/sha256.h"
#include "compete/live_event_json.h"
#include "compete/team_contest_frozen.h"
#include "compete/team_contest_reader.h"
#include "store/live_event_repository.h"

namespace tqm::compete {

namespace {

std::optional<std::string> readWhole(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Kept absolute so that a competition resumes (and finds its bank) from any current folder.
std::string absoluteName(const std::filesystem::path& file) {
    std::error_code error;
    const std::filesystem::path absolute = std::filesystem::absolute(file, error);
    return (error ? file : absolute.lexically_normal()).string();
}

Diagnostic cannotResume(std::string file, std::string message) {
    return {std::move(file), 0, 0, Severity::Error, "cannot-resume", std::move(message)};
}

LoggedEvent loggedOf(const store::StoredLiveEvent& stored, const EventBody& body) {
    return {stored.seq, stored.recordedAt, {stored.atMs, body}};
}

}  // namespace

LiveSession::LiveSession(Token, store::Database& database, const LiveClock& clock,
                         TeamContest contest, std::int64_t competitionId)
    : database_(database),
      clock_(clock),
      contest_(std::move(contest)),
      engine_(contest_),
      competitionId_(competitionId),
      steadyBase_(clock.steadyMs()) {}

LiveOpenResult LiveSession::start(store::Database& database, const std::filesystem::path& file,
                                  const LiveClock& clock) {
    LiveOpenResult result;
    const std::optional<std::string> text = readWhole(file);
    if (!text) {
        result.diagnostics.push_back({file.string(), 0, 0, Severity::Error, "file-not-found",
                                      "the competition file does not exist or cannot be read"});
        return result;
    }
    ContestReadResult read = readContestBytes(file.string(), *text, file.parent_path());
    result.diagnostics = std::move(read.diagnostics);
    if (hasErrors(result.diagnostics)) return result;
    store::LiveEventRepository repository(database);
    const store::LiveCompetitionRow row =
        repository.createCompetition(read.contest.title, absoluteName(file), sha256Hex(*text),
                                     frozenContestXml(*text, read.contest));
    result.session =
        std::make_unique<LiveSession>(Token{}, database, clock, std::move(read.contest), row.id);
    return result;
}

LiveOpenResult LiveSession::openOrResume(store::Database& database,
                                         const std::filesystem::path& file,
                                         const LiveClock& clock) {
    if (const std::optional<std::string> text = readWhole(file)) {
        store::LiveEventRepository repository(database);
        if (const auto row = repository.latestCompetition(sha256Hex(*text)))
            return resume(database, clock, row->id);
    }
    return start(database, file, clock);
}

LiveOpenResult LiveSession::resume(store::Database& database, const LiveClock& clock,
                                   std::optional<std::int64_t> competitionId) {
    store::LiveEventRepository repository(database);
    const auto row =
        competitionId ? repository.competition(*competitionId) : repository.latestCompetition();
    LiveOpenResult result;
    if (!row) {
        result.diagnostics.push_back(cannotResume(
            database.file().string(),
            competitionId ? "the database has no competition " + std::to_string(*competitionId)
                          : "the database holds no live competition"));
        return result;
    }
    // The file as it was started, its bank questions written out in it.
    const std::filesystem::path file(row->filePath);
    ContestReadResult read = readContestBytes(row->filePath, row->fileText, file.parent_path());
    result.diagnostics = std::move(read.diagnostics);
    if (hasErrors(result.diagnostics)) return result;
    result.session =
        std::make_unique<LiveSession>(Token{}, database, clock, std::move(read.contest), row->id);
    if (auto problem = result.session->replayStored()) {
        result.diagnostics.push_back(cannotResume(row->filePath, *problem));
        result.session.reset();
        return result;
    }
    result.resumed = true;
    return result;
}

std::optional<std::string> LiveSession::replayStored() {
    engine_.reset();
    const std::vector<store::StoredLiveEvent> stored =
        store::LiveEventRepository(database_).events(competitionId_);
    for (const store::StoredLiveEvent& event : stored) {
        auto body = eventFromJson(event.kind, event.payload, contest_);
        const auto refusal = body ? engine_.apply({event.atMs, std::move(*body)}) : std::nullopt;
        if (!body || refusal)
            return "event " + std::to_string(event.seq) + " (" + event.kind + ") of competition " +
                   std::to_string(competitionId_) + " cannot be replayed" +
                   (refusal ? ": " + refusal->message : "");
    }
    // The timeline goes on from the latest moment logged (a press read late may be logged
    // after a later one), so times before and after a restart compare.
    latestLoggedMs_ = 0;
    for (const store::StoredLiveEvent& event : stored)
        latestLoggedMs_ = std::max(latestLoggedMs_, event.atMs);
    if (!stored.empty()) steadyBase_ = clock_.steadyMs() - latestLoggedMs_;
    return std::nullopt;
}

std::optional<Refusal> LiveSession::submit(EventBody body) {
    return submitAt(std::move(body), nowMs());
}

std::optional<Refusal> LiveSession::submitAt(EventBody body, std::int64_t timelineMs) {
    LiveEvent event{timelineMs, std::move(body)};
    if (auto refusal = engine_.apply(event)) return refusal;
    try {
        store::LiveEventRepository(database_).append(competitionId_, eventKindName(event.body),
                                                     payloadJson(event.body, contest_), event.atMs);
    } catch (...) {
        // Not written, so it must not be shown: back to what the log holds.
        const auto steadyBase = steadyBase_;
        replayStored();
        steadyBase_ = steadyBase;
        throw;
    }
    latestLoggedMs_ = std::max(latestLoggedMs_, event.atMs);
    return std::nullopt;
}

std::optional<Refusal> LiveSession::check(const EventBody& body) const {
    return wouldRefuse(engine_, {nowMs(), body});
}

std::optional<Refusal> LiveSession::pressKey(std::string_view key, std::int64_t steadyMs) {
    const auto team = contest_.teamForKey(key);
    if (!team) return Refusal{"unknown-key", "no team's buzzer sends the key " + std::string(key)};
    return submitAt(Buzz{*team}, timelineMs(steadyMs));
}

std::vector<LogRow> LiveSession::logRows() {
    std::vector<LoggedEvent> events;
    for (const store::StoredLiveEvent& stored :
         store::LiveEventRepository(database_).events(competitionId_))
        if (const auto body = eventFromJson(stored.kind, stored.payload, contest_))
            events.push_back(loggedOf(stored, *body));
    return describeLog(contest_, events);
}

}  // namespace tqm::compete
