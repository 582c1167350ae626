#include "training/class_overview.h"

#include <algorithm>

#include <wx/intl.h>
#include <wx/sizer.h>

#include "base/hundredths.h"
#include "store/exam_repository.h"
#include "store/training_class_repository.h"
#include "training/training_texts.h"
#include "widgets/colours.h"
#include "widgets/list_columns.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

namespace {

wxString utf8(const std::string& text) {
    return wxString::FromUTF8(text);
}

wxString permilleText(int permille) {
    return wxString::Format("%d.%d%%", permille / 10, permille % 10);
}

}  // namespace

ClassOverview::ClassOverview(wxWindow* parent, LearnerWorkspace& workspace,
                             std::function<void()> changed)
    : wxPanel(parent), workspace_(workspace), changed_(std::move(changed)) {
    title_ = new wxStaticText(this, wxID_ANY, wxString());
    title_->SetFont(GetFont().Scaled(1.3f).Bold());
    facts_ = new wxStaticText(this, wxID_ANY, wxString());
    plan_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 110)),
                           wxLC_REPORT | wxLC_SINGLE_SEL);
    appendFittedColumn(*plan_, _("Course or lesson"), 260);
    appendFittedColumn(*plan_, _("Hours"), 70);
    appendFittedColumn(*plan_, _("Day"), 110);
    exams_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 90)),
                            wxLC_REPORT | wxLC_SINGLE_SEL);
    appendFittedColumn(*exams_, _("Exam"), 220);
    appendFittedColumn(*exams_, _("Took it"), 60);
    appendFittedColumn(*exams_, _("Mean score"), 70);
    appendFittedColumn(*exams_, _("Pass rate"), 70);
    examChoice_ = new wxChoice(this, wxID_ANY);
    auto* link = new wxButton(this, wxID_ANY, _("Link exam"));
    summary_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition,
                              FromDIP(wxSize(-1, 80)), wxTE_MULTILINE);
    summary_->SetHint(_("What the class covered, how it went, what to follow up"));
    auto* save = new wxButton(this, wxID_ANY, _("Save summary"));
    summaryState_ = new wxStaticText(this, wxID_ANY, wxString());
    summaryState_->SetForegroundColour(colour(Colour::MutedText));

    auto* linkRow = new wxBoxSizer(wxHORIZONTAL);
    linkRow->Add(examChoice_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    linkRow->Add(link, 0, wxALIGN_CENTER_VERTICAL);
    auto* saveRow = new wxBoxSizer(wxHORIZONTAL);
    saveRow->Add(save, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
    saveRow->Add(summaryState_, 1, wxALIGN_CENTER_VERTICAL);
    const auto heading = [this](const wxString& text) {
        auto* label = new wxStaticText(this, wxID_ANY, text);
        label->SetFont(GetFont().Bold());
        return label;
    };
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(title_, 0, wxBOTTOM, FromDIP(4));
    column->Add(facts_, 0, wxEXPAND | wxBOTTOM, FromDIP(8));
    column->Add(heading(_("Plan")), 0, wxBOTTOM, FromDIP(2));
    column->Add(plan_, 1, wxEXPAND | wxBOTTOM, FromDIP(8));
    column->Add(heading(_("Exams held in the class")), 0, wxBOTTOM, FromDIP(2));
    column->Add(exams_, 1, wxEXPAND | wxBOTTOM, FromDIP(4));
    column->Add(linkRow, 0, wxEXPAND | wxBOTTOM, FromDIP(8));
    column->Add(heading(_("Closing summary")), 0, wxBOTTOM, FromDIP(2));
    column->Add(summary_, 1, wxEXPAND | wxBOTTOM, FromDIP(4));
    column->Add(saveRow, 0, wxEXPAND);
    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(column, 1, wxEXPAND | wxALL, FromDIP(10));
    SetSizer(outer);

    link->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { linkExam(examChoice_->GetSelection()); });
    save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { saveSummary(); });
    summary_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { summaryState_->SetLabel({}); });
}

