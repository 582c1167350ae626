#include "admin/papers/essay_marking_page.h"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/utils.h>

#include "admin/papers/essay_queue.h"
#include "admin/papers/paper_html.h"
#include "admin/papers/paper_texts.h"
#include "bank_browser/question_labels.h"
#include "widgets/colours.h"
#include "widgets/html_word_break.h"

namespace tqm::gui {

EssayMarkingPage::EssayMarkingPage(wxWindow* parent, PapersContext& context)
    : wxPanel(parent), context_(context) {
    exam_ = new wxChoice(this, wxID_ANY);
    auto* reload = new wxButton(this, wxID_ANY, _("Refresh"));
    list_ = new EssayQueue(this);
    essay_ =
        new wxHtmlWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxHW_SCROLLBAR_AUTO);
    enableWordBreakTag(*essay_);
    essay_->SetStandardFonts(GetFont().GetPointSize());
    maxPoints_ = new wxStaticText(this, wxID_ANY, {});
    points_ = new wxTextCtrl(this, wxID_ANY, {}, wxDefaultPosition, wxSize(FromDIP(80), -1),
                             wxTE_PROCESS_ENTER);
    comment_ = new wxTextCtrl(this, wxID_ANY);
    comment_->SetHint(_("What was good, what was missing"));
    marker_ = new wxTextCtrl(this, wxID_ANY, wxGetUserName(), wxDefaultPosition,
                             wxSize(FromDIP(120), -1));
    auto* save = new wxButton(this, wxID_ANY, _("Save mark and next"));
    status_ = new wxStaticText(this, wxID_ANY, {});

    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(new wxStaticText(this, wxID_ANY, _("Exam")), wxSizerFlags().CenterVertical());
    top->Add(exam_, wxSizerFlags(1).Border(wxLEFT, FromDIP(6)));
    top->Add(reload, wxSizerFlags().Border(wxLEFT, FromDIP(6)));

    auto* left = new wxBoxSizer(wxVERTICAL);
    left->Add(new wxStaticText(this, wxID_ANY, _("Essays waiting for a mark")));
    left->Add(list_, wxSizerFlags(1).Expand().Border(wxTOP, FromDIP(4)));
    left->SetMinSize(FromDIP(wxSize(360, -1)));

    auto* markRow = new wxBoxSizer(wxHORIZONTAL);
    markRow->Add(new wxStaticText(this, wxID_ANY, _("Points")), wxSizerFlags().CenterVertical());
    markRow->Add(points_, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    markRow->Add(maxPoints_, wxSizerFlags().CenterVertical().Border(wxLEFT, FromDIP(6)));
    markRow->Add(new wxStaticText(this, wxID_ANY, _("Marker")),
                 wxSizerFlags().CenterVertical().Border(wxLEFT, FromDIP(16)));
    markRow->Add(marker_, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    auto* commentRow = new wxBoxSizer(wxHORIZONTAL);
    commentRow->Add(new wxStaticText(this, wxID_ANY, _("Comment")),
                    wxSizerFlags().CenterVertical());
    commentRow->Add(comment_, wxSizerFlags(1).Border(wxLEFT, FromDIP(6)));
    commentRow->Add(save, wxSizerFlags().Border(wxLEFT, FromDIP(6)));

    auto* right = new wxBoxSizer(wxVERTICAL);
    right->Add(essay_, wxSizerFlags(1).Expand());
    right->Add(markRow, wxSizerFlags().Expand().Border(wxTOP, FromDIP(8)));
    right->Add(commentRow, wxSizerFlags().Expand().Border(wxTOP, FromDIP(6)));
    right->Add(status_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(6)));

    auto* columns = new wxBoxSizer(wxHORIZONTAL);
    columns->Add(left, wxSizerFlags().Expand());
    columns->Add(right, wxSizerFlags(1).Expand().Border(wxLEFT, FromDIP(12)));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(top, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
    sizer->Add(columns, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8)));
    SetSizer(sizer);

    exam_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { fillQueue(); });
    reload->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { refresh(); });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED,
                [this](wxListEvent& event) { showEssay(std::size_t(event.GetIndex())); });
    save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { saveMark(); });
    points_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { saveMark(); });
    refresh();
}

