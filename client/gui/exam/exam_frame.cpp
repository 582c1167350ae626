#include "exam/exam_frame.h"

#include <wx/intl.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "answer/text_input.h"
#include "widgets/colours.h"

namespace tqm::gui {

namespace {

enum Page { kQuestionPage, kSubmitPage };
constexpr int kTypingPauseMs = 600;

wxWindow* swatch(wxWindow* parent, const wxColour& fill) {
    auto* box = new wxPanel(parent, wxID_ANY, wxDefaultPosition, parent->FromDIP(wxSize(16, 16)),
                            wxBORDER_SIMPLE);
    box->SetBackgroundColour(fill);
    return box;
}

}  // namespace

ExamFrame::ExamFrame(wxWindow* owner, session::ExamService& service,
                     const session::AttemptView& view, const Clock& clock)
    : wxFrame(owner, wxID_ANY, wxString()),
      attempt_(service, view),
      clock_(clock),
      clockTimer_(this),
      saveTimer_(this) {
    SetName("ExamFrame");
    SetTitle(wxString::FromUTF8(attempt_.exam().settings.title));
    auto* root = new wxPanel(this);
    root->SetBackgroundColour(colour(Colour::Background));
    book_ = new wxSimplebook(root);
    book_->AddPage(buildQuestionPage(book_), _("Question"));
    submit_ = new SubmitPage(book_);
    book_->AddPage(submit_, _("Submit"));
    submit_->setHandlers([this] { backToPaper(); }, [this] { submitNow(); });
    notice_ = new wxStaticText(root, wxID_ANY, wxString());
    notice_->SetForegroundColour(colour(Colour::Error));

    auto* body = new wxBoxSizer(wxHORIZONTAL);
    body->Add(buildSideBar(root), wxSizerFlags().Expand().Border(wxALL, FromDIP(16)));
    body->Add(book_, wxSizerFlags(1).Expand());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(buildTopBar(root), wxSizerFlags().Expand().Border(wxALL, FromDIP(16)));
    sizer->Add(body, wxSizerFlags(1).Expand());
    sizer->Add(notice_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(16)));
    root->SetSizer(sizer);
    auto* frameSizer = new wxBoxSizer(wxVERTICAL);
    frameSizer->Add(root, wxSizerFlags(1).Expand());
    SetSizer(frameSizer);

    Bind(wxEVT_CHAR_HOOK, &ExamFrame::onCharHook, this);
    Bind(
        wxEVT_TIMER, [this](wxTimerEvent&) { tick(); }, clockTimer_.GetId());
    Bind(
        wxEVT_TIMER, [this](wxTimerEvent&) { saveInput(); }, saveTimer_.GetId());
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) {
        // Closing the window leaves the attempt running; every answer is saved already.
        saveInput();
        finish(std::nullopt);
    });
    SetMinSize(FromDIP(wxSize(800, 560)));
    showCurrent();
    tick();
    clockTimer_.Start(1000);
}

ExamFrame::~ExamFrame() {
    clockTimer_.Stop();
    saveTimer_.Stop();
}

wxSizer* ExamFrame::buildTopBar(wxWindow* parent) {
    auto* title =
        new wxStaticText(parent, wxID_ANY, wxString::FromUTF8(attempt_.exam().settings.title));
    title->SetFont(GetFont().Scaled(1.4f).Bold());
    auto* left = new wxStaticText(parent, wxID_ANY, _("Time left"));
    left->SetForegroundColour(colour(Colour::MutedText));
    countdown_ = new wxStaticText(parent, wxID_ANY, "00:00");
    countdown_->SetFont(GetFont().Scaled(2.0f).Bold());
    flag_ = new wxButton(parent, wxID_ANY, _("Flag (Space)"));
    submitButton_ = new wxButton(parent, wxID_ANY, _("Submit..."));
    submitButton_->SetFont(GetFont().Bold());
    flag_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { toggleFlag(); });
    submitButton_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { askToSubmit(); });
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    bar->Add(title, wxSizerFlags(1).CentreVertical());
    bar->Add(left, wxSizerFlags().CentreVertical().Border(wxRIGHT, FromDIP(8)));
    bar->Add(countdown_, wxSizerFlags().CentreVertical().Border(wxRIGHT, FromDIP(24)));
    bar->Add(flag_, wxSizerFlags().CentreVertical().Border(wxRIGHT, FromDIP(8)));
    bar->Add(submitButton_, wxSizerFlags().CentreVertical());
    return bar;
}

