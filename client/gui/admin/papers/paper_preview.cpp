#include "admin/papers/paper_preview.h"

#include <wx/clipbrd.h>
#include <wx/intl.h>
#include <wx/sizer.h>

#include "admin/papers/exam_creator.h"
#include "admin/papers/paper_html.h"
#include "bank_browser/question_labels.h"
#include "exam/paper_assembly.h"
#include "widgets/colours.h"
#include "widgets/html_word_break.h"
#include "widgets/value_texts.h"

namespace tqm::gui {

PaperPreview::PaperPreview(wxWindow* parent, PapersContext& context)
    : wxPanel(parent), context_(context) {
    seed_ = new wxTextCtrl(this, wxID_ANY, wxS("42"), wxDefaultPosition, wxSize(FromDIP(200), -1),
                           wxTE_PROCESS_ENTER);
    auto* show = new wxButton(this, wxID_ANY, _("Show paper"));
    auto* roll = new wxButton(this, wxID_ANY, _("New seed"));
    auto* copy = new wxButton(this, wxID_ANY, _("Copy seed"));
    summary_ = new wxStaticText(this, wxID_ANY, {});
    problems_ = new BlueprintProblems(this);
    problems_->SetMinSize(FromDIP(wxSize(-1, 70)));
    paper_ =
        new wxHtmlWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxHW_SCROLLBAR_AUTO);
    enableWordBreakTag(*paper_);
    paper_->SetStandardFonts(GetFont().GetPointSize());

    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    bar->Add(new wxStaticText(this, wxID_ANY, _("Seed")), wxSizerFlags().CenterVertical());
    bar->Add(seed_, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    bar->Add(show, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    bar->Add(roll, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    bar->Add(copy, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    bar->Add(summary_, wxSizerFlags(1).CenterVertical().Border(wxLEFT, FromDIP(12)));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(bar, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
    sizer->Add(problems_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, FromDIP(8)));
    sizer->Add(paper_, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(8)));
    SetSizer(sizer);
    problems_->Hide();

    show->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { showPaper(); });
    seed_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { showPaper(); });
    roll->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { rollSeed(); });
    copy->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { copySeed(); });
}

void PaperPreview::setSeed(std::uint64_t seed) {
    seed_->ChangeValue(wxString::Format("%llu", static_cast<unsigned long long>(seed)));
}

void PaperPreview::rollSeed() {
    setSeed(static_cast<std::uint64_t>(freshSeed()));
    showPaper();
}

bool PaperPreview::copySeed() {
    wxClipboardLocker locker;
    if (!locker) return false;
    wxTheClipboard->SetData(new wxTextDataObject(seed_->GetValue()));
    summary_->SetLabel(wxString::Format(_("Seed %s copied."), seed_->GetValue()));
    return true;
}

bool PaperPreview::showPaper() {
    questionIds_.clear();
    const HtmlColours colours = htmlColours();
    BlueprintDocument& document = context_.document();
    const auto say = [&](const wxString& text) {
        summary_->SetLabel(text);
        paper_->SetPage(wxString::FromUTF8(paperHtml(text.utf8_string(), {}, colours)));
        problems_->Hide();
        Layout();
        return false;
    };
    if (!document.isOpen()) return say(_("Open a blueprint under Blueprint first."));
    if (!document.index()) return say(_("The blueprint's bank was not found."));
    unsigned long long seed = 0;
    if (!seed_->GetValue().Strip(wxString::both).ToULongLong(&seed))
        return say(_("The seed must be a whole number."));
    exam::AssemblyRequest request;
    request.seed = seed;
    const exam::AssembledPaper paper =
        exam::assemblePaper(document.blueprint(), *document.index(), request);
    problems_->showDiagnostics(paper.diagnostics);
    problems_->Show(!paper.diagnostics.empty());
    if (!paper.ok()) {
        summary_->SetLabel(_("No paper can be made from this blueprint; see the problems."));
        paper_->SetPage(wxString());
        Layout();
        return false;
    }
    for (const exam::PaperQuestion& question : paper.questions)
        questionIds_.push_back(question.questionId);
    const wxString heading = wxString::Format(
        wxPLURAL("%s — seed %llu: %zu question, %s points",
                 "%s — seed %llu: %zu questions, %s points", paper.questions.size()),
        fromUtf8(document.blueprint().title), seed, paper.questions.size(),
        pointsLabel(paper.totalPoints()));
    summary_->SetLabel(wxString::Format(_("Seed %llu"), seed));
    paper_->SetPage(wxString::FromUTF8(paperHtml(heading.utf8_string(), paper.questions, colours)));
    Layout();
    return true;
}

}  // namespace tqm::gui
