#include "home/learner_cards.h"

#include <wx/gauge.h>
#include <wx/intl.h>

#include "widgets/colours.h"

namespace tqm::gui {

namespace {
constexpr int kPadding = 14;
}

LearnerCards::LearnerCards(wxWindow* parent) : wxPanel(parent) {
    wxBoxSizer* courses = nullptr;
    coursesCard_ = card(_("Courses under way"), courses);
    hours_ = new wxStaticText(coursesCard_, wxID_ANY, wxString());
    hours_->SetForegroundColour(colour(Colour::MutedText));
    courses->Add(hours_, wxSizerFlags().Border(wxBOTTOM, FromDIP(8)));
    courses_ = new wxBoxSizer(wxVERTICAL);
    courses->Add(courses_, wxSizerFlags(1).Expand());

    wxBoxSizer* book = nullptr;
    wxPanel* bookCard = card(_("Wrong-answer book"), book);
    due_ = new wxStaticText(bookCard, wxID_ANY, wxString());
    due_->SetFont(GetFont().Scaled(1.15f));
    review_ = new wxButton(bookCard, wxID_ANY, _("Today's review"));
    book_ = new wxButton(bookCard, wxID_ANY, _("Open the book"));
    book->Add(due_, wxSizerFlags().Border(wxBOTTOM, FromDIP(10)));
    book->AddStretchSpacer();
    book->Add(review_, wxSizerFlags().Expand());
    book->Add(book_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(6)));

    wxBoxSizer* exams = nullptr;
    examsCard_ = card(_("Open exams"), exams);
    examRows_ = new wxBoxSizer(wxVERTICAL);
    exams_ = new wxButton(examsCard_, wxID_ANY, _("Go to exams"));
    exams->Add(examRows_, wxSizerFlags(1).Expand());
    exams->Add(exams_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(6)));

    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(coursesCard_, wxSizerFlags(3).Expand());
    sizer->Add(bookCard, wxSizerFlags(2).Expand().Border(wxLEFT, FromDIP(12)));
    sizer->Add(examsCard_, wxSizerFlags(3).Expand().Border(wxLEFT, FromDIP(12)));
    SetSizer(sizer);

    review_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onReview_) onReview_();
    });
    book_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onBook_) onBook_();
    });
    exams_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onExams_) onExams_();
    });
}

wxPanel* LearnerCards::card(const wxString& heading, wxBoxSizer*& content) {
    auto* panel = new wxPanel(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_THEME);
    panel->SetBackgroundColour(colour(Colour::Background));
    auto* title = new wxStaticText(panel, wxID_ANY, heading);
    title->SetFont(GetFont().Scaled(1.2f).Bold());
    content = new wxBoxSizer(wxVERTICAL);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int padding = FromDIP(kPadding);
    sizer->Add(title, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, padding));
    sizer->Add(content, wxSizerFlags(1).Expand().Border(wxALL, padding));
    panel->SetSizer(sizer);
    return panel;
}

void LearnerCards::show(const LearnerHome& home) {
    showCourses(home);
    due_->SetLabel(wxString::Format(_("Due for review today: %zu\nIn the book: %zu"),
                                    home.reviewsDue, home.inBook));
    review_->SetLabel(wxString::Format(_("Today's review (%zu)"), home.reviewsDue));
    review_->Enable(home.reviewsDue > 0);
    showExams(home);
    Layout();
}

void LearnerCards::showCourses(const LearnerHome& home) {
    for (wxWindow* row : courseRows_) row->Destroy();
    courseRows_.clear();
    percents_.clear();
    hours_->SetLabel(wxString::Format(_("Study hours earned in all: %s"), home.hoursEarned));
    if (home.courses.empty()) {
        auto* none = new wxStaticText(coursesCard_, wxID_ANY,
                                      _("No course under way. Start one under Learn."));
        courses_->Add(none);
        courseRows_.push_back(none);
    }
    // A handful is enough for Home; the catalog under Learn has them all.
    constexpr std::size_t kShown = 4;
    for (std::size_t i = 0; i < home.courses.size() && i < kShown; ++i) {
        const CourseUnderWay& course = home.courses[i];
        auto* row = new wxPanel(coursesCard_);
        // Long titles are cut with an ellipsis rather than widening the card.
        auto* title = new wxStaticText(row, wxID_ANY, course.title, wxDefaultPosition,
                                       wxDefaultSize, wxST_ELLIPSIZE_END);
        title->SetFont(GetFont().Bold());
        title->SetMinSize(wxSize(FromDIP(40), -1));
        auto* gauge = new wxGauge(row, wxID_ANY, 100, wxDefaultPosition, FromDIP(wxSize(-1, 8)));
        gauge->SetValue(course.percent);
        percents_.push_back(wxString::Format("%d%%", course.percent));
        auto* percent = new wxStaticText(row, wxID_ANY, percents_.back());
        auto* detail = new wxStaticText(row, wxID_ANY, course.detail);
        detail->SetForegroundColour(colour(Colour::MutedText));
        auto* bar = new wxBoxSizer(wxHORIZONTAL);
        bar->Add(gauge, wxSizerFlags(1).CentreVertical());
        bar->Add(percent, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(8)));
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(title, wxSizerFlags().Expand());
        sizer->Add(bar, wxSizerFlags().Expand().Border(wxTOP, FromDIP(4)));
        sizer->Add(detail, wxSizerFlags().Border(wxTOP, FromDIP(2)));
        row->SetSizer(sizer);
        courses_->Add(row, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(12)));
        courseRows_.push_back(row);
    }
}

void LearnerCards::showExams(const LearnerHome& home) {
    for (wxWindow* line : examLines_) line->Destroy();
    examLines_.clear();
    examsText_.clear();
    if (home.exams.empty()) {
        auto* none = new wxStaticText(examsCard_, wxID_ANY, _("No exam is open to you now."));
        examRows_->Add(none);
        examLines_.push_back(none);
        examsText_ = none->GetLabel();
    }
    for (const OpenExamLine& exam : home.exams) {
        auto* title = new wxStaticText(examsCard_, wxID_ANY, exam.title, wxDefaultPosition,
                                       wxDefaultSize, wxST_ELLIPSIZE_END);
        title->SetFont(GetFont().Bold());
        title->SetMinSize(wxSize(FromDIP(40), -1));
        auto* detail = new wxStaticText(examsCard_, wxID_ANY, exam.detail);
        detail->SetForegroundColour(colour(Colour::MutedText));
        examRows_->Add(title, wxSizerFlags().Expand());
        examRows_->Add(detail, wxSizerFlags().Border(wxBOTTOM, FromDIP(10)));
        examLines_.push_back(title);
        examLines_.push_back(detail);
        if (!examsText_.empty()) examsText_ += "\n";
        examsText_ += exam.title + wxString::FromUTF8(" — ") + exam.detail;
    }
    exams_->Enable(!home.exams.empty());
}

}  // namespace tqm::gui
