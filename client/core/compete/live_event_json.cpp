#include "compete/live_event_json.h"

#include <nlohmann/json.hpp>

namespace tqm::compete {

namespace {

using Json = nlohmann::ordered_json;

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};

}  // namespace

std::string_view eventKindName(const EventBody& body) {
    return std::visit(
        Overloaded{[](const ShowQuestion&) { return "show"; },
                   [](const OpenBuzzing&) { return "open"; }, [](const Buzz&) { return "buzz"; },
                   [](const StartTimer&) { return "start-timer"; },
                   [](const Judge&) { return "judge"; }, [](const ChooseRisk&) { return "risk"; },
                   [](const TimeOut&) { return "time-out"; }, [](const Next&) { return "next"; },
                   [](const Adjust&) { return "adjust"; }, [](const Undo&) { return "undo"; }},
        body);
}

std::string payloadJson(const EventBody& body, const TeamContest& contest) {
    Json json = Json::object();
    const auto teamId = [&](std::size_t team) { return contest.teams.at(team).id; };
    std::visit(Overloaded{[&](const Buzz& buzz) { json["team"] = teamId(buzz.team); },
                          [&](const Judge& judge) { json["right"] = judge.right; },
                          [&](const ChooseRisk& risk) {
                              json["team"] = teamId(risk.team);
                              if (risk.value)
                                  json["value"] = *risk.value;
                              else
                                  json["pass"] = true;
                          },
                          [&](const Adjust& adjust) {
                              json["team"] = teamId(adjust.team);
                              json["delta"] = adjust.delta;
                              json["reason"] = adjust.reason;
                          },
                          [](const auto&) {}},
               body);
    return json.dump();
}

std::optional<EventBody> eventFromJson(std::string_view kind, std::string_view payload,
                                       const TeamContest& contest) {
    const Json json = Json::parse(payload, nullptr, false);
    if (json.is_discarded() || !json.is_object()) return std::nullopt;
    const auto team = [&]() -> std::optional<std::size_t> {
        if (!json.contains("team") || !json["team"].is_string()) return std::nullopt;
        for (std::size_t i = 0; i < contest.teams.size(); ++i)
            if (contest.teams[i].id == json["team"].get<std::string>()) return i;
        return std::nullopt;
    };
    if (kind == "show") return ShowQuestion{};
    if (kind == "open") return OpenBuzzing{};
    if (kind == "start-timer") return StartTimer{};
    if (kind == "time-out") return TimeOut{};
    if (kind == "next") return Next{};
    if (kind == "undo") return Undo{};
    if (kind == "judge" && json.contains("right") && json["right"].is_boolean())
        return Judge{json["right"].get<bool>()};
    const auto who = team();
    if (!who) return std::nullopt;
    if (kind == "buzz") return Buzz{*who};
    if (kind == "risk") {
        if (json.contains("value") && json["value"].is_number_integer())
            return ChooseRisk{*who, json["value"].get<int>()};
        return ChooseRisk{*who, std::nullopt};
    }
    if (kind == "adjust" && json.contains("delta") && json["delta"].is_number_integer() &&
        json.contains("reason") && json["reason"].is_string())
        return Adjust{*who, json["delta"].get<int>(), json["reason"].get<std::string>()};
    return std::nullopt;
}

}  // namespace tqm::compete
