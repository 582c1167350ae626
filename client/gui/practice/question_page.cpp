#include "practice/question_page.h"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>
#include <wx/wupdlock.h>

#include "answer/text_input.h"
#include "bank_browser/question_labels.h"
#include "practice/feedback_texts.h"
#include "widgets/colours.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

namespace {

constexpr int kPadding = 20;

// How to answer by keyboard here. The exam's hints for text speak of saving as you type, which
// practice does not do, so blanks and essays get their own.
wxString hintFor(const exam::PaperQuestion& question, const AnswerInput& input) {
    if (question.type == bank::QuestionType::ShortAnswer)
        return _("Write your answer, then click Check to compare it with the reference answer.");
    if (input.takesText())
        return _("Type your answer; Enter goes to the next blank and checks after the last one.");
    // TRANSLATORS: %s is how to pick options by keyboard, a whole sentence ending in a full stop.
    return wxString::Format(_("%s Press Enter to check."), input.keyboardHint());
}

}  // namespace

QuestionPage::QuestionPage(wxWindow* parent) : wxPanel(parent) {
    title_ = new wxStaticText(this, wxID_ANY, wxString());
    title_->SetFont(GetFont().Scaled(1.2f).Bold());
    progress_ = new wxStaticText(this, wxID_ANY, wxString());
    progress_->SetForegroundColour(colour(Colour::MutedText));

    body_ = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                 wxVSCROLL | wxBORDER_THEME);
    body_->SetBackgroundColour(colour(Colour::Background));
    body_->SetScrollRate(0, FromDIP(12));
    type_ = new wxStaticText(body_, wxID_ANY, wxString());
    type_->SetForegroundColour(colour(Colour::Accent));
    stem_ = new wxStaticText(body_, wxID_ANY, wxString());
    stem_->SetFont(GetFont().Scaled(1.15f));
    hint_ = new wxStaticText(body_, wxID_ANY, wxString());
    hint_->SetForegroundColour(colour(Colour::MutedText));

    feedbackBox_ = new wxPanel(body_);
    verdict_ = new wxStaticText(feedbackBox_, wxID_ANY, wxString());
    verdict_->SetFont(GetFont().Scaled(1.15f).Bold());
    correct_ = new wxStaticText(feedbackBox_, wxID_ANY, wxString());
    explanation_ = new wxStaticText(feedbackBox_, wxID_ANY, wxString());
    book_ = new wxStaticText(feedbackBox_, wxID_ANY, wxString());
    book_->SetForegroundColour(colour(Colour::MutedText));
    auto* feedbackSizer = new wxBoxSizer(wxVERTICAL);
    feedbackSizer->Add(verdict_);
    feedbackSizer->Add(correct_, wxSizerFlags().Border(wxTOP, FromDIP(8)));
    feedbackSizer->Add(explanation_, wxSizerFlags().Border(wxTOP, FromDIP(8)));
    feedbackSizer->Add(book_, wxSizerFlags().Border(wxTOP, FromDIP(8)));
    feedbackBox_->SetSizer(feedbackSizer);

    const int padding = FromDIP(kPadding);
    auto* bodySizer = new wxBoxSizer(wxVERTICAL);
    bodySizer->Add(type_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, padding));
    bodySizer->AddSpacer(padding / 2);
    bodySizer->Add(stem_, wxSizerFlags().Border(wxLEFT | wxRIGHT, padding));
    // The answer controls go at index 3 (showQuestion), above the keyboard hint.
    bodySizer->Add(hint_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, padding));
    bodySizer->Add(feedbackBox_, wxSizerFlags().Expand().Border(wxALL, padding));
    body_->SetSizer(bodySizer);

    main_ = new wxButton(this, wxID_ANY, _("Check"));
    end_ = new wxButton(this, wxID_ANY, _("End practice"));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(end_);
    buttons->AddStretchSpacer();
    buttons->Add(main_);

    auto* header = new wxBoxSizer(wxHORIZONTAL);
    header->Add(title_, wxSizerFlags(1).CentreVertical());
    header->Add(progress_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(16)));

    const int border = FromDIP(16);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(header, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(body_, wxSizerFlags(1).Expand().Border(wxALL, border));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, border));
    SetSizer(sizer);

    main_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { advance(); });
    end_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onFinished_) onFinished_();
    });
    body_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] { rewrap(); });
    });
    Bind(wxEVT_CHAR_HOOK, &QuestionPage::onCharHook, this);
}

void QuestionPage::start(session::PracticeRound& round, const wxString& title) {
    round_ = &round;
    index_ = 0;
    title_->SetLabel(title);
    showQuestion();
}

bool QuestionPage::checked() const {
    return round_ && index_ < round_->size() && round_->feedback(index_).has_value();
}

void QuestionPage::advance() {
    if (checked())
        next();
    else
        check();
}

void QuestionPage::check() {
    if (!round_ || checked() || !input_) return;
    const session::PracticeFeedback feedback = round_->answer(index_, input_->answer());
    showFeedback(feedback);
}

