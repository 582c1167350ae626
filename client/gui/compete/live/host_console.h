// The host console of a live team competition (团体赛): the round and its kind, the question with
// its answer, big round controls enabled by what the engine would accept now, the buzz order
// with millisecond offsets, the scoreboard, score adjustments with a reason, undo of the last
// action (named on its button), the event log, and the projector window. Every action goes to
// the LiveSession, which logs it to the database before anything here shows its result.
//
// Buzzer keys are caught by a char hook on the window holding the console and on the projector,
// wherever the focus is, and timed from the steady clock the moment the key event arrives.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/timer.h>

#include "compete/live/live_sounds.h"
#include "compete/live/projector_frame.h"
#include "compete/live_session.h"
#include "store/database.h"

namespace tqm::gui {

class LiveLogList;

// The round controls, each with its Ctrl shortcut (buzzers send plain keys).
enum class HostControl { Show, Open, Timer, Right, Wrong, Next, Pass, Undo };

class HostConsole : public wxPanel {
  public:
    HostConsole(wxWindow* parent, store::Database& database,
                std::unique_ptr<compete::LiveSession> session, const compete::LiveClock& clock);
    ~HostConsole() override;

    compete::LiveSession& session() { return *session_; }
    wxButton* button(HostControl control) const;
    // The risk round's stake buttons, in the round's order of values.
    const std::vector<wxButton*>& stakeButtons() const { return stakeButtons_; }
    wxButton* adjustButton() const { return adjust_; }
    wxButton* fullScreenButton() const { return fullScreen_; }

    // A key pressed anywhere in the console's window or the projector: a buzz when it is a
    // team's buzzer key, a control when it is one of the host's Ctrl shortcuts. True when used.
    bool handleKey(wxKeyEvent& event);
    // Submits a judge's correction; false (with the reason shown) when the engine refuses it.
    bool adjustScore(std::size_t team, int delta, const wxString& reason);
    // The countdown's work, run by the timer: shows the seconds left and sends the time-out
    // once the engine's deadline has passed.
    void tick();

    // What the host reads: the last refusal or confirmation, the question and the answer.
    wxString message() const { return message_->GetLabel(); }
    wxString questionText() const { return questionText_; }
    wxString answerText() const { return answerText_; }
    wxString countdownText() const { return countdown_->GetLabel(); }
    wxListCtrl* scoreboard() const { return scoreboard_; }
    wxListCtrl* buzzOrder() const { return buzzOrder_; }
    LiveLogList* log() const { return log_; }

    // Opens (or moves) the projector on display `display`; full screen when there is more than
    // one display.
    void openProjector(unsigned display);
    ProjectorFrame* projector() const { return projector_; }
    LiveSounds& sounds() { return sounds_; }

  private:
    wxSizer* buildHeader();
    wxSizer* buildControls();
    wxSizer* buildSide();
    wxButton* bigButton(const wxString& label, HostControl control);
    void fitBigButton(wxButton& button);
    void bindKeys();
    void handleKeyHook(wxKeyEvent& event);
    void onControl(HostControl control);
    void onStake(std::size_t index);
    void onAdjust();
    void onDisplayChoice();
    bool submit(compete::EventBody body);
    // Shows `refusal` in the host's words, or the state after an accepted event.
    bool report(const std::optional<compete::Refusal>& refusal);
    std::optional<compete::EventBody> eventOf(HostControl control) const;
    void refresh();
    void refreshQuestion();
    void refreshControls();
    void refreshStakes();
    void refreshScoreboard();
    void refreshBuzzOrder();
    void refreshProjector();
    void showMessage(const wxString& text, bool problem);

    store::Database& database_;
    std::unique_ptr<compete::LiveSession> session_;
    const compete::LiveClock& clock_;
    LiveSounds sounds_;
    wxTimer timer_;
    std::optional<int> shownSeconds_;
    wxWindow* keyWindow_ = nullptr;  // the top-level window whose char hook is bound
    ProjectorFrame* projector_ = nullptr;

    wxStaticText* round_ = nullptr;
    wxStaticText* phase_ = nullptr;
    wxStaticText* countdown_ = nullptr;
    wxStaticText* question_ = nullptr;
    wxStaticText* answer_ = nullptr;
    wxStaticText* message_ = nullptr;
    wxString questionText_;
    wxString answerText_;
    std::vector<std::pair<HostControl, wxButton*>> buttons_;
    wxBoxSizer* stakeRow_ = nullptr;
    wxStaticText* stakeLabel_ = nullptr;
    std::vector<wxButton*> stakeButtons_;
    std::vector<int> stakeValues_;
    wxListCtrl* scoreboard_ = nullptr;
    wxListCtrl* buzzOrder_ = nullptr;
    LiveLogList* log_ = nullptr;
    wxButton* adjust_ = nullptr;
    wxChoice* displays_ = nullptr;
    wxButton* projectorButton_ = nullptr;
    wxButton* fullScreen_ = nullptr;
};

}  // namespace tqm::gui
