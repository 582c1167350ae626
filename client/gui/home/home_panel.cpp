#include "home/home_panel.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include "home/home_summary.h"
#include "widgets/colours.h"
#include "widgets/html_word_break.h"

namespace tqm::gui {

HomePanel::HomePanel(wxWindow* parent, const BankLibrary& library)
    : wxPanel(parent), library_(library) {
    summary_ = new wxHtmlWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxHW_SCROLLBAR_AUTO | wxBORDER_THEME);
    summary_->SetStandardFonts(GetFont().GetPointSize(), GetFont().GetFaceName());
    enableWordBreakTag(*summary_);
    problemsHeading_ = new wxStaticText(this, wxID_ANY, wxString());
    problemsHeading_->SetFont(GetFont().Bold());
    problems_ = new ProblemList(this);

    continueBox_ = new wxPanel(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_THEME);
    auto* continueHeading = new wxStaticText(continueBox_, wxID_ANY, _("Where you left off"));
    wxFont headingFont = GetFont().Bold();
    headingFont.SetPointSize(headingFont.GetPointSize() + 2);
    continueHeading->SetFont(headingFont);
    continueText_ = new wxStaticText(continueBox_, wxID_ANY, wxString());
    continue_ = new wxButton(continueBox_, wxID_ANY, _("Continue learning"));
    auto* continueTexts = new wxBoxSizer(wxVERTICAL);
    continueTexts->Add(continueHeading);
    continueTexts->Add(continueText_, wxSizerFlags().Border(wxTOP, FromDIP(4)));
    auto* continueSizer = new wxBoxSizer(wxHORIZONTAL);
    continueSizer->Add(continueTexts, wxSizerFlags(1).CentreVertical().Border(wxALL, FromDIP(12)));
    continueSizer->Add(continue_, wxSizerFlags().CentreVertical().Border(wxALL, FromDIP(12)));
    continueBox_->SetSizer(continueSizer);
    continueBox_->Hide();
    continue_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onContinue_) onContinue_();
    });

    learner_ = new LearnerCards(this);
    learner_->Hide();
    dueSoon_ = new DueSoonCard(this);
    dueSoon_->Hide();

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int border = FromDIP(8);
    sizer->Add(continueBox_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(dueSoon_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(learner_, wxSizerFlags().Expand().Border(wxALL, border));
    sizer->Add(summary_, wxSizerFlags(3).Expand().Border(wxALL, border));
    sizer->Add(problemsHeading_, wxSizerFlags().Border(wxLEFT | wxRIGHT, border));
    sizer->Add(problems_, wxSizerFlags(2).Expand().Border(wxALL, border));
    SetSizer(sizer);
    Bind(wxEVT_SYS_COLOUR_CHANGED, &HomePanel::onSysColourChanged, this);
}

void HomePanel::showBanks() {
    summary_->SetPage(wxString::FromUTF8(homeSummaryHtml(library_, htmlColours())));
    std::vector<Diagnostic> all = library_.sourceProblems();
    for (const LoadedBank& loaded : library_.banks())
        all.insert(all.end(), loaded.problems().begin(), loaded.problems().end());
    problemsHeading_->SetLabel(
        all.empty() ? _("No problems were found when loading the banks.")
                    : wxString::Format(
                          wxPLURAL("%zu problem was found when loading the banks:",
                                   "%zu problems were found when loading the banks:", all.size()),
                          all.size()));
    // An empty list would only take room from the summary.
    problems_->Show(!all.empty() && !learnerShown_);
    problems_->setProblems(std::move(all));
    Layout();
}

void HomePanel::showContinue(const wxString& lesson) {
    continueText_->SetLabel(lesson);
    continueBox_->Show(!lesson.empty());
    Layout();
}

void HomePanel::showLearner(const std::optional<LearnerHome>& home) {
    learnerShown_ = home.has_value();
    if (home) learner_->show(*home);
    learner_->Show(learnerShown_);
    summary_->Show(!learnerShown_);
    problemsHeading_->Show(!learnerShown_);
    problems_->Show(!learnerShown_ && problems_->GetItemCount() > 0);
    Layout();
}

void HomePanel::showDueSoon(bool shown) {
    dueSoon_->Show(shown);
    Layout();
}

void HomePanel::onSysColourChanged(wxSysColourChangedEvent& event) {
    showBanks();
    event.Skip();
}

}  // namespace tqm::gui