void QuestionPage::next() {
    if (!round_) return;
    if (index_ + 1 >= round_->size()) {
        if (onFinished_) onFinished_();
        return;
    }
    ++index_;
    showQuestion();
}

void QuestionPage::showQuestion() {
    wxWindowUpdateLocker noFlicker(body_);
    const exam::PaperQuestion& question = round_->question(index_);
    type_->SetLabel(typeLabel(question.type));
    stemLabel_ = wxString::FromUTF8(question.stem);
    if (input_) {
        body_->GetSizer()->Detach(input_);
        input_->Destroy();
    }
    input_ = createAnswerInput(body_, question);
    const int padding = FromDIP(kPadding);
    body_->GetSizer()->Insert(3, input_,
                              wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, padding));
    hintLabel_ = hintFor(question, *input_);
    hint_->Show();
    feedbackBox_->Hide();
    correctLabel_.clear();
    explanationLabel_.clear();
    main_->SetLabel(_("Check"));
    updateProgress();
    rewrap();
    body_->Scroll(0, 0);
    // Blanks and essays take the typing at once; picking keys work wherever the focus is.
    if (!input_->focusFirstField()) main_->SetFocus();
}

void QuestionPage::showFeedback(const session::PracticeFeedback& feedback) {
    const exam::PaperQuestion& question = round_->question(index_);
    const Verdict verdict = verdictOf(feedback);
    verdict_->SetLabel(gui::verdictText(feedback));
    verdict_->SetForegroundColour(verdict == Verdict::Right         ? colour(Colour::Correct)
                                  : verdict == Verdict::Essay       ? colour(Colour::Text)
                                  : verdict == Verdict::PartlyRight ? colour(Colour::Warning)
                                                                    : colour(Colour::Error));
    correctLabel_ = wxString::Format(
        verdict == Verdict::Essay ? _("Reference answer: %s") : _("Correct answer: %s"),
        gui::correctAnswerText(question, feedback));
    if (verdict == Verdict::Essay && !feedback.gradingNotes.empty())
        correctLabel_ += "\n" + wxString::Format(_("Grading notes: %s"),
                                                 wxString::FromUTF8(feedback.gradingNotes));
    explanationLabel_.clear();
    if (!feedback.explanation.empty())
        explanationLabel_ =
            wxString::Format(_("Explanation: %s"), wxString::FromUTF8(feedback.explanation));
    const std::string_view source = round_->bankQuestion(index_).source;
    if (!source.empty()) {
        if (!explanationLabel_.empty()) explanationLabel_ += "\n";
        explanationLabel_ += wxString::Format(_("Source: %s"), fromUtf8(source));
    }
    explanation_->Show(!explanationLabel_.empty());
    book_->SetLabel(bookText(feedback));
    book_->Show(!book_->GetLabel().empty());
    feedbackBox_->Show();
    input_->showKey(feedback.parts);
    hint_->Hide();
    main_->SetLabel(index_ + 1 >= round_->size() ? _("See the summary") : _("Next question"));
    updateProgress();
    rewrap();
    main_->SetFocus();
    // The explanation may be below the fold of a long question.
    int x = 0;
    int y = 0;
    body_->GetViewStart(&x, &y);
    body_->Scroll(0, feedbackBox_->GetPosition().y / FromDIP(12) + y);
}

void QuestionPage::updateProgress() {
    progress_->SetLabel(gui::progressText(index_, round_->tally()));
    Layout();
}

void QuestionPage::rewrap() {
    const int width = body_->GetClientSize().x - 2 * FromDIP(kPadding);
    if (width <= 0) return;
    setWrappedLabel(*stem_, stemLabel_, width);
    setWrappedLabel(*hint_, hintLabel_, width);
    // The options wrap themselves to the width they are given; a fixed width keeps their
    // unwrapped length from widening the page.
    if (input_) input_->SetMinSize(wxSize(width, -1));
    setWrappedLabel(*correct_, correctLabel_, width);
    setWrappedLabel(*explanation_, explanationLabel_, width);
    body_->FitInside();
    body_->Layout();
}

void QuestionPage::onCharHook(wxKeyEvent& event) {
    const int key = event.GetKeyCode();
    const bool enter = key == WXK_RETURN || key == WXK_NUMPAD_ENTER;
    if (auto* field = dynamic_cast<wxTextCtrl*>(FindFocus())) {
        if (enter && !event.HasAnyModifiers()) {
            if (checked()) {
                advance();
                return;
            }
            if (enterInField(*field)) return;
        }
        event.Skip();  // typing belongs to the field
        return;
    }
    if (enter && !event.HasAnyModifiers()) {
        advance();
        return;
    }
    const wxChar pick = pickingKey(key);
    if (pick && !event.HasAnyModifiers() && input_ && input_->pickKey(pick)) return;
    event.Skip();
}

bool QuestionPage::enterInField(wxTextCtrl& field) {
    if (field.IsMultiLine()) return false;
    const auto* blanks = dynamic_cast<const TextInput*>(input_);
    if (wxTextCtrl* after = blanks ? blanks->fieldAfter(&field) : nullptr) {
        after->SetFocus();
        return true;
    }
    check();
    return true;
}

}  // namespace tqm::gui
