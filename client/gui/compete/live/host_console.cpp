// The host console's layout, its controls and keys; what it shows is in
// host_console_refresh.cpp.
#include "compete/live/host_console.h"

#include <algorithm>

#include <wx/display.h>
#include <wx/intl.h>
#include <wx/statbox.h>
#include <wx/wrapsizer.h>

#include "compete/live/adjust_score_dialog.h"
#include "compete/live/buzzer_keys.h"
#include "compete/live/live_log_list.h"
#include "compete/live/live_texts.h"
#include "widgets/colours.h"

namespace tqm::gui {

namespace {

// The host's shortcuts: Ctrl and a letter, which no buzzer box sends.
struct Shortcut {
    HostControl control;
    int key;
};
constexpr Shortcut kShortcuts[] = {
    {HostControl::Show, 'S'},  {HostControl::Open, 'B'},  {HostControl::Timer, 'T'},
    {HostControl::Right, 'R'}, {HostControl::Wrong, 'W'}, {HostControl::Next, 'N'},
    {HostControl::Pass, 'P'},  {HostControl::Undo, 'Z'},
};

wxString shortcutText(HostControl control) {
    for (const Shortcut& shortcut : kShortcuts)
        if (shortcut.control == control)
            return wxString::Format(_("Shortcut: Ctrl+%c"), static_cast<char>(shortcut.key));
    return {};
}

}  // namespace

HostConsole::HostConsole(wxWindow* parent, store::Database& database,
                         std::unique_ptr<compete::LiveSession> session,
                         const compete::LiveClock& clock)
    : wxPanel(parent),
      database_(database),
      session_(std::move(session)),
      clock_(clock),
      timer_(this) {
    auto* columns = new wxBoxSizer(wxHORIZONTAL);
    auto* main = new wxBoxSizer(wxVERTICAL);
    main->Add(buildHeader(), wxSizerFlags().Expand());
    main->Add(buildControls(), wxSizerFlags(1).Expand().Border(wxTOP, FromDIP(8)));
    columns->Add(main, wxSizerFlags(3).Expand().Border(wxALL, FromDIP(12)));
    columns->Add(buildSide(), wxSizerFlags(2).Expand().Border(wxALL, FromDIP(12)));
    SetSizer(columns);

    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { tick(); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] { refreshQuestion(); });
    });
    bindKeys();
    refresh();
    // Ten times a second: the countdown shows whole seconds, and a time-out is sent within a
    // tenth of a second of the engine's deadline.
    timer_.Start(100);
}

HostConsole::~HostConsole() {
    timer_.Stop();
    if (keyWindow_) keyWindow_->Unbind(wxEVT_CHAR_HOOK, &HostConsole::handleKeyHook, this);
    if (projector_) {
        projector_->detach();
        projector_->Destroy();
    }
}

void HostConsole::bindKeys() {
    keyWindow_ = wxGetTopLevelParent(this);
    if (keyWindow_) keyWindow_->Bind(wxEVT_CHAR_HOOK, &HostConsole::handleKeyHook, this);
}

void HostConsole::handleKeyHook(wxKeyEvent& event) {
    if (!handleKey(event)) event.Skip();
}

wxSizer* HostConsole::buildHeader() {
    auto* header = new wxBoxSizer(wxVERTICAL);
    auto* title = new wxStaticText(this, wxID_ANY, wxString::FromUTF8(session_->contest().title));
    title->SetFont(GetFont().Scaled(1.3f).Bold());
    header->Add(title);
    auto* line = new wxBoxSizer(wxHORIZONTAL);
    auto* texts = new wxBoxSizer(wxVERTICAL);
    round_ = new wxStaticText(this, wxID_ANY, wxString());
    round_->SetFont(GetFont().Scaled(1.15f).Bold());
    phase_ = new wxStaticText(this, wxID_ANY, wxString());
    phase_->SetForegroundColour(colour(Colour::Accent));
    texts->Add(round_, wxSizerFlags().Border(wxTOP, FromDIP(6)));
    texts->Add(phase_, wxSizerFlags().Border(wxTOP, FromDIP(2)));
    line->Add(texts, wxSizerFlags(1));
    countdown_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                  wxALIGN_RIGHT | wxST_NO_AUTORESIZE);
    countdown_->SetFont(GetFont().Scaled(2.0f).Bold());
    countdown_->SetMinSize(wxSize(FromDIP(180), -1));
    line->Add(countdown_, wxSizerFlags().CenterVertical());
    header->Add(line, wxSizerFlags().Expand());
    return header;
}

