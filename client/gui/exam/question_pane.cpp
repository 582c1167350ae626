#include "exam/question_pane.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include "bank_browser/question_labels.h"
#include "exam/exam_texts.h"
#include "widgets/colours.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

namespace {
constexpr int kMargin = 28;
constexpr int kMaxTextWidth = 980;
// A figure may take this share of the pane's height, so that the options below it stay in sight
// on an ordinary screen; the pane scrolls for the rest.
constexpr double kFigureHeightShare = 0.6;
constexpr int kMinFigureHeight = 240;
}  // namespace

QuestionPane::QuestionPane(wxWindow* parent) : wxScrolledWindow(parent, wxID_ANY) {
    SetScrollRate(0, FromDIP(16));
    heading_ = new wxStaticText(this, wxID_ANY, wxString());
    heading_->SetForegroundColour(colour(Colour::MutedText));
    heading_->SetFont(GetFont().Scaled(1.05f));
    flag_ = new wxStaticText(this, wxID_ANY, wxString());
    flag_->SetForegroundColour(colour(Colour::Warning));
    flag_->SetFont(GetFont().Scaled(1.05f).Bold());
    stem_ = new wxStaticText(this, wxID_ANY, wxString());
    stem_->SetFont(GetFont().Scaled(1.35f));
    figures_ = new QuestionFigures(this);
    hint_ = new wxStaticText(this, wxID_ANY, wxString());
    hint_->SetForegroundColour(colour(Colour::MutedText));

    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(heading_, wxSizerFlags().CentreVertical());
    top->AddSpacer(FromDIP(16));
    top->Add(flag_, wxSizerFlags().CentreVertical());
    inputSlot_ = new wxBoxSizer(wxVERTICAL);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int margin = FromDIP(kMargin);
    sizer->Add(top, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, margin));
    sizer->Add(stem_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, margin));
    sizer->Add(figures_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, margin));
    sizer->Add(inputSlot_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, margin));
    sizer->Add(hint_, wxSizerFlags().Border(wxALL, margin));
    SetSizer(sizer);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        wrapStem();
        event.Skip();
    });
}

void QuestionPane::showQuestion(const exam::PaperQuestion& question, std::size_t index,
                                std::size_t count, const exam::Answer& answer, bool flagged) {
    Freeze();
    heading_->SetLabel(wxString::Format(_("Question %zu of %zu"), index + 1, count) +
                       wxString::FromUTF8("  ·  ") + typeLabel(question.type) +
                       wxString::FromUTF8("  ·  ") +
                       wxString::Format(_("%s points"), pointsLabel(question.points)));
    setFlagged(flagged);
    stemText_ = wxString::FromUTF8(question.stem);
    wrappedWidth_ = 0;
    figures_->showImages(question.images);
    if (input_) {
        inputSlot_->Detach(input_);
        input_->Destroy();
    }
    input_ = createAnswerInput(this, question);
    input_->showAnswer(answer);
    inputSlot_->Add(input_, wxSizerFlags().Expand());
    hint_->SetLabel(input_->keyboardHint());
    wrapStem();
    FitInside();
    Layout();
    Scroll(0, 0);
    Thaw();
}

void QuestionPane::setFlagged(bool flagged) {
    flag_->SetLabel(flagged ? wxString::FromUTF8("⚑ ") + _("Flagged for review") : wxString());
    Layout();
}

void QuestionPane::wrapStem() {
    const int width = std::min(GetClientSize().x - 2 * FromDIP(kMargin), FromDIP(kMaxTextWidth));
    const int height = GetClientSize().y;
    if (width <= 0 || (width == wrappedWidth_ && height == wrappedHeight_)) return;
    wrappedWidth_ = width;
    wrappedHeight_ = height;
    figures_->fitTo(
        width, std::max(FromDIP(kMinFigureHeight), static_cast<int>(height * kFigureHeightShare)));
    setWrappedLabel(*stem_, stemText_, width);
    if (input_) input_->SetMinSize(wxSize(width, -1));
    FitInside();
    Layout();
}

}  // namespace tqm::gui
