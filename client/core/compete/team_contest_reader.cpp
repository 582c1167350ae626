// The competition file reader: the XML structure and the teams here, rounds and their questions
// in team_contest_rounds.cpp.
#include "compete/team_contest_reader.h"

#include <fstream>
#include <iterator>
#include <set>

#include "base/encoding_check.h"
#include "compete/team_contest_parse.h"

namespace tqm::compete {

namespace {

using contest_parse::Context;

void readTeam(pugi::xml_node element, Context& context, TeamContest& contest) {
    Team team;
    team.id = context.requiredAttribute(element, "id");
    team.name = context.requiredAttribute(element, "name");
    team.colour = element.attribute("colour").value();
    team.buzzerKey = context.requiredAttribute(element, "key");
    if (!team.colour.empty() && !contest_parse::isColour(team.colour))
        context.error(element, "invalid-value",
                      "team \"" + team.id + "\": colour \"" + team.colour +
                          "\" is not a colour; write #RRGGBB, e.g. #D32F2F");
    for (pugi::xml_node child : element.children("member"))
        team.members.emplace_back(contest_parse::trimmed(child.text().get()));
    contest.teams.push_back(std::move(team));
}

// Ids, names and keys identify a team in events, scripts and at the buzzer: each must be unique.
void checkTeamsUnique(pugi::xml_node teams, Context& context, const TeamContest& contest) {
    std::set<std::string> ids, names, keys;
    std::size_t index = 0;
    for (pugi::xml_node element : teams.children("team")) {
        const Team& team = contest.teams[index++];
        if (!team.id.empty() && !ids.insert(team.id).second)
            context.error(element, "duplicate-team", "team id \"" + team.id + "\" is used twice");
        if (!team.name.empty() && !names.insert(team.name).second)
            context.error(element, "duplicate-team",
                          "team name \"" + team.name + "\" is used twice");
        if (!team.buzzerKey.empty() && !keys.insert(team.buzzerKey).second)
            context.error(element, "duplicate-key",
                          "team \"" + team.id + "\": buzzer key \"" + team.buzzerKey +
                              "\" is already another team's");
    }
    if (contest.teams.size() < 2)
        context.error(teams, "too-few-teams", "a team competition needs at least 2 teams");
}

void readParsed(pugi::xml_node root, Context& context, const std::filesystem::path& baseDir,
                ContestReadResult& result) {
    TeamContest& contest = result.contest;
    if (std::string_view(root.name()) != "competition") {
        context.error(root, "wrong-root",
                      "the root element is <" + std::string(root.name()) +
                          ">; a competition file starts with <competition>");
        return;
    }
    if (const auto start =
            contest_parse::wholeAttribute(root, "starting-score", context, 0, 1000000))
        contest.startingScore = *start;
    contest.title = contest_parse::trimmed(root.child("title").text().get());
    if (contest.title.empty())
        context.error(root, "missing-title", "the competition has no <title>");
    const pugi::xml_node bank = root.child("bank");
    if (bank) contest.bankFile = context.requiredAttribute(bank, "file");
    const pugi::xml_node teams = root.child("teams");
    if (!teams) {
        context.error(root, "too-few-teams", "the competition has no <teams>");
    } else {
        for (pugi::xml_node element : teams.children("team")) readTeam(element, context, contest);
        checkTeamsUnique(teams, context, contest);
    }
    const pugi::xml_node rounds = root.child("rounds");
    if (!rounds || !rounds.first_child()) {
        context.error(root, "no-rounds", "the competition has no rounds");
        return;
    }
    const contest_parse::BankSource source =
        contest_parse::loadBank(contest.bankFile, baseDir, bank, context);
    for (pugi::xml_node element : rounds.children())
        if (element.type() == pugi::node_element)
            contest_parse::readRound(element, context, source, contest);
}

}  // namespace

ContestReadResult readContestBytes(std::string fileName, std::string_view bytes,
                                   const std::filesystem::path& baseDir) {
    ContestReadResult result;
    DiagnosticSink sink(result.diagnostics, fileName);
    if (!reportIfNotUtf8(bytes, "save it as UTF-8 in your editor", sink)) return result;
    pugi::xml_document document;
    const pugi::xml_parse_result parsed = document.load_buffer(bytes.data(), bytes.size());
    Context context(bytes, sink);
    if (!parsed) {
        context.errorAt(static_cast<std::size_t>(parsed.offset), "xml-syntax",
                        std::string("the file is not well-formed XML: ") + parsed.description());
        return result;
    }
    readParsed(document.document_element(), context, baseDir, result);
    std::vector<int> noDetails;
    sortDiagnosticsWithDetails(result.diagnostics, noDetails);
    return result;
}

ContestReadResult readContestFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        ContestReadResult result;
        result.diagnostics.push_back({file.string(), 0, 0, Severity::Error, "file-not-found",
                                      "the competition file does not exist or cannot be read"});
        return result;
    }
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return readContestBytes(file.string(), bytes, file.parent_path());
}

}  // namespace tqm::compete