void HostConsole::fitBigButton(wxButton& button) {
    // Wide enough for its label in either language, and never smaller than a thumb.
    button.SetMinSize(wxDefaultSize);
    button.InvalidateBestSize();
    button.SetMinSize(
        wxSize(std::max(FromDIP(112), button.GetBestSize().x + FromDIP(16)), FromDIP(52)));
}

wxButton* HostConsole::bigButton(const wxString& label, HostControl control) {
    auto* button = new wxButton(this, wxID_ANY, label);
    button->SetFont(GetFont().Scaled(1.25f).Bold());
    fitBigButton(*button);
    button->SetToolTip(shortcutText(control));
    button->Bind(wxEVT_BUTTON, [this, control](wxCommandEvent&) { onControl(control); });
    buttons_.emplace_back(control, button);
    return button;
}

wxSizer* HostConsole::buildControls() {
    auto* controls = new wxBoxSizer(wxVERTICAL);
    auto* box = new wxStaticBoxSizer(wxVERTICAL, this, _("Question and answer (host only)"));
    question_ = new wxStaticText(box->GetStaticBox(), wxID_ANY, wxString());
    question_->SetFont(GetFont().Scaled(1.2f));
    answer_ = new wxStaticText(box->GetStaticBox(), wxID_ANY, wxString());
    answer_->SetFont(GetFont().Scaled(1.2f).Bold());
    answer_->SetForegroundColour(colour(Colour::Correct));
    box->Add(question_, wxSizerFlags().Expand().Border(wxALL, FromDIP(6)));
    box->Add(answer_, wxSizerFlags().Expand().Border(wxALL, FromDIP(6)));
    box->AddStretchSpacer();
    controls->Add(box, wxSizerFlags(1).Expand());

    auto* row = new wxWrapSizer(wxHORIZONTAL);
    const wxSizerFlags gap = wxSizerFlags().Border(wxRIGHT | wxTOP, FromDIP(8));
    row->Add(bigButton(_("Show question"), HostControl::Show), gap);
    row->Add(bigButton(_("Open buzzing"), HostControl::Open), gap);
    row->Add(bigButton(_("Start timer"), HostControl::Timer), gap);
    row->Add(bigButton(_("Correct"), HostControl::Right), gap);
    row->Add(bigButton(_("Wrong"), HostControl::Wrong), gap);
    row->Add(bigButton(_("Next"), HostControl::Next), gap);
    controls->Add(row, wxSizerFlags().Expand());
    button(HostControl::Right)->SetForegroundColour(colour(Colour::Correct));
    button(HostControl::Wrong)->SetForegroundColour(colour(Colour::Error));

    stakeRow_ = new wxBoxSizer(wxHORIZONTAL);
    stakeLabel_ = new wxStaticText(this, wxID_ANY, wxString());
    stakeLabel_->SetFont(GetFont().Scaled(1.1f).Bold());
    stakeRow_->Add(stakeLabel_, wxSizerFlags().CenterVertical().Border(wxRIGHT, FromDIP(8)));
    stakeRow_->AddStretchSpacer();
    stakeRow_->Add(bigButton(_("Pass"), HostControl::Pass),
                   wxSizerFlags().Border(wxTOP, FromDIP(8)));
    controls->Add(stakeRow_, wxSizerFlags().Expand());

    auto* undoRow = new wxBoxSizer(wxHORIZONTAL);
    undoRow->Add(bigButton(_("Undo"), HostControl::Undo), wxSizerFlags().Border(wxTOP, FromDIP(8)));
    message_ = new wxStaticText(this, wxID_ANY, wxString());
    undoRow->Add(message_, wxSizerFlags(1).CenterVertical().Border(wxLEFT | wxTOP, FromDIP(10)));
    controls->Add(undoRow, wxSizerFlags().Expand());
    return controls;
}

