#include "learn/course_catalog_panel.h"

#include <algorithm>
#include <map>
#include <optional>

#include <wx/intl.h>

#include "session/course_quiz_state.h"
#include "widgets/colours.h"

namespace tqm::gui {

namespace {
constexpr int kMargin = 16;
constexpr int kGap = 12;
constexpr int kMinCardWidth = 340;
}  // namespace

CourseCatalogPanel::CourseCatalogPanel(wxWindow* parent, LearnerWorkspace& workspace)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL),
      workspace_(workspace) {
    SetScrollRate(0, FromDIP(16));
    heading_ = new wxStaticText(this, wxID_ANY, _("Courses"));
    wxFont headingFont = GetFont().Bold();
    headingFont.SetPointSize(headingFont.GetPointSize() + 6);
    heading_->SetFont(headingFont);
    note_ = new wxStaticText(this, wxID_ANY, wxString());
    note_->SetForegroundColour(colour(Colour::MutedText));
    grid_ = new wxFlexGridSizer(1, FromDIP(kGap), FromDIP(kGap));
    const int margin = FromDIP(kMargin);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, margin));
    sizer->AddSpacer(margin / 2);
    sizer->Add(note_, wxSizerFlags().Border(wxLEFT | wxRIGHT, margin));
    sizer->Add(grid_, wxSizerFlags().Expand().Border(wxALL, margin));
    SetSizer(sizer);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        arrangeCards();
        event.Skip();
    });
}

void CourseCatalogPanel::showCourses() {
    for (int column = 0; column < columns_; ++column) grid_->RemoveGrowableCol(column);
    grid_->Clear(true);
    cards_.clear();
    columns_ = 0;
    for (const course::Course& course : workspace_.courses()) {
        auto* card = new CourseCard(this, course);
        const std::string id = course.id;
        card->setOpenHandler([this, id] {
            if (onOpen_) onOpen_(id);
        });
        card->setQuizHandler([this, id] {
            if (onQuiz_) onQuiz_(id);
        });
        cards_.push_back(card);
    }
    refreshProgress();
    arrangeCards();
}

void CourseCatalogPanel::refreshProgress() {
    const std::size_t count = workspace_.courses().size();
    if (workspace_.courses().empty()) {
        note_->SetLabel(
            workspace_.contentDir().empty()
                ? _("No course folder was found. Start the program with --content DIR.")
                : wxString::Format(_("No course was found in \"%s\"."),
                                   wxString::FromUTF8(workspace_.contentDir().string())));
    } else if (!workspace_.signedIn()) {
        note_->SetLabel(wxString::Format(
            wxPLURAL("%zu course. Sign in to keep track of your progress.",
                     "%zu courses. Sign in to keep track of your progress.", count),
            count));
    } else {
        note_->SetLabel(wxString::Format(
            wxPLURAL("%zu course. Finish every lesson and pass the quiz to earn its study hours.",
                     "%zu courses. Finish every lesson and pass the quiz to earn their study "
                     "hours.",
                     count),
            count));
    }
    const bool tracked = workspace_.signedIn() && workspace_.hasDatabase();
    std::optional<session::ExamService> exams;
    std::map<std::string, std::int64_t, std::less<>> quizExams;
    if (tracked) {
        exams.emplace(*workspace_.database());
        quizExams = session::quizExamsByBlueprint(*exams);
    }
    const std::int64_t now = unixMillis(workspace_.clock().now());
    for (CourseCard* card : cards_) {
        if (!tracked) {
            card->showStatus(nullptr);
            card->showQuiz(nullptr);
            continue;
        }
        const std::int64_t personId = workspace_.signedIn()->id;
        const course::CourseStatus status = workspace_.progress().status(personId, card->course());
        card->showStatus(&status);
        if (!card->hasQuiz()) continue;
        const auto exam = quizExams.find(card->course().quizBlueprint.id);
        const session::CourseQuizState quiz = session::courseQuizState(
            *exams, exam == quizExams.end() ? std::nullopt : std::optional(exam->second), personId,
            now);
        card->showQuiz(&quiz);
    }
}

void CourseCatalogPanel::arrangeCards() {
    const int margin = FromDIP(kMargin);
    const int gap = FromDIP(kGap);
    const int available = GetClientSize().x - 2 * margin;
    if (available <= 0) return;
    const int columns = std::max(1, (available + gap) / (FromDIP(kMinCardWidth) + gap));
    const int cardWidth = (available - (columns - 1) * gap) / columns;
    if (columns != columns_) {
        for (int column = 0; column < columns_; ++column) grid_->RemoveGrowableCol(column);
        columns_ = columns;
        grid_->Clear(false);
        grid_->SetCols(columns);
        for (int column = 0; column < columns; ++column) grid_->AddGrowableCol(column, 1);
        for (CourseCard* card : cards_) grid_->Add(card, wxSizerFlags().Expand());
    }
    for (CourseCard* card : cards_) card->fitWidth(cardWidth);
    FitInside();
    Layout();
}

}  // namespace tqm::gui
