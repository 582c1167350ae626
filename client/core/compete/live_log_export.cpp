#include "compete/live_log_export.h"

#include <nlohmann/json.hpp>

#include "base/clock.h"
#include "compete/live_engine.h"
#include "report/csv_export.h"

namespace tqm::compete {

namespace {

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};

std::optional<std::size_t> teamOf(const EventBody& body) {
    return std::visit(
        Overloaded{[](const Buzz& buzz) -> std::optional<std::size_t> { return buzz.team; },
                   [](const ChooseRisk& risk) -> std::optional<std::size_t> { return risk.team; },
                   [](const Adjust& adjust) -> std::optional<std::size_t> { return adjust.team; },
                   [](const auto&) -> std::optional<std::size_t> { return std::nullopt; }},
        body);
}

std::string signedNumber(std::int64_t value) {
    return (value > 0 ? "+" : "") + std::to_string(value);
}

// What an accepted event did, read from the state after it.
std::string detailOf(const LiveEvent& event, const LiveState& after) {
    return std::visit(
        Overloaded{
            [&](const Buzz& buzz) -> std::string {
                for (const BuzzRecord& record : after.buzz.order()) {
                    if (record.team != buzz.team || record.atMs != event.atMs) continue;
                    if (!record.sinceOpenMs) return "foul before opening";
                    if (*record.sinceOpenMs < 0)
                        return "foul " + std::to_string(-*record.sinceOpenMs) +
                               " ms before opening";
                    return std::to_string(*record.sinceOpenMs) + " ms after opening";
                }
                return {};
            },
            [](const Judge& judge) -> std::string { return judge.right ? "right" : "wrong"; },
            [](const ChooseRisk& risk) -> std::string {
                return risk.value ? "stake " + std::to_string(*risk.value) : "pass";
            },
            [](const Adjust& adjust) -> std::string {
                return adjust.reason + " (" + signedNumber(adjust.delta) + ")";
            },
            [&](const TimeOut&) -> std::string { return std::string(outcomeName(after.outcome)); },
            [](const auto&) -> std::string { return {}; }},
        event.body);
}

}  // namespace

std::vector<LogRow> describeLog(const TeamContest& contest, std::span<const LoggedEvent> events) {
    LiveEngine engine(contest);
    std::vector<const LoggedEvent*> inEffect;  // to name what an undo cancels
    std::vector<LogRow> rows;
    for (const LoggedEvent& logged : events) {
        LogRow row{logged.seq,
                   logged.recordedAt,
                   logged.event.atMs,
                   std::string(eventKindName(logged.event.body)),
                   teamOf(logged.event.body),
                   {},
                   {}};
        const bool undo = std::holds_alternative<Undo>(logged.event.body);
        const LoggedEvent* undone = undo && !inEffect.empty() ? inEffect.back() : nullptr;
        if (const auto refusal = engine.apply(logged.event)) {
            row.detail = "refused: " + refusal->message;
        } else if (undo) {
            inEffect.pop_back();
            row.detail = "undoes #" + std::to_string(undone->seq) + " " +
                         std::string(eventKindName(undone->event.body));
            row.team = teamOf(undone->event.body);
        } else {
            inEffect.push_back(&logged);
            row.detail = detailOf(logged.event, engine.state());
        }
        row.scoresAfter = engine.state().scores;
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string logCsv(const TeamContest& contest, std::span<const LogRow> rows) {
    std::string csv = "\xEF\xBB\xBFseq,time,at_ms,kind,team,detail";
    for (const Team& team : contest.teams) csv += "," + report::csvField(team.name);
    csv += "\r\n";
    for (const LogRow& row : rows) {
        csv += std::to_string(row.seq) + "," + formatIsoUtc(fromUnixMillis(row.recordedAt)) + "," +
               std::to_string(row.atMs) + "," + row.kind + "," +
               (row.team ? report::csvField(contest.teams.at(*row.team).name) : "") + "," +
               report::csvField(row.detail);
        for (const int score : row.scoresAfter) csv += "," + std::to_string(score);
        csv += "\r\n";
    }
    return csv;
}

std::string logJson(const TeamContest& contest, std::span<const LogRow> rows) {
    using Json = nlohmann::ordered_json;
    Json document{{"title", contest.title}, {"teams", Json::array()}, {"events", Json::array()}};
    for (const Team& team : contest.teams)
        document["teams"].push_back({{"id", team.id}, {"name", team.name}});
    for (const LogRow& row : rows) {
        Json scores = Json::object();
        for (std::size_t i = 0; i < row.scoresAfter.size(); ++i)
            scores[contest.teams.at(i).id] = row.scoresAfter[i];
        document["events"].push_back(
            {{"seq", row.seq},
             {"time", formatIsoUtc(fromUnixMillis(row.recordedAt))},
             {"at_ms", row.atMs},
             {"kind", row.kind},
             {"team", row.team ? Json(contest.teams.at(*row.team).id) : Json(nullptr)},
             {"detail", row.detail},
             {"scores", scores}});
    }
    return document.dump(2) + "\n";
}

}  // namespace tqm::compete