void EssayMarkingPage::refresh() {
    const int keep = exam_->GetSelection();
    session::ExamService* service = context_.service();
    exams_ = service ? service->listExams() : std::vector<store::ExamRecord>{};
    exam_->Clear();
    for (const store::ExamRecord& exam : exams_)
        exam_->Append(
            wxString::Format("%lld  %s", (long long)exam.id, fromUtf8(exam.settings.title)));
    if (!exams_.empty()) exam_->SetSelection(keep >= 0 && keep < int(exams_.size()) ? keep : 0);
    fillQueue();
}

bool EssayMarkingPage::selectExam(std::int64_t examId) {
    for (std::size_t i = 0; i < exams_.size(); ++i) {
        if (exams_[i].id == examId) {
            exam_->SetSelection(int(i));
            fillQueue();
            return true;
        }
    }
    return false;
}

void EssayMarkingPage::fillQueue() {
    queue_.clear();
    std::vector<QueueRow> rows;
    session::ExamService* service = context_.service();
    const int e = exam_->GetSelection();
    if (service && e >= 0) {
        queue_ = service->attempts().pendingEssays(exams_[std::size_t(e)].id);
        store::ExamRepository exams(service->database());
        for (const store::PendingEssay& essay : queue_)
            rows.push_back({essay, exams.person(essay.personId).value_or(store::PersonSummary{})});
    }
    list_->setRows(std::move(rows));
    current_ = 0;
    if (queue_.empty()) {
        const HtmlColours colours = htmlColours();
        essay_->SetPage(wxString::FromUTF8(
            "<html><body bgcolor=\"" + colours.background + "\" text=\"" + colours.muted +
            "\"><p>" + htmlEscape(_("No essays are waiting for a mark.").utf8_string()) +
            "</p></body></html>"));
        maxPoints_->SetLabel({});
        return;
    }
    list_->selectRow(0);
    showEssay(0);
}

void EssayMarkingPage::showEssay(std::size_t row) {
    session::ExamService* service = context_.service();
    if (!service || row >= queue_.size()) return;
    current_ = row;
    const store::PendingEssay& essay = queue_[row];
    const std::vector<exam::PaperQuestion> paper = service->attempts().paper(essay.attemptId);
    const exam::PaperQuestion& question = paper[essay.seq - 1];
    std::string answer;
    for (const store::StoredAnswer& stored : service->attempts().answers(essay.attemptId))
        if (stored.seq == essay.seq) answer = stored.text;
    const HtmlColours colours = htmlColours();
    const std::string html =
        "<html><body bgcolor=\"" + colours.background + "\" text=\"" + colours.text + "\">" +
        paperQuestionHtml(question, essay.seq, colours) + "<p><b>" +
        htmlEscape(_("The person's answer:").utf8_string()) + "</b></p><blockquote><p>" +
        htmlParagraph(answer) + "</p></blockquote></body></html>";
    essay_->SetPage(wxString::FromUTF8(html));
    maxPoints_->SetLabel(wxString::Format(_("of %s"), pointsLabel(question.points)));
    points_->Clear();
    comment_->Clear();
    points_->SetFocus();
    Layout();
}

bool EssayMarkingPage::saveMark() {
    session::ExamService* service = context_.service();
    status_->SetForegroundColour(colour(Colour::Error));
    if (!service || current_ >= queue_.size()) {
        status_->SetLabel(_("Choose an essay to mark."));
        return false;
    }
    double value = 0;
    if (!points_->GetValue().Strip(wxString::both).ToCDouble(&value)) {
        status_->SetLabel(_("Write the points as a number, such as 8 or 7.5."));
        return false;
    }
    const store::PendingEssay essay = queue_[current_];
    const session::SubmitResult marked =
        service->markEssay(essay.attemptId, essay.seq, exam::toCentipoints(value),
                           marker_->GetValue().utf8_string(), comment_->GetValue().utf8_string());
    if (marked.refusal) {
        status_->SetLabel(organizerRefusalText(*marked.refusal));
        Layout();
        return false;
    }
    const store::AttemptRow& attempt = marked.submission->attempt;
    const std::size_t next = current_;
    fillQueue();
    if (next < queue_.size()) {
        list_->selectRow(next);
        showEssay(next);
    }
    status_->SetForegroundColour(colour(Colour::Correct));
    status_->SetLabel(wxString::Format(_("Saved. The attempt now has %s of %s points."),
                                       pointsLabel(attempt.earned.value_or(0)),
                                       pointsLabel(attempt.maxPoints.value_or(0))));
    Layout();
    return true;
}

}  // namespace tqm::gui
