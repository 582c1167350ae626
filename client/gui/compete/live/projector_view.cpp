#include "compete/live/projector_view.h"

#include "compete/live/live_texts.h"

namespace tqm::gui {

wxColour teamColour(const std::string& hex) {
    wxColour colour(wxString::FromUTF8(hex));
    return colour.IsOk() ? colour : wxColour(0x75, 0x75, 0x75);
}

int secondsLeftOf(std::int64_t deadlineMs, std::int64_t nowMs) {
    const std::int64_t left = deadlineMs - nowMs;
    return left <= 0 ? 0 : static_cast<int>((left + 999) / 1000);
}

ProjectorView projectorViewOf(const compete::TeamContest& contest, const compete::LiveState& state,
                              std::int64_t nowMs) {
    ProjectorView view;
    view.title = wxString::FromUTF8(contest.title);
    view.finished = state.phase == compete::Phase::Finished;
    if (!view.finished) {
        const compete::Round& round = contest.rounds.at(state.round);
        view.roundTitle =
            wxString::FromUTF8(round.title) + wxString::FromUTF8(" · ") + roundKindText(round.kind);
    }
    view.status = phaseText(contest, state);
    if (const compete::ContestQuestion* question = compete::currentQuestion(contest, state))
        view.question = wxString::FromUTF8(question->text);
    if (const auto deadline = compete::deadlineMs(contest, state))
        view.secondsLeft = secondsLeftOf(*deadline, nowMs);
    for (std::size_t i = 0; i < contest.teams.size(); ++i)
        view.teams.push_back({wxString::FromUTF8(contest.teams[i].name),
                              teamColour(contest.teams[i].colour), state.scores.at(i), 1});
    for (const compete::Standing& standing : compete::standings(state))
        view.teams.at(standing.team).rank = standing.rank;
    const bool buzzIn =
        !view.finished && contest.rounds.at(state.round).kind == compete::RoundKind::BuzzIn;
    if (buzzIn && state.answering &&
        (state.phase == compete::Phase::Answering || state.phase == compete::Phase::Closed))
        view.buzzed = view.teams.at(*state.answering);
    return view;
}

}  // namespace tqm::gui