wxSizer* ExamFrame::buildSideBar(wxWindow* parent) {
    navigator_ = new NavigatorGrid(parent);
    navigator_->SetMinSize(FromDIP(wxSize(236, 200)));
    navigator_->setClickHandler([this](std::size_t index) { goTo(index); });
    progress_ = new wxStaticText(parent, wxID_ANY, wxString());
    auto* legend = new wxFlexGridSizer(2, FromDIP(6), FromDIP(8));
    const std::pair<wxColour, wxString> entries[] = {
        {NavigatorGrid::answeredColour(), _("Answered")},
        {NavigatorGrid::unansweredColour(), _("Not answered")},
        {colour(Colour::Warning), _("Flagged for review")},
    };
    for (const auto& [fill, label] : entries) {
        legend->Add(swatch(parent, fill), wxSizerFlags().CentreVertical());
        legend->Add(new wxStaticText(parent, wxID_ANY, label), wxSizerFlags().CentreVertical());
    }
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(progress_, wxSizerFlags().Border(wxBOTTOM, FromDIP(8)));
    column->Add(legend, wxSizerFlags().Border(wxBOTTOM, FromDIP(12)));
    column->Add(navigator_, wxSizerFlags(1).Expand());
    return column;
}

wxWindow* ExamFrame::buildQuestionPage(wxWindow* parent) {
    auto* page = new wxPanel(parent);
    question_ = new QuestionPane(page);
    previous_ = new wxButton(page, wxID_ANY, wxString::FromUTF8("← ") + _("Previous"));
    next_ = new wxButton(page, wxID_ANY, _("Next") + wxString::FromUTF8(" →"));
    previous_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (attempt_.current() > 0) goTo(attempt_.current() - 1);
    });
    next_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { goTo(attempt_.current() + 1); });
    auto* footer = new wxBoxSizer(wxHORIZONTAL);
    footer->Add(previous_);
    footer->AddStretchSpacer();
    footer->Add(next_);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(question_, wxSizerFlags(1).Expand());
    sizer->Add(footer, wxSizerFlags().Expand().Border(wxALL, FromDIP(16)));
    page->SetSizer(sizer);
    return page;
}

void ExamFrame::tick() {
    if (ended_) return;
    const std::chrono::milliseconds remaining = attempt_.remaining(clock_.now());
    countdown_->SetLabel(formatCountdown(remaining));
    level_ = gui::countdownLevel(remaining);
    countdown_->SetForegroundColour(countdownColour(level_));
    countdown_->Refresh();
    if (remaining.count() == 0) {
        // The last typing is saved first (it is refused if the deadline has already passed);
        // the heartbeat then finds the time up and the core submits at the deadline.
        saveInput();
        if (!ended_) handle(attempt_.heartbeat());
        return;
    }
    if (++ticks_ % kHeartbeatSeconds == 0) handle(attempt_.heartbeat());
}

void ExamFrame::goTo(std::size_t index) {
    if (ended_ || index >= attempt_.count()) return;
    saveInput();
    if (ended_) return;
    if (index != attempt_.current()) {
        handle(attempt_.moveTo(index));
        if (ended_) return;
    }
    book_->ChangeSelection(kQuestionPage);
    showCurrent();
}

void ExamFrame::toggleFlag() {
    if (ended_) return;
    handle(attempt_.toggleFlag(attempt_.current()));
    if (ended_) return;
    question_->setFlagged(attempt_.flagged(attempt_.current()));
    refreshNavigator();
}

void ExamFrame::askToSubmit() {
    if (ended_) return;
    saveInput();
    if (ended_) return;
    submit_->show(attempt_.unansweredNumbers(), attempt_.flaggedNumbers(), attempt_.count());
    book_->ChangeSelection(kSubmitPage);
    submit_->submitButton()->SetFocus();
}

void ExamFrame::backToPaper() {
    book_->ChangeSelection(kQuestionPage);
    navigator_->SetFocus();
}

void ExamFrame::submitNow() {
    if (ended_) return;
    saveInput();
    if (ended_) return;
    handle(attempt_.submit());
}

