// What the host console shows, all of it computed from the session's state after each accepted
// event (host_console.cpp sends the events).
#include <algorithm>

#include <wx/intl.h>

#include "compete/live/host_console.h"
#include "compete/live/live_log_list.h"
#include "compete/live/live_texts.h"
#include "compete/live/projector_view.h"
#include "widgets/colours.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

void HostConsole::refresh() {
    const compete::TeamContest& contest = session_->contest();
    const compete::LiveState& state = session_->state();
    if (state.phase == compete::Phase::Finished) {
        round_->SetLabel(_("All rounds are over"));
    } else {
        const compete::Round& round = contest.rounds.at(state.round);
        round_->SetLabel(wxString::Format(
            _("Round %zu of %zu: %s (%s), question %zu of %zu"), state.round + 1,
            contest.rounds.size(), wxString::FromUTF8(round.title), roundKindText(round.kind),
            std::min(state.question + 1, round.questions.size()), round.questions.size()));
    }
    phase_->SetLabel(phaseText(contest, state));
    refreshQuestion();
    refreshStakes();
    refreshControls();
    refreshScoreboard();
    refreshBuzzOrder();
    log_->setEntries(contest, liveLogOf(database_, *session_));
    shownSeconds_.reset();
    countdown_->SetLabel(wxString());
    tick();
    refreshProjector();
    Layout();
}

void HostConsole::refreshQuestion() {
    const compete::TeamContest& contest = session_->contest();
    const compete::LiveState& state = session_->state();
    questionText_.clear();
    answerText_.clear();
    // The host sees the question before it is shown, to read it out.
    if (state.phase != compete::Phase::Finished) {
        const compete::Round& round = contest.rounds.at(state.round);
        if (state.question < round.questions.size()) {
            questionText_ = wxString::FromUTF8(round.questions[state.question].text);
            answerText_ = wxString::Format(
                _("Answer: %s"), wxString::FromUTF8(round.questions[state.question].answer));
        }
    }
    const int width =
        std::max(FromDIP(200), question_->GetParent()->GetClientSize().x - FromDIP(24));
    setWrappedLabel(*question_, questionText_, width);
    setWrappedLabel(*answer_, answerText_, width);
}

void HostConsole::refreshControls() {
    for (const auto& [control, target] : buttons_) {
        const auto body = eventOf(control);
        target->Enable(body && !session_->check(*body));
    }
    const auto& inEffect = session_->inEffect();
    wxButton& undo = *button(HostControl::Undo);
    const wxString label =
        inEffect.empty()
            ? _("Undo")
            : wxString::Format(_("Undo: %s"), eventText(session_->contest(), inEffect.back().body));
    if (undo.GetLabel() != label) {
        undo.SetLabel(label);
        fitBigButton(undo);
    }
}

void HostConsole::refreshStakes() {
    const compete::TeamContest& contest = session_->contest();
    const compete::LiveState& state = session_->state();
    const bool risk = state.phase != compete::Phase::Finished &&
                      contest.rounds.at(state.round).kind == compete::RoundKind::Risk;
    const std::vector<int> values =
        risk ? contest.rounds.at(state.round).rules.values : std::vector<int>{};
    if (values != stakeValues_) {
        for (wxButton* stake : stakeButtons_) {
            stakeRow_->Detach(stake);
            stake->Destroy();
        }
        stakeButtons_.clear();
        stakeValues_ = values;
        for (std::size_t i = 0; i < values.size(); ++i) {
            auto* stake = new wxButton(this, wxID_ANY, wxString::Format(_("Stake %d"), values[i]));
            stake->SetFont(GetFont().Scaled(1.25f).Bold());
            fitBigButton(*stake);
            stake->Bind(wxEVT_BUTTON, [this, i](wxCommandEvent&) { onStake(i); });
            stakeRow_->Insert(1 + i, stake, wxSizerFlags().Border(wxRIGHT | wxTOP, FromDIP(8)));
            stakeButtons_.push_back(stake);
        }
    }
    stakeRow_->ShowItems(risk);
    if (!risk) return;
    const std::size_t team = compete::teamInTurn(contest, state);
    stakeLabel_->SetLabel(wxString::Format(_("%s's stake:"), teamText(contest, team)));
    stakeLabel_->SetForegroundColour(teamColour(contest.teams.at(team).colour));
    for (std::size_t i = 0; i < stakeButtons_.size(); ++i)
        stakeButtons_[i]->Enable(!session_->check(compete::ChooseRisk{team, stakeValues_[i]}));
}

void HostConsole::refreshScoreboard() {
    const compete::TeamContest& contest = session_->contest();
    const std::vector<compete::Standing> board = compete::standings(session_->state());
    scoreboard_->DeleteAllItems();
    for (const compete::Standing& standing : board) {
        const compete::Team& team = contest.teams.at(standing.team);
        const long row = scoreboard_->InsertItem(scoreboard_->GetItemCount(),
                                                 wxString::Format("%zu", standing.rank));
        scoreboard_->SetItem(row, 1, wxString::FromUTF8(team.name));
        scoreboard_->SetItem(row, 2, wxString::Format("%d", standing.score));
        scoreboard_->SetItem(row, 3, wxString::FromUTF8(team.buzzerKey));
        scoreboard_->SetItemTextColour(row, teamColour(team.colour));
    }
}

void HostConsole::refreshBuzzOrder() {
    const compete::TeamContest& contest = session_->contest();
    const compete::LiveState& state = session_->state();
    buzzOrder_->DeleteAllItems();
    int place = 0;
    for (const compete::BuzzRecord& record : state.buzz.order()) {
        const long row =
            buzzOrder_->InsertItem(buzzOrder_->GetItemCount(),
                                   record.foul ? wxString("-") : wxString::Format("%d", ++place));
        buzzOrder_->SetItem(row, 1, teamText(contest, record.team));
        buzzOrder_->SetItem(
            row, 2,
            record.sinceOpenMs
                ? wxString::Format(_("%+lld ms"), static_cast<long long>(*record.sinceOpenMs))
                : wxString("-"));
        wxString note;
        if (record.foul)
            note = _("Foul");
        else if (state.answering == record.team && record.opening == state.buzz.opening())
            note = _("Answering");
        else if (record.opening > 1)
            note = wxString::Format(_("Rebound %d"), record.opening - 1);
        buzzOrder_->SetItem(row, 3, note);
        buzzOrder_->SetItemTextColour(row, record.foul
                                               ? colour(Colour::Error)
                                               : teamColour(contest.teams.at(record.team).colour));
    }
}

void HostConsole::refreshProjector() {
    if (!projector_) return;
    projector_->show(projectorViewOf(session_->contest(), session_->state(), session_->nowMs()));
}

}  // namespace tqm::gui
