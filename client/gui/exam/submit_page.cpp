#include "exam/submit_page.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include "exam/exam_texts.h"
#include "widgets/colours.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

namespace {
constexpr int kTextWidth = 720;
}

SubmitPage::SubmitPage(wxWindow* parent) : wxPanel(parent) {
    title_ = new wxStaticText(this, wxID_ANY, _("Submit your answers?"));
    title_->SetFont(GetFont().Scaled(1.6f).Bold());
    unanswered_ = new wxStaticText(this, wxID_ANY, wxString());
    unanswered_->SetFont(GetFont().Scaled(1.2f));
    flagged_ = new wxStaticText(this, wxID_ANY, wxString());
    flagged_->SetFont(GetFont().Scaled(1.2f));
    flagged_->SetForegroundColour(colour(Colour::Warning));
    note_ = new wxStaticText(this, wxID_ANY,
                             _("Once submitted, the answers can no longer be changed."));
    note_->SetForegroundColour(colour(Colour::MutedText));
    back_ = new wxButton(this, wxID_ANY, _("Back to the paper (Esc)"));
    submit_ = new wxButton(this, wxID_ANY, _("Submit (Enter)"));
    submit_->SetFont(GetFont().Scaled(1.1f).Bold());

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(back_, wxSizerFlags().Border(wxRIGHT, FromDIP(16)));
    buttons->Add(submit_);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(title_, wxSizerFlags().Border(wxBOTTOM, FromDIP(24)));
    column->Add(unanswered_, wxSizerFlags().Border(wxBOTTOM, FromDIP(12)));
    column->Add(flagged_, wxSizerFlags().Border(wxBOTTOM, FromDIP(24)));
    column->Add(note_, wxSizerFlags().Border(wxBOTTOM, FromDIP(24)));
    column->Add(buttons);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->AddStretchSpacer(1);
    sizer->Add(column, wxSizerFlags().Centre().Border(wxALL, FromDIP(32)));
    sizer->AddStretchSpacer(2);
    SetSizer(sizer);

    back_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onBack_) onBack_();
    });
    submit_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onSubmit_) onSubmit_();
    });
}

void SubmitPage::show(const std::vector<std::size_t>& unanswered,
                      const std::vector<std::size_t>& flagged, std::size_t count) {
    const int width = FromDIP(kTextWidth);
    const wxString answeredText =
        unanswered.empty()
            ? wxString::Format(
                  wxPLURAL("You answered the question.", "You answered all %zu questions.", count),
                  count)
            : wxString::Format(
                  wxPLURAL("%zu question is not answered: number %s.",
                           "%zu questions are not answered: numbers %s.", unanswered.size()),
                  unanswered.size(), numberList(unanswered));
    unanswered_->SetForegroundColour(unanswered.empty() ? colour(Colour::Correct)
                                                        : colour(Colour::Error));
    setWrappedLabel(*unanswered_, answeredText, width);
    summary_ = answeredText;
    flagged_->Show(!flagged.empty());
    if (!flagged.empty()) {
        const wxString flaggedText = wxString::Format(
            wxPLURAL("%zu question is flagged for review: number %s.",
                     "%zu questions are flagged for review: numbers %s.", flagged.size()),
            flagged.size(), numberList(flagged));
        setWrappedLabel(*flagged_, flaggedText, width);
        summary_ += "\n" + flaggedText;
    }
    Layout();
    submit_->SetFocus();
}

void SubmitPage::setHandlers(std::function<void()> back, std::function<void()> submit) {
    onBack_ = std::move(back);
    onSubmit_ = std::move(submit);
}

}  // namespace tqm::gui
