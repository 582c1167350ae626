#include "exam/exam_result_page.h"

#include <wx/intl.h>
#include <wx/log.h>
#include <wx/sizer.h>

#include "exam/exam_texts.h"
#include "exam/review_html.h"
#include "session/answer_visibility.h"
#include "widgets/colours.h"
#include "widgets/html_word_break.h"

namespace tqm::gui {

namespace {

wxString hiddenReason(const store::ExamRecord& exam) {
    switch (exam.settings.showAnswers) {
        case store::ShowAnswers::AfterClose:
            return exam.settings.closesAt
                       ? wxString::Format(_("The correct answers are shown after the exam closes "
                                            "at %s."),
                                          localTimeText(*exam.settings.closesAt))
                       : _("The correct answers are shown after the exam closes.");
        case store::ShowAnswers::Never:
            return _("This exam does not show its correct answers.");
        default:
            break;
    }
    return _("The correct answers are shown once the attempt is submitted.");
}

// Reads a figure's size for the review's HTML; an unreadable file has none.
std::optional<PixelSize> figureSize(const std::filesystem::path& file) {
    wxLogNull quiet;
    const wxImage image(wxString::FromUTF8(file.string()));
    if (!image.IsOk()) return std::nullopt;
    return PixelSize{image.GetWidth(), image.GetHeight()};
}

constexpr int kReviewBorder = 12;
constexpr int kMaxFigureHeight = 420;

}  // namespace

ExamResultPage::ExamResultPage(wxWindow* parent) : wxPanel(parent) {
    title_ = new wxStaticText(this, wxID_ANY, wxString());
    title_->SetFont(GetFont().Scaled(1.4f).Bold());
    score_ = new wxStaticText(this, wxID_ANY, wxString());
    score_->SetFont(GetFont().Scaled(2.6f).Bold());
    verdict_ = new wxStaticText(this, wxID_ANY, wxString());
    verdict_->SetFont(GetFont().Scaled(1.5f).Bold());
    facts_ = new wxStaticText(this, wxID_ANY, wxString());
    facts_->SetForegroundColour(colour(Colour::MutedText));
    note_ = new wxStaticText(this, wxID_ANY, wxString());
    auto* barsTitle = new wxStaticText(this, wxID_ANY, _("Points by category"));
    barsTitle->SetFont(GetFont().Bold());
    bars_ = new CategoryBars(this);
    review_ = new wxHtmlWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                               wxHW_SCROLLBAR_AUTO | wxBORDER_THEME);
    review_->SetBorders(FromDIP(kReviewBorder));
    review_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        // Figures are drawn to the width the page had; a resize draws them again.
        if (reviewShown_ && review_->GetClientSize().x != renderedWidth_)
            CallAfter([this] { renderReview(); });
    });
    enableWordBreakTag(*review_);
    back_ = new wxButton(this, wxID_ANY, _("Back to the exams"));
    again_ = new wxButton(this, wxID_ANY, _("Take it again"));
    back_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onBack_) onBack_();
    });
    again_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onAgain_) onAgain_();
    });

    const int border = FromDIP(16);
    auto* scoreLine = new wxBoxSizer(wxHORIZONTAL);
    scoreLine->Add(score_, wxSizerFlags().Bottom().Border(wxRIGHT, border));
    scoreLine->Add(verdict_, wxSizerFlags().Bottom().Border(wxBOTTOM, FromDIP(6)));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(back_, wxSizerFlags().Border(wxRIGHT, FromDIP(8)));
    buttons->Add(again_);
    auto* left = new wxBoxSizer(wxVERTICAL);
    left->Add(title_, wxSizerFlags().Border(wxBOTTOM, border));
    left->Add(scoreLine, wxSizerFlags().Border(wxBOTTOM, FromDIP(8)));
    left->Add(facts_, wxSizerFlags().Border(wxBOTTOM, FromDIP(8)));
    left->Add(note_, wxSizerFlags().Border(wxBOTTOM, border));
    left->Add(barsTitle, wxSizerFlags().Border(wxBOTTOM, FromDIP(8)));
    left->Add(bars_, wxSizerFlags().Expand().Border(wxBOTTOM, border));
    left->AddStretchSpacer();
    left->Add(buttons);
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(left, wxSizerFlags(2).Expand().Border(wxALL, border));
    sizer->Add(review_, wxSizerFlags(3).Expand().Border(wxTOP | wxBOTTOM | wxRIGHT, border));
    SetSizer(sizer);
}

void ExamResultPage::setHandlers(std::function<void()> back, std::function<void()> again) {
    onBack_ = std::move(back);
    onAgain_ = std::move(again);
}

