// The exam view (考试界面): a window of its own, full screen while an exam runs, with the paper's
// navigator, the question, the countdown, flag, previous/next and 交卷. Every answer, flag and
// move goes to the core at once. The keyboard works everywhere: 1-9 or A-H pick options, the
// arrows and PgUp/PgDn move, Space flags, Enter goes on (and confirms on the submit page), Esc
// leaves a text field. At the deadline the attempt is submitted automatically.
#pragma once

#include <functional>
#include <optional>

#include <wx/button.h>
#include <wx/frame.h>
#include <wx/simplebook.h>
#include <wx/stattext.h>
#include <wx/timer.h>

#include "base/clock.h"
#include "exam/exam_attempt.h"
#include "exam/exam_texts.h"
#include "exam/navigator_grid.h"
#include "exam/question_pane.h"
#include "exam/submit_page.h"

namespace tqm::gui {

// How often the view tells the core it is alive (see exam/timer_policy.h): the granularity of
// the time given back after a crash under paused-while-down.
inline constexpr int kHeartbeatSeconds = 10;

class ExamFrame : public wxFrame {
  public:
    // Called once when the view ends: with the attempt's id when it was submitted (by the
    // person or at the deadline), with nothing when the person closed the window meanwhile.
    using EndHandler = std::function<void(std::optional<std::int64_t> submittedAttempt)>;

    ExamFrame(wxWindow* owner, session::ExamService& service, const session::AttemptView& view,
              const Clock& clock);
    ~ExamFrame() override;

    void setEndHandler(EndHandler handler) { onEnd_ = std::move(handler); }

    // Updates the countdown, records the heartbeat when it is due and submits at the deadline;
    // a timer calls it every second.
    void tick();
    void goTo(std::size_t index);
    void toggleFlag();
    void askToSubmit();
    void backToPaper();
    void submitNow();

    const ExamAttempt& attempt() const { return attempt_; }
    QuestionPane* question() const { return question_; }
    NavigatorGrid* navigator() const { return navigator_; }
    SubmitPage* submitPage() const { return submit_; }
    bool submitShown() const;
    bool ended() const { return ended_; }
    wxString countdownText() const { return countdown_->GetLabel(); }
    CountdownLevel countdownLevel() const { return level_; }
    wxString noticeText() const { return notice_->GetLabel(); }

  private:
    wxSizer* buildTopBar(wxWindow* parent);
    wxSizer* buildSideBar(wxWindow* parent);
    wxWindow* buildQuestionPage(wxWindow* parent);
    void onCharHook(wxKeyEvent& event);
    bool handleTextKey(wxKeyEvent& event, wxWindow* field);
    void showCurrent();
    void saveInput();
    void refreshNavigator();
    void leaveField();
    // Shows a refusal, or ends the view when the attempt ended.
    void handle(const AttemptOutcome& outcome);
    void finish(std::optional<std::int64_t> submittedAttempt);

    ExamAttempt attempt_;
    const Clock& clock_;
    wxTimer clockTimer_;
    wxTimer saveTimer_;
    int ticks_ = 0;
    bool ended_ = false;
    CountdownLevel level_ = CountdownLevel::Calm;
    EndHandler onEnd_;

    wxStaticText* countdown_ = nullptr;
    wxStaticText* progress_ = nullptr;
    wxStaticText* notice_ = nullptr;
    wxButton* flag_ = nullptr;
    wxButton* submitButton_ = nullptr;
    wxButton* previous_ = nullptr;
    wxButton* next_ = nullptr;
    wxSimplebook* book_ = nullptr;
    NavigatorGrid* navigator_ = nullptr;
    QuestionPane* question_ = nullptr;
    SubmitPage* submit_ = nullptr;
};

}  // namespace tqm::gui
