#include "exam/exam_start_page.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include "exam/exam_texts.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

namespace {
constexpr int kTextWidth = 760;
}

ExamStartPage::ExamStartPage(wxWindow* parent) : wxPanel(parent) {
    title_ = new wxStaticText(this, wxID_ANY, wxString());
    title_->SetFont(GetFont().Scaled(1.6f).Bold());
    rules_ = new wxStaticText(this, wxID_ANY, wxString());
    rules_->SetFont(GetFont().Scaled(1.15f));
    start_ = new wxButton(this, wxID_ANY, _("Begin the exam (Enter)"));
    start_->SetFont(GetFont().Scaled(1.1f).Bold());
    back_ = new wxButton(this, wxID_ANY, _("Back"));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(back_, wxSizerFlags().Border(wxRIGHT, FromDIP(16)));
    buttons->Add(start_);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(title_, wxSizerFlags().Border(wxBOTTOM, FromDIP(20)));
    column->Add(rules_, wxSizerFlags().Border(wxBOTTOM, FromDIP(28)));
    column->Add(buttons);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->AddStretchSpacer(1);
    sizer->Add(column, wxSizerFlags().Centre().Border(wxALL, FromDIP(32)));
    sizer->AddStretchSpacer(2);
    SetSizer(sizer);
    start_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onStart_) onStart_();
    });
    back_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onBack_) onBack_();
    });
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_ESCAPE && onBack_) {
            onBack_();
            return;
        }
        event.Skip();
    });
}

void ExamStartPage::showExam(const session::ExamOverview& exam) {
    examId_ = exam.exam.id;
    const store::ExamSettings& settings = exam.exam.settings;
    title_->SetLabel(wxString::FromUTF8(settings.title));
    wxString rules =
        wxString::Format(_("%zu questions, %s points in all; %s points pass."), exam.questionCount,
                         pointsLabel(exam.totalPoints), pointsLabel(settings.passMark)) +
        "\n" +
        wxString::Format(_("You have %s. The clock starts when you begin and keeps running; when "
                           "the time is up, your answers are submitted automatically."),
                         durationText(settings.timeLimit)) +
        "\n" +
        wxString::Format(_("This is attempt %d of %d."), exam.attemptsUsed + 1,
                         settings.attemptsAllowed) +
        "\n\n" +
        _("Every answer is saved the moment you give it. You may flag questions to check later, "
          "and move freely between questions until you submit.") +
        "\n" +
        _("Keyboard: 1-9 or A-H choose options, the arrow keys move between questions, Space "
          "flags, Enter goes on.");
    rulesText_ = rules;
    setWrappedLabel(*rules_, rules, FromDIP(kTextWidth));
    Layout();
    start_->SetFocus();
}

void ExamStartPage::setHandlers(std::function<void()> start, std::function<void()> back) {
    onStart_ = std::move(start);
    onBack_ = std::move(back);
}

}  // namespace tqm::gui
