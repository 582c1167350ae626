#include "compete/live/live_tour.h"

#include <wx/app.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/utils.h>

#include "compete/live/live_competition_panel.h"

namespace tqm::gui {

namespace {

void settle() {
    for (int i = 0; i < 20; ++i) {
        wxTheApp->Yield(true);
        wxMilliSleep(10);
    }
}

void click(wxButton* button) {
    wxCommandEvent event(wxEVT_BUTTON, button->GetId());
    event.SetEventObject(button);
    button->ProcessWindowEvent(event);
}

// A buzzer key pressed while the host's window has the focus.
void press(wxWindow& window, char key) {
    wxKeyEvent event(wxEVT_CHAR_HOOK);
    event.m_keyCode = key;
    event.m_uniChar = static_cast<wxChar>(key);
    event.SetEventObject(&window);
    window.ProcessWindowEvent(event);
}

// Plays the competition to its end through the console's controls, each team answering well
// in a different measure, so that the podium has three distinct places.
void playToTheEnd(HostConsole& console, wxWindow& window, compete::FakeLiveClock& clock) {
    for (int step = 0; step < 400; ++step) {
        const compete::LiveSession& session = console.session();
        const compete::LiveState& state = session.state();
        if (state.phase == compete::Phase::Finished) return;
        const compete::RoundKind kind = session.contest().rounds.at(state.round).kind;
        const std::size_t team = compete::teamInTurn(session.contest(), state);
        // 红队 is always right, 蓝队 three times in four, 绿队 every other time.
        const int answering = static_cast<int>(state.answering.value_or(team));
        const bool right = step % 4 < 4 - answering;
        clock.advance(900);
        switch (state.phase) {
            case compete::Phase::Ready:
                if (kind == compete::RoundKind::Risk)
                    click(console.stakeButtons().at(team % console.stakeButtons().size()));
                else
                    click(console.button(kind == compete::RoundKind::Speed ? HostControl::Timer
                                                                           : HostControl::Show));
                break;
            case compete::Phase::RiskChosen:
                click(console.button(HostControl::Show));
                break;
            case compete::Phase::Shown:
                click(console.button(kind == compete::RoundKind::BuzzIn ? HostControl::Open
                                     : right                            ? HostControl::Right
                                                                        : HostControl::Wrong));
                break;
            case compete::Phase::BuzzOpen:
                press(window, static_cast<char>('1' + step % 3));
                break;
            case compete::Phase::Answering:
            case compete::Phase::SpeedRunning:
                click(console.button(right ? HostControl::Right : HostControl::Wrong));
                break;
            case compete::Phase::Closed:
                click(console.button(HostControl::Next));
                break;
            case compete::Phase::Finished:
                return;
        }
    }
}

}  // namespace

void tourLiveCompetition(TourCamera& camera) {
    if (!camera.ok()) return;
    MainFrame& frame = camera.frame();
    compete::FakeLiveClock clock(1'000'000);
    // The competition has a window of its own here; in the client it is a tab of 竞赛.
    auto* host = new wxFrame(nullptr, wxID_ANY, _("Live team competition"));
    host->SetFont(frame.GetFont());
    auto* panel = new LiveCompetitionPanel(host, frame.workspace(), &clock);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(panel, wxSizerFlags(1).Expand());
    host->SetSizer(sizer);
    host->SetSize(host->FromDIP(wxSize(kTourWidth, kTourHeight)));
    host->Show();
    if (panel->demoFile().empty() || !panel->openFile(panel->demoFile())) {
        camera.fail(_("The tour cannot open the demo team competition."));
        host->Destroy();
        return;
    }
    HostConsole& console = *panel->console();
    console.sounds().setEnabled(false);
    // The first round played, then the buzz-in round's first question: 红队 buzzes too early,
    // then 绿队 and 蓝队 press 35 ms apart.
    const HostControl firstRound[] = {HostControl::Show, HostControl::Right, HostControl::Next,
                                      HostControl::Show, HostControl::Wrong, HostControl::Next,
                                      HostControl::Show, HostControl::Timer, HostControl::Right,
                                      HostControl::Next, HostControl::Show};
    for (const HostControl control : firstRound) {
        clock.advance(4000);
        click(console.button(control));
    }
    press(*host, '1');
    clock.advance(3000);
    click(console.button(HostControl::Open));
    clock.advance(1240);
    press(*host, '3');
    clock.advance(35);
    press(*host, '2');
    clock.advance(2600);
    click(console.button(HostControl::Timer));
    clock.advance(6400);
    console.tick();
    settle();
    camera.shoot(*host, "compete-host");

    console.openProjector(0);
    ProjectorFrame* projector = console.projector();
    projector->SetSize(projector->FromDIP(wxSize(kTourWidth, kTourHeight)));
    settle();
    camera.shoot(*projector, "compete-projector");

    playToTheEnd(console, *host, clock);
    settle();
    camera.shoot(*projector, "compete-podium");
    panel->showList();
    camera.shoot(*host, "compete-list");
    host->Destroy();
    settle();
}

}  // namespace tqm::gui
