#include "admin/papers/extra_time_page.h"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/utils.h>

#include "admin/papers/exam_list.h"
#include "admin/papers/paper_texts.h"
#include "bank_browser/question_labels.h"
#include "widgets/colours.h"
#include "widgets/value_texts.h"

namespace tqm::gui {

ExtraTimePage::ExtraTimePage(wxWindow* parent, PapersContext& context)
    : wxPanel(parent), context_(context) {
    exam_ = new wxChoice(this, wxID_ANY);
    person_ = new wxChoice(this, wxID_ANY);
    minutes_ = new wxSpinCtrl(this, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS,
                              0, 600, 10);
    reason_ = new wxTextCtrl(this, wxID_ANY);
    reason_->SetHint(_("For example: the workstation lost power"));
    grantedBy_ = new wxTextCtrl(this, wxID_ANY, wxGetUserName());
    auto* grant = new wxButton(this, wxID_ANY, _("Grant extra time"));
    auto* reload = new wxButton(this, wxID_ANY, _("Refresh"));
    status_ = new wxStaticText(this, wxID_ANY, {});

    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(8, 8)));
    grid->AddGrowableCol(1);
    const auto row = [&](const wxString& label, wxWindow* field) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), wxSizerFlags().CenterVertical());
        grid->Add(field, wxSizerFlags().Expand());
    };
    row(_("Exam"), exam_);
    row(_("Person with an attempt in progress"), person_);
    row(_("Extra minutes"), minutes_);
    row(_("Reason"), reason_);
    row(_("Granted by"), grantedBy_);
    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    actions->Add(grant);
    actions->Add(reload, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(grid, wxSizerFlags().Expand());
    column->Add(actions, wxSizerFlags().Border(wxTOP, FromDIP(12)));
    column->Add(status_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(12)));
    column->SetMinSize(FromDIP(wxSize(620, -1)));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(column, wxSizerFlags().Border(wxALL, FromDIP(16)));
    SetSizer(sizer);

    exam_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { fillPeople(); });
    grant->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { this->grant(); });
    reload->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { refresh(); });
    refresh();
}

void ExtraTimePage::refresh() {
    const int keep = exam_->GetSelection();
    session::ExamService* service = context_.service();
    exams_ = service ? service->listExams() : std::vector<store::ExamRecord>{};
    exam_->Clear();
    for (const store::ExamRecord& exam : exams_)
        exam_->Append(
            wxString::Format("%lld  %s", (long long)exam.id, fromUtf8(exam.settings.title)));
    if (!exams_.empty()) exam_->SetSelection(keep >= 0 && keep < int(exams_.size()) ? keep : 0);
    fillPeople();
}

bool ExtraTimePage::selectExam(std::int64_t examId) {
    for (std::size_t i = 0; i < exams_.size(); ++i) {
        if (exams_[i].id == examId) {
            exam_->SetSelection(int(i));
            fillPeople();
            return true;
        }
    }
    return false;
}

bool ExtraTimePage::selectPerson(std::int64_t personId) {
    for (std::size_t i = 0; i < open_.size(); ++i) {
        if (open_[i].personId == personId) {
            person_->SetSelection(int(i));
            return true;
        }
    }
    return false;
}

void ExtraTimePage::fillPeople() {
    person_->Clear();
    open_.clear();
    session::ExamService* service = context_.service();
    const int e = exam_->GetSelection();
    if (service && e >= 0) {
        open_ = service->attempts().openOfExam(exams_[std::size_t(e)].id);
        store::ExamRepository exams(service->database());
        for (const store::AttemptRow& attempt : open_) {
            const auto person = exams.person(attempt.personId);
            person_->Append(wxString::Format(
                _("%s %s — deadline %s"), person ? fromUtf8(person->employeeNo) : wxString(),
                person ? fromUtf8(person->name) : wxString(), localTimeText(attempt.deadline)));
        }
    }
    if (!open_.empty()) person_->SetSelection(0);
    status_->SetForegroundColour(colour(Colour::MutedText));
    status_->SetLabel(open_.empty() ? _("Nobody has an attempt of this exam in progress.")
                                    : wxString());
    Layout();
}

bool ExtraTimePage::grant() {
    session::ExamService* service = context_.service();
    const int e = exam_->GetSelection();
    const int p = person_->GetSelection();
    status_->SetForegroundColour(colour(Colour::Error));
    if (!service || e < 0 || p < 0 || std::size_t(p) >= open_.size()) {
        status_->SetLabel(_("Choose an exam and a person with an attempt in progress."));
        return false;
    }
    const store::AttemptRow& attempt = open_[std::size_t(p)];
    const session::ActionResult refused = service->grantExtraTime(
        exams_[std::size_t(e)].id, attempt.personId, std::chrono::minutes(minutes_->GetValue()),
        grantedBy_->GetValue().utf8_string(), reason_->GetValue().utf8_string());
    if (refused) {
        status_->SetLabel(organizerRefusalText(*refused));
        Layout();
        return false;
    }
    const auto moved = service->attempts().find(attempt.id);
    status_->SetForegroundColour(colour(Colour::Correct));
    const wxString done =
        wxString::Format(_("%d more minutes granted; the new deadline is %s."),
                         minutes_->GetValue(), moved ? localTimeText(moved->deadline) : wxString());
    const int keep = p;
    fillPeople();
    if (keep < int(open_.size())) person_->SetSelection(keep);
    status_->SetForegroundColour(colour(Colour::Correct));
    status_->SetLabel(done);
    Layout();
    return true;
}

}  // namespace tqm::gui