void ClassOverview::show(const reports::ClassFile* file) {
    const bool sameClass = file && file_ && file_->trainingClass.id == file->trainingClass.id;
    file_ = file ? std::optional(*file) : std::nullopt;
    plan_->DeleteAllItems();
    exams_->DeleteAllItems();
    examChoice_->Clear();
    examIds_.clear();
    if (!file_) {
        title_->SetLabel({});
        facts_->SetLabel({});
        summary_->ChangeValue({});
        return;
    }
    const training::TrainingClass& c = file_->trainingClass;
    title_->SetLabel(wxString::Format(_("%s  %s"), utf8(c.code), utf8(c.name)));
    wxString teachers;
    for (const std::string& teacher : c.teachers) {
        if (!teachers.empty()) teachers += _(", ");
        teachers += utf8(teacher);
    }
    const wxString separator = wxString::FromUTF8(" · ");
    // Wrapped to the page: in English the line is longer than the page is wide.
    setWrappedLabel(
        *facts_,
        wxString::Format(_("From %s to %s"), utf8(formatDate(c.startDate)),
                         utf8(formatDate(c.endDate))) +
            separator + (c.place.empty() ? _("no place given") : utf8(c.place)) + separator +
            wxString::Format(_("teachers: %s"), teachers.empty() ? _("none given") : teachers) +
            separator + wxString::Format(_("%s in the plan"), hoursText(training::planHours(c))) +
            separator +
            wxString::Format(_("attendance %s"), permilleText(file_->attendancePermille)),
        std::max(FromDIP(360), GetClientSize().x - FromDIP(32)));
    for (std::size_t i = 0; i < c.plan.size(); ++i) {
        const training::PlanItem& item = c.plan[i];
        const long row = plan_->InsertItem(static_cast<long>(i),
                                           utf8(item.title.empty() ? item.courseId : item.title));
        plan_->SetItem(row, 1, hoursText(item.hoursHundredths));
        plan_->SetItem(row, 2, item.day ? utf8(formatDate(*item.day)) : _("Every day"));
    }
    for (std::size_t i = 0; i < file_->exams.size(); ++i) {
        const reports::ClassExam& exam = file_->exams[i];
        const long row = exams_->InsertItem(static_cast<long>(i), utf8(exam.title));
        exams_->SetItem(row, 1, wxString::Format("%d", exam.statistics.entrants));
        exams_->SetItem(row, 2,
                        exam.statistics.entrants
                            ? utf8(formatHundredths(exam.statistics.meanHundredths))
                            : wxString::FromUTF8("—"));
        exams_->SetItem(row, 3,
                        exam.statistics.entrants ? permilleText(exam.statistics.passRatePermille)
                                                 : wxString::FromUTF8("—"));
    }
    for (const store::ExamRecord& exam :
         store::ExamRepository(*workspace_.database()).listExams()) {
        bool linked = false;
        for (const reports::ClassExam& held : file_->exams)
            linked = linked || held.examId == exam.id;
        if (linked) continue;
        examIds_.push_back(exam.id);
        examChoice_->Append(wxString::Format(_("%s (no. %lld)"), utf8(exam.settings.title),
                                             static_cast<long long>(exam.id)));
    }
    if (!examIds_.empty()) examChoice_->SetSelection(0);
    examChoice_->Enable(!examIds_.empty());
    if (!sameClass) {
        summary_->ChangeValue(utf8(c.summary));
        summaryState_->SetLabel({});
    }
    Layout();
}

void ClassOverview::linkExam(int index) {
    if (!file_ || index < 0 || index >= static_cast<int>(examIds_.size())) return;
    store::TrainingClassRepository(*workspace_.database())
        .addExam(file_->trainingClass.id, examIds_[static_cast<std::size_t>(index)]);
    if (changed_) changed_();
}

void ClassOverview::saveSummary() {
    if (!file_) return;
    store::TrainingClassRepository(*workspace_.database())
        .setSummary(file_->trainingClass.id, summary_->GetValue().utf8_string());
    summaryState_->SetLabel(_("Summary saved."));
    if (changed_) changed_();
}

}  // namespace tqm::gui