wxSizer* HostConsole::buildSide() {
    auto* side = new wxBoxSizer(wxVERTICAL);
    const auto heading = [this](const wxString& text) {
        auto* label = new wxStaticText(this, wxID_ANY, text);
        label->SetFont(GetFont().Bold());
        return label;
    };
    side->Add(heading(_("Scoreboard")));
    scoreboard_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                 wxLC_REPORT | wxLC_SINGLE_SEL);
    scoreboard_->AppendColumn(_("Rank"), wxLIST_FORMAT_RIGHT, FromDIP(56));
    scoreboard_->AppendColumn(_("Team"), wxLIST_FORMAT_LEFT, FromDIP(150));
    scoreboard_->AppendColumn(_("Score"), wxLIST_FORMAT_RIGHT, FromDIP(80));
    scoreboard_->AppendColumn(_("Buzzer key"), wxLIST_FORMAT_LEFT, FromDIP(90));
    scoreboard_->SetFont(GetFont().Scaled(1.15f));
    const int rows = static_cast<int>(session_->contest().teams.size());
    scoreboard_->SetMinSize(wxSize(-1, FromDIP(40) + rows * FromDIP(30)));
    side->Add(scoreboard_, wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(4)));

    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    adjust_ = new wxButton(this, wxID_ANY, _("Adjust score..."));
    adjust_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onAdjust(); });
    actions->Add(adjust_);
    side->Add(actions, wxSizerFlags().Border(wxBOTTOM, FromDIP(8)));

    side->Add(heading(_("Buzz order (judges)")));
    buzzOrder_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxLC_REPORT | wxLC_SINGLE_SEL);
    buzzOrder_->AppendColumn(_("Order"), wxLIST_FORMAT_RIGHT, FromDIP(56));
    buzzOrder_->AppendColumn(_("Team"), wxLIST_FORMAT_LEFT, FromDIP(110));
    buzzOrder_->AppendColumn(_("After opening"), wxLIST_FORMAT_RIGHT, FromDIP(120));
    buzzOrder_->AppendColumn(_("Buzz status"), wxLIST_FORMAT_LEFT, FromDIP(110));
    buzzOrder_->SetMinSize(wxSize(-1, FromDIP(40) + rows * FromDIP(26)));
    side->Add(buzzOrder_, wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(4)));

    side->Add(heading(_("Projector")), wxSizerFlags().Border(wxTOP, FromDIP(4)));
    auto* projectorRow = new wxBoxSizer(wxHORIZONTAL);
    displays_ = new wxChoice(this, wxID_ANY);
    for (unsigned i = 0; i < wxDisplay::GetCount(); ++i) {
        const wxRect area = wxDisplay(i).GetGeometry();
        displays_->Append(
            wxString::Format(_("Display %u (%d x %d)"), i + 1, area.width, area.height));
    }
    // The projector is usually the second display.
    displays_->SetSelection(wxDisplay::GetCount() > 1 ? 1 : 0);
    projectorRow->Add(displays_, wxSizerFlags(1).CenterVertical());
    projectorButton_ = new wxButton(this, wxID_ANY, _("Open projector"));
    projectorButton_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onDisplayChoice(); });
    projectorRow->Add(projectorButton_, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    fullScreen_ = new wxButton(this, wxID_ANY, _("Full screen"));
    fullScreen_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (projector_) projector_->toggleFullScreen();
    });
    fullScreen_->Disable();
    projectorRow->Add(fullScreen_, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    side->Add(projectorRow, wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(4)));

    side->Add(heading(_("Event log")), wxSizerFlags().Border(wxTOP, FromDIP(4)));
    log_ = new LiveLogList(this);
    side->Add(log_, wxSizerFlags(1).Expand().Border(wxTOP, FromDIP(4)));
    return side;
}

wxButton* HostConsole::button(HostControl control) const {
    for (const auto& [which, button] : buttons_)
        if (which == control) return button;
    return nullptr;
}

std::optional<compete::EventBody> HostConsole::eventOf(HostControl control) const {
    const compete::TeamContest& contest = session_->contest();
    switch (control) {
        case HostControl::Show:
            return compete::ShowQuestion{};
        case HostControl::Open:
            return compete::OpenBuzzing{};
        case HostControl::Timer:
            return compete::StartTimer{};
        case HostControl::Right:
            return compete::Judge{true};
        case HostControl::Wrong:
            return compete::Judge{false};
        case HostControl::Next:
            return compete::Next{};
        case HostControl::Pass:
            if (session_->state().phase == compete::Phase::Finished) return std::nullopt;
            return compete::ChooseRisk{compete::teamInTurn(contest, session_->state()),
                                       std::nullopt};
        case HostControl::Undo:
            return compete::Undo{};
    }
    return std::nullopt;
}