bool ExamResultPage::showAttempt(
    session::ExamService& service, std::int64_t attemptId, std::int64_t now,
    const std::map<std::string, std::string, std::less<>>& categoryTitles, const wxString& note,
    bool canTakeAgain) {
    const std::optional<store::AttemptRow> attempt = service.attempts().find(attemptId);
    if (!attempt || !attempt->submitted()) return false;
    const std::optional<store::ExamRecord> exam = service.exam(attempt->examId);
    if (!exam) return false;
    attemptId_ = attemptId;
    title_->SetLabel(wxString::FromUTF8(exam->settings.title));
    const exam::Verdict verdict = attempt->verdict.value_or(exam::Verdict::Pending);
    score_->SetLabel(wxString::Format(_("%s / %s points"), pointsLabel(attempt->earned.value_or(0)),
                                      pointsLabel(attempt->maxPoints.value_or(0))));
    verdict_->SetLabel(verdictLabel(verdict));
    verdict_->SetForegroundColour(verdictColour(verdict));
    const std::int64_t usedMs = *attempt->submittedAt - attempt->startedAt - attempt->pausedMs;
    const wxString separator = wxString::FromUTF8("  ·  ");
    wxString facts =
        wxString::Format(_("Pass mark %s"), pointsLabel(exam->settings.passMark)) + separator +
        wxString::Format(_("Time used %s"), durationText(std::chrono::milliseconds(usedMs))) +
        separator + wxString::Format(_("Submitted %s"), localTimeText(*attempt->submittedAt));
    if (attempt->submittedBy == store::SubmittedBy::Deadline)
        facts += "\n" + _("The time ran out; the answers were submitted automatically.");
    facts_->SetLabel(facts);

    // Per category, in the order of the paper, from the stored per-question scores.
    const std::vector<store::StoredQuestion> scored = service.attempts().questions(attemptId);
    std::vector<CategoryBar> bars;
    bool pending = false;
    for (const store::StoredQuestion& question : scored) {
        if (question.status == exam::ScoreStatus::Pending) pending = true;
        // By top-level category: sub-categories of a paper are too many to compare at a glance.
        const wxString root =
            wxString::FromUTF8(question.category.substr(0, question.category.find('.')));
        auto found = std::find_if(bars.begin(), bars.end(),
                                  [&](const CategoryBar& bar) { return bar.label == root; });
        if (found == bars.end()) {
            bars.push_back({root, 0, 0});
            found = bars.end() - 1;
        }
        found->earned += question.earned.value_or(0);
        found->max += question.points;
    }
    for (CategoryBar& bar : bars) {
        const auto title = categoryTitles.find(bar.label.utf8_string());
        if (title != categoryTitles.end()) bar.label = wxString::FromUTF8(title->second);
    }
    bars_->setBars(std::move(bars));

    wxString news = note;
    if (pending) {
        if (!news.empty()) news += "\n";
        news +=
            _("Short answers are awaiting marking; the score and the verdict may still "
              "change.");
    }
    note_->SetLabel(news);
    note_->SetForegroundColour(pending ? colour(Colour::Warning) : colour(Colour::Correct));

    const session::AnswerVisibility visibility = session::answerVisibility(*exam, *attempt, now);
    reviewShown_ = visibility.visible;
    items_.clear();
    paper_.clear();
    if (visibility.visible) {
        paper_ = service.attempts().paper(attemptId);
        items_.resize(paper_.size());
        for (std::size_t i = 0; i < paper_.size(); ++i) {
            items_[i].question = &paper_[i];
            items_[i].answer = exam::NoAnswer{};
            if (i < scored.size()) items_[i].scored = scored[i];
        }
        for (const store::StoredAnswer& stored : service.attempts().answers(attemptId))
            if (stored.seq >= 1 && stored.seq <= paper_.size() && !stored.text.empty())
                items_[stored.seq - 1].answer =
                    exam::parseAnswer(paper_[stored.seq - 1], stored.text).answer;
    } else {
        reviewPage_ = wxString::FromUTF8("<html><body bgcolor=\"" + htmlColour(Colour::Background) +
                                         "\"><p>" + htmlEscape(hiddenReason(*exam).utf8_string()) +
                                         "</p></body></html>");
        review_->SetPage(reviewPage_);
    }
    again_->Show(canTakeAgain);
    Layout();
    renderReview();
    return true;
}

void ExamResultPage::renderReview() {
    if (!reviewShown_) return;
    renderedWidth_ = review_->GetClientSize().x;
    ReviewFigures figures;
    // The page's borders on both sides and room for the vertical scroll bar.
    figures.maxWidth =
        std::max(FromDIP(120), renderedWidth_ - 2 * FromDIP(kReviewBorder) - FromDIP(24));
    figures.maxHeight = FromDIP(kMaxFigureHeight);
    figures.imageSize = figureSize;
    const wxPoint scrolled = review_->GetViewStart();
    reviewPage_ = wxString::FromUTF8(reviewHtml(items_, htmlColours(), figures));
    review_->SetPage(reviewPage_);
    review_->Scroll(scrolled);
}

bool ExamResultPage::scrollReviewTo(std::size_t index) {
    if (!reviewShown_ || index >= items_.size()) return false;
    // A location that is only an anchor scrolls the page shown to it.
    return review_->LoadPage("#" + wxString::FromUTF8(reviewAnchor(index)));
}

}  // namespace tqm::gui

namespace tqm::gui {

std::optional<std::size_t> ExamResultPage::firstWrongWithExplanation() const {
    for (std::size_t i = 0; i < items_.size(); ++i)
        if (items_[i].scored.status == exam::ScoreStatus::Wrong &&
            !items_[i].question->explanation.empty())
            return i;
    return std::nullopt;
}

}  // namespace tqm::gui
