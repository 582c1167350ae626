#include "learn/course_card.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include "learn/course_quiz_texts.h"
#include "learn/course_texts.h"
#include "widgets/colours.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

namespace {
constexpr int kPadding = 14;
constexpr int kButtonGap = 8;
constexpr int kFrameAllowance = 6;
}  // namespace

CourseCard::CourseCard(wxWindow* parent, const course::Course& course)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_THEME), course_(course) {
    SetBackgroundColour(colour(Colour::Background));
    title_ = new wxStaticText(this, wxID_ANY, courseTitle(course));
    wxFont titleFont = GetFont().Bold();
    titleFont.SetPointSize(titleFont.GetPointSize() + 2);
    title_->SetFont(titleFont);
    summary_ = new wxStaticText(this, wxID_ANY, wxString::FromUTF8(course.summary));
    facts_ = new wxStaticText(this, wxID_ANY, courseFacts(course));
    facts_->SetForegroundColour(colour(Colour::MutedText));
    gauge_ = new wxGauge(this, wxID_ANY, std::max<int>(1, course.lessons.size()), wxDefaultPosition,
                         wxSize(-1, FromDIP(8)));
    progress_ = new wxStaticText(this, wxID_ANY, wxString());
    open_ = new wxButton(this, wxID_ANY, _("Study"));
    quiz_ = new wxStaticText(this, wxID_ANY, wxString());
    quiz_->SetForegroundColour(colour(Colour::MutedText));
    quizButton_ = new wxButton(this, wxID_ANY, _("Take the quiz"));

    const int padding = FromDIP(kPadding);
    auto* bottom = new wxBoxSizer(wxHORIZONTAL);
    bottom->Add(progress_, wxSizerFlags(1).CentreVertical());
    bottom->Add(open_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(kButtonGap)));
    auto* quizRow = new wxBoxSizer(wxHORIZONTAL);
    quizRow->Add(quiz_, wxSizerFlags(1).CentreVertical());
    quizRow->Add(quizButton_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(kButtonGap)));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(title_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, padding));
    sizer->Add(facts_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, padding / 2));
    sizer->Add(summary_, wxSizerFlags(1).Border(wxLEFT | wxRIGHT | wxTOP, padding));
    sizer->Add(gauge_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, padding));
    sizer->Add(bottom, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, padding));
    sizer->Add(quizRow, wxSizerFlags().Expand().Border(wxALL, padding));
    SetSizer(sizer);
    if (!hasQuiz()) sizer->Hide(quizRow);
    open_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onOpen_) onOpen_();
    });
    quizButton_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onQuiz_) onQuiz_();
    });
    showStatus(nullptr);
    showQuiz(nullptr);
}

void CourseCard::showStatus(const course::CourseStatus* status) {
    gauge_->Show(status != nullptr);
    progress_->SetForegroundColour(colour(Colour::MutedText));
    if (!status) {
        progressLabel_ = _("Sign in to keep track of your progress.");
        open_->SetLabel(_("Study"));
    } else {
        gauge_->SetValue(static_cast<int>(status->lessonsFinished));
        progressLabel_ = courseProgressText(*status);
        if (status->hoursEarned) progress_->SetForegroundColour(colour(Colour::Correct));
        const bool untouched = status->lessons.empty();
        const bool allFinished = status->lessonsFinished == status->lessonCount;
        open_->SetLabel(untouched ? _("Start") : allFinished ? _("Review") : _("Continue"));
    }
    if (width_ > 0) {
        fitWidth(width_);
    } else {
        progress_->SetLabel(progressLabel_);
        Layout();
    }
}

bool CourseCard::hasQuiz() const {
    return !course_.quizBlueprint.id.empty();
}

void CourseCard::showQuiz(const session::CourseQuizState* state) {
    if (!hasQuiz()) return;
    quizLabel_ = courseQuizText(state);
    quiz_->SetForegroundColour(state && state->standing == session::QuizStanding::Passed
                                   ? colour(Colour::Correct)
                                   : colour(Colour::MutedText));
    const wxString button = state ? courseQuizButtonLabel(*state) : _("Take the quiz");
    quizButton_->SetLabel(button.empty() ? _("Take the quiz") : button);
    quizButton_->Show(!button.empty());
    quizButton_->Enable(state != nullptr);
    if (width_ > 0) {
        fitWidth(width_);
    } else {
        quiz_->SetLabel(quizLabel_);
        Layout();
    }
}

void CourseCard::fitWidth(int width) {
    width_ = width;
    // The card's frame takes a few pixels of its own; a label wider than its room would be
    // wrapped once more by GTK.
    const int textWidth = width - 2 * FromDIP(kPadding) - FromDIP(kFrameAllowance);
    if (textWidth <= 0) return;
    SetMinSize(wxSize(width, -1));
    setWrappedLabel(*title_, courseTitle(course_), textWidth);
    setWrappedLabel(*facts_, courseFacts(course_), textWidth);
    setWrappedLabel(*summary_, wxString::FromUTF8(course_.summary), textWidth);
    setWrappedLabel(*progress_, progressLabel_,
                    textWidth - open_->GetBestSize().x - FromDIP(kButtonGap));
    if (hasQuiz()) {
        const int button =
            quizButton_->IsShown() ? quizButton_->GetBestSize().x + FromDIP(kButtonGap) : 0;
        setWrappedLabel(*quiz_, quizLabel_, textWidth - button);
    }
    Layout();
}

}  // namespace tqm::gui