void HostConsole::onControl(HostControl control) {
    if (const auto body = eventOf(control)) submit(*body);
}

void HostConsole::onStake(std::size_t index) {
    if (index >= stakeValues_.size() || session_->state().phase == compete::Phase::Finished) return;
    submit(compete::ChooseRisk{compete::teamInTurn(session_->contest(), session_->state()),
                               stakeValues_[index]});
}

void HostConsole::onAdjust() {
    AdjustScoreDialog dialog(this, session_->contest());
    if (dialog.ShowModal() != wxID_OK) return;
    adjustScore(dialog.team(), dialog.delta(), dialog.reason());
}

bool HostConsole::adjustScore(std::size_t team, int delta, const wxString& reason) {
    return submit(
        compete::Adjust{team, delta, reason.Strip(wxString::both).ToStdString(wxConvUTF8)});
}

void HostConsole::onDisplayChoice() {
    const int selection = displays_->GetSelection();
    openProjector(selection == wxNOT_FOUND ? 0 : static_cast<unsigned>(selection));
}

void HostConsole::openProjector(unsigned display) {
    if (!projector_) {
        projector_ = new ProjectorFrame(
            wxString::Format(_("Projector: %s"), wxString::FromUTF8(session_->contest().title)),
            [this](wxKeyEvent& event) { return handleKey(event); });
        projector_->SetFont(GetFont());
        projector_->Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
            projector_ = nullptr;
            fullScreen_->Disable();
            event.Skip();
        });
    }
    projector_->placeOn(display, wxDisplay::GetCount() > 1);
    fullScreen_->Enable();
    refreshProjector();
}

bool HostConsole::handleKey(wxKeyEvent& event) {
    // Timed before anything else, so the moment is the key's, not the end of our work.
    const std::int64_t steadyMs = clock_.steadyMs();
    const bool projectorActive = projector_ && projector_->IsActive();
    if (!IsShownOnScreen() && !projectorActive) return false;
    if (const auto name = buzzerKeyName(event)) {
        const compete::TeamContest& contest = session_->contest();
        const auto team = teamForKeyName(contest, *name);
        if (!team) return false;
        const bool accepted = report(session_->pressKey(contest.teams[*team].buzzerKey, steadyMs));
        if (accepted) sounds_.playBuzz();
        return true;
    }
    if (!event.ControlDown() || event.AltDown()) return false;
    for (const Shortcut& shortcut : kShortcuts) {
        if (event.GetKeyCode() != shortcut.key) continue;
        wxButton* target = button(shortcut.control);
        if (target && target->IsEnabled() && target->IsShown()) onControl(shortcut.control);
        return true;
    }
    return false;
}

bool HostConsole::submit(compete::EventBody body) {
    return report(session_->submit(std::move(body)));
}

bool HostConsole::report(const std::optional<compete::Refusal>& refusal) {
    if (refusal) {
        showMessage(refusalText(session_->contest(), session_->state(), *refusal), true);
        return false;
    }
    showMessage(wxString(), false);
    refresh();
    return true;
}

void HostConsole::showMessage(const wxString& text, bool problem) {
    message_->SetForegroundColour(colour(problem ? Colour::Error : Colour::MutedText));
    message_->SetLabel(text);
    Layout();
}

void HostConsole::tick() {
    const auto deadline = compete::deadlineMs(session_->contest(), session_->state());
    if (!deadline) {
        if (shownSeconds_) {
            shownSeconds_.reset();
            countdown_->SetLabel(wxString());
            refreshProjector();
        }
        return;
    }
    const std::int64_t now = session_->nowMs();
    if (now >= *deadline && !session_->check(compete::TimeOut{})) {
        if (submit(compete::TimeOut{})) sounds_.playTimeOut();
        return;
    }
    const int seconds = secondsLeftOf(*deadline, now);
    if (shownSeconds_ == seconds) return;
    shownSeconds_ = seconds;
    countdown_->SetLabel(wxString::Format(_("%d s"), seconds));
    countdown_->SetForegroundColour(colour(seconds <= 3    ? Colour::Error
                                           : seconds <= 10 ? Colour::Warning
                                                           : Colour::Text));
    refreshProjector();
}

}  // namespace tqm::gui
