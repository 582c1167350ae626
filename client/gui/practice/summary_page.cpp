#include "practice/summary_page.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include "bank_browser/question_labels.h"
#include "widgets/colours.h"

namespace tqm::gui {

SummaryPage::SummaryPage(wxWindow* parent) : wxPanel(parent) {
    heading_ = new wxStaticText(this, wxID_ANY, _("Practice finished"));
    heading_->SetFont(GetFont().Scaled(1.4f).Bold());
    score_ = new wxStaticText(this, wxID_ANY, wxString());
    score_->SetFont(GetFont().Scaled(1.2f));
    wrongHeading_ = new wxStaticText(this, wxID_ANY, wxString());
    wrongHeading_->SetFont(GetFont().Bold());
    wrong_ = new wxListBox(this, wxID_ANY);
    again_ = new wxButton(this, wxID_ANY, _("Practise the wrong ones again"));
    done_ = new wxButton(this, wxID_ANY, _("Choose something else"));

    const int border = FromDIP(24);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(again_);
    buttons->Add(done_, wxSizerFlags().Border(wxLEFT, FromDIP(12)));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(score_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(wrongHeading_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(wrong_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(buttons, wxSizerFlags().Border(wxALL, border));
    SetSizer(sizer);
    again_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onAgain_) onAgain_();
    });
    done_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onDone_) onDone_();
    });
}

void SummaryPage::show(const session::PracticeRound& round) {
    const session::RoundTally tally = round.tally();
    wxString score =
        wxString::Format(_("Right: %zu of %zu answered (%zu%%)"), tally.correct, tally.scored,
                         tally.scored == 0 ? 0 : tally.correct * 100 / tally.scored);
    if (tally.checked < tally.questions)
        score += "\n" + wxString::Format(_("Not reached: %zu"), tally.questions - tally.checked);
    if (tally.skipped > 0) score += "\n" + wxString::Format(_("Skipped: %zu"), tally.skipped);
    score_->SetLabel(score);

    const std::vector<std::size_t> again = round.toPractiseAgain();
    wxArrayString rows;
    for (std::size_t index : again) {
        const exam::PaperQuestion& question = round.question(index);
        rows.Add(wxString::Format("%zu. [%s] %s", index + 1, typeLabel(question.type),
                                  excerpt(question.stem, 80)));
    }
    wrong_->Set(rows);
    wrongHeading_->SetLabel(again.empty() ? _("Nothing was wrong. Well done!")
                                          : _("Wrong or skipped:"));
    wrongHeading_->SetForegroundColour(again.empty() ? colour(Colour::Correct)
                                                     : colour(Colour::Text));
    wrong_->Show(!again.empty());
    again_->Enable(!again.empty());
    again_->SetLabel(wxString::Format(_("Practise the wrong ones again (%zu)"), again.size()));
    Layout();
    (again.empty() ? done_ : again_)->SetFocus();
}

}  // namespace tqm::gui