bool ExamFrame::submitShown() const {
    return book_->GetSelection() == kSubmitPage;
}

void ExamFrame::showCurrent() {
    const std::size_t index = attempt_.current();
    question_->showQuestion(attempt_.paper()[index], index, attempt_.count(),
                            attempt_.answer(index), attempt_.flagged(index));
    question_->input()->setChangedHandler([this](ChangeKind kind) {
        if (kind == ChangeKind::Typed) {
            saveTimer_.StartOnce(kTypingPauseMs);
        } else {
            saveInput();
        }
    });
    previous_->Enable(index > 0);
    next_->Enable(index + 1 < attempt_.count());
    refreshNavigator();
    navigator_->SetFocus();
}

void ExamFrame::saveInput() {
    saveTimer_.Stop();
    if (ended_ || !question_->input()) return;
    handle(attempt_.setAnswer(attempt_.current(), question_->input()->answer()));
    if (!ended_) refreshNavigator();
}

void ExamFrame::refreshNavigator() {
    std::vector<NavigatorCell> cells(attempt_.count());
    std::size_t answered = 0;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        cells[i] = {attempt_.answered(i), attempt_.flagged(i)};
        if (cells[i].answered) ++answered;
    }
    navigator_->setCells(std::move(cells), attempt_.current());
    progress_->SetLabel(wxString::Format(_("Answered %zu of %zu"), answered, attempt_.count()));
}

void ExamFrame::leaveField() {
    navigator_->SetFocus();
}

void ExamFrame::onCharHook(wxKeyEvent& event) {
    if (ended_) return;
    const int code = event.GetKeyCode();
    const bool enter = code == WXK_RETURN || code == WXK_NUMPAD_ENTER;
    if (submitShown()) {
        if (enter) {
            submitNow();
        } else if (code == WXK_ESCAPE) {
            backToPaper();
        } else {
            event.Skip();
        }
        return;
    }
    wxWindow* focus = wxWindow::FindFocus();
    if (focus && dynamic_cast<wxTextCtrl*>(focus)) {
        if (!handleTextKey(event, focus)) event.Skip();
        return;
    }
    if (event.GetModifiers() & (wxMOD_CONTROL | wxMOD_ALT)) {
        event.Skip();
        return;
    }
    const std::size_t current = attempt_.current();
    switch (code) {
        case WXK_LEFT:
        case WXK_PAGEUP:
        case WXK_NUMPAD_PAGEUP:
            if (current > 0) goTo(current - 1);
            return;
        case WXK_RIGHT:
        case WXK_PAGEDOWN:
        case WXK_NUMPAD_PAGEDOWN:
            goTo(current + 1);
            return;
        case WXK_SPACE:
            toggleFlag();
            return;
        default:
            break;
    }
    if (enter) {
        if (current + 1 < attempt_.count())
            goTo(current + 1);
        else
            askToSubmit();
        return;
    }
    const wxChar key = pickingKey(code);
    if (key && question_->input() && question_->input()->pickKey(key)) return;
    event.Skip();
}

bool ExamFrame::handleTextKey(wxKeyEvent& event, wxWindow* field) {
    const int code = event.GetKeyCode();
    if (code == WXK_ESCAPE) {
        saveInput();
        leaveField();
        return true;
    }
    const auto* text = static_cast<wxTextCtrl*>(field);
    if ((code == WXK_RETURN || code == WXK_NUMPAD_ENTER) && !text->IsMultiLine()) {
        saveInput();
        const auto* input = dynamic_cast<TextInput*>(question_->input());
        wxTextCtrl* after = input ? input->fieldAfter(field) : nullptr;
        if (after)
            after->SetFocus();
        else
            leaveField();
        return true;
    }
    return false;
}

void ExamFrame::handle(const AttemptOutcome& outcome) {
    if (outcome.ended) {
        finish(outcome.ended->attempt.id);
        return;
    }
    notice_->SetLabel(outcome.refusal ? refusalText(*outcome.refusal) : wxString());
    if (outcome.refusal) Layout();
}

void ExamFrame::finish(std::optional<std::int64_t> submittedAttempt) {
    if (ended_) return;
    ended_ = true;
    clockTimer_.Stop();
    saveTimer_.Stop();
    Hide();
    if (onEnd_) onEnd_(submittedAttempt);
    Destroy();
}

}  // namespace tqm::gui
