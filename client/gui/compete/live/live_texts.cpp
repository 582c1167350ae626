#include "compete/live/live_texts.h"

#include <wx/intl.h>

namespace tqm::gui {

namespace {

wxString u8(const std::string& text) {
    return wxString::FromUTF8(text);
}

}  // namespace

wxString roundKindText(compete::RoundKind kind) {
    switch (kind) {
        case compete::RoundKind::Required:
            return _("Required");
        case compete::RoundKind::BuzzIn:
            return _("Buzz-in");
        case compete::RoundKind::Risk:
            return _("Risk");
        case compete::RoundKind::Speed:
            return _("Speed");
    }
    return {};
}

wxString teamText(const compete::TeamContest& contest, std::size_t team) {
    return team < contest.teams.size() ? u8(contest.teams[team].name) : wxString();
}

wxString phaseText(const compete::TeamContest& contest, const compete::LiveState& state) {
    using compete::Phase;
    const wxString inTurn =
        contest.teams.empty() ? wxString() : teamText(contest, teamInTurn(contest, state));
    const bool risk = state.phase != Phase::Finished &&
                      contest.rounds.at(state.round).kind == compete::RoundKind::Risk;
    const bool speed = state.phase != Phase::Finished &&
                       contest.rounds.at(state.round).kind == compete::RoundKind::Speed;
    switch (state.phase) {
        case Phase::Ready:
            if (risk) return wxString::Format(_("%s chooses a stake"), inTurn);
            if (speed) return wxString::Format(_("%s is ready for the speed turn"), inTurn);
            return _("Ready to show the question");
        case Phase::RiskChosen:
            return wxString::Format(_("%s staked %d points"), inTurn, state.stake.value_or(0));
        case Phase::Shown:
            if (contest.rounds.at(state.round).kind == compete::RoundKind::BuzzIn)
                return _("The question is read; buzzing is not open yet");
            return wxString::Format(_("%s is answering"), inTurn);
        case Phase::BuzzOpen:
            return _("Buzzing is open");
        case Phase::Answering:
            return wxString::Format(_("%s buzzed first and is answering"),
                                    teamText(contest, state.answering.value_or(0)));
        case Phase::SpeedRunning:
            return wxString::Format(_("%s's speed turn is running"), inTurn);
        case Phase::Closed:
            return wxString::Format(_("Decided: %s"), outcomeText(state.outcome));
        case Phase::Finished:
            return _("The competition is over");
    }
    return {};
}

wxString outcomeText(compete::Outcome outcome) {
    switch (outcome) {
        case compete::Outcome::None:
            return {};
        case compete::Outcome::Right:
            return _("right");
        case compete::Outcome::Wrong:
            return _("wrong");
        case compete::Outcome::TimeUp:
            return _("time is up");
        case compete::Outcome::Void:
            return _("nobody buzzed, the question is void");
        case compete::Outcome::Passed:
            return _("the team passed");
        case compete::Outcome::OutOfQuestions:
            return _("no questions left");
    }
    return {};
}

wxString eventText(const compete::TeamContest& contest, const compete::EventBody& body) {
    struct Describe {
        const compete::TeamContest& contest;
        wxString operator()(const compete::ShowQuestion&) const { return _("Show question"); }
        wxString operator()(const compete::OpenBuzzing&) const { return _("Open buzzing"); }
        wxString operator()(const compete::Buzz& buzz) const {
            return wxString::Format(_("%s buzzed"), teamText(contest, buzz.team));
        }
        wxString operator()(const compete::StartTimer&) const { return _("Start timer"); }
        wxString operator()(const compete::Judge& judge) const {
            return judge.right ? _("Correct") : _("Wrong");
        }
        wxString operator()(const compete::ChooseRisk& choice) const {
            if (!choice.value)
                return wxString::Format(_("%s passed"), teamText(contest, choice.team));
            return wxString::Format(_("%s staked %d"), teamText(contest, choice.team),
                                    *choice.value);
        }
        wxString operator()(const compete::TimeOut&) const { return _("Time out"); }
        wxString operator()(const compete::Next&) const { return _("Next"); }
        wxString operator()(const compete::Adjust& adjust) const {
            return wxString::Format(_("%s %+d: %s"), teamText(contest, adjust.team), adjust.delta,
                                    u8(adjust.reason));
        }
        wxString operator()(const compete::Undo&) const { return _("Undo"); }
    };
    return std::visit(Describe{contest}, body);
}

wxString refusalText(const compete::TeamContest& contest, const compete::LiveState& state,
                     const compete::Refusal& refusal) {
    const std::string& code = refusal.code;
    if (code == "wrong-phase")
        return wxString::Format(_("Not possible now: %s."), phaseText(contest, state));
    if (code == "wrong-round") return _("This action does not belong to the current round.");
    if (code == "unknown-team") return _("There is no such team.");
    if (code == "not-in-turn") return _("It is not this team's turn.");
    if (code == "barred") return _("This team may not buzz on this question any more.");
    if (code == "already-buzzed") return _("This team has already buzzed.");
    if (code == "window-closed") return _("The buzz came after buzzing closed.");
    if (code == "not-a-stake") return _("This value is not one of the round's stakes.");
    if (code == "pass-not-allowed") return _("This round does not allow passing.");
    if (code == "timer-running") return _("The countdown is already running.");
    if (code == "no-timer") return _("No countdown is running; start the timer first.");
    if (code == "time-is-up") return _("The time is up; the answer came too late.");
    if (code == "no-questions-left") return _("The round has no questions left.");
    if (code == "empty-reason") return _("Give a reason for the score change.");
    if (code == "zero-adjustment") return _("The score change must not be zero.");
    if (code == "nothing-to-undo") return _("There is nothing to undo.");
    if (code == "unknown-key") return _("No team's buzzer sends this key.");
    return wxString::Format(_("Refused: %s"), u8(refusal.message));
}

wxString contestProblemText(const Diagnostic& problem) {
    const std::string& code = problem.code;
    if (code == "file-not-found")
        return _("The competition file does not exist or cannot be read.");
    if (code == "xml-syntax")
        return wxString::Format(_("The file is not well-formed XML: %s"), u8(problem.message));
    if (code == "wrong-root") return _("This is not a competition file.");
    if (code == "duplicate-team") return _("Two teams have the same id or name.");
    if (code == "duplicate-key") return _("Two teams use the same buzzer key.");
    if (code == "too-few-teams") return _("A competition needs at least two teams.");
    if (code == "no-rounds") return _("The competition has no rounds.");
    if (code == "round-without-questions") return _("A round has no questions.");
    if (code == "unknown-question")
        return wxString::Format(_("The bank has no such question: %s"), u8(problem.message));
    if (code == "no-bank") return _("Questions are named by id, but no bank file is given.");
    if (code == "bad-bank")
        return wxString::Format(_("The bank file cannot be read: %s"), u8(problem.message));
    if (code == "missing-attribute" || code == "missing-title" || code == "incomplete-question")
        return wxString::Format(_("Something required is missing: %s"), u8(problem.message));
    if (code == "invalid-value")
        return wxString::Format(_("A value is not valid: %s"), u8(problem.message));
    if (code == "unknown-attribute" || code == "unknown-element")
        return wxString::Format(_("Not part of the competition format: %s"), u8(problem.message));
    if (code == "cannot-resume")
        return wxString::Format(_("The stored competition cannot be resumed: %s"),
                                u8(problem.message));
    return u8(problem.message);
}

wxString timelineText(std::int64_t atMs) {
    const std::int64_t seconds = atMs / 1000;
    return wxString::Format("%lld:%02lld.%03lld", static_cast<long long>(seconds / 60),
                            static_cast<long long>(seconds % 60),
                            static_cast<long long>(atMs % 1000));
}

}  // namespace tqm::gui
