#include "reports/report_form.h"

#include <wx/arrstr.h>
#include <wx/intl.h>
#include <wx/sizer.h>

#include "compete/contest_repository.h"
#include "store/training_class_repository.h"
#include "widgets/colours.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

namespace {

wxStaticText* label(wxWindow* parent, const wxString& text) {
    return new wxStaticText(parent, wxID_ANY, text);
}

wxStaticText* note(wxWindow* parent) {
    auto* text = new wxStaticText(parent, wxID_ANY, wxString());
    text->SetForegroundColour(colour(Colour::MutedText));
    return text;
}

void addRow(wxSizer* sizer, wxWindow* caption, wxWindow* control) {
    sizer->Add(caption, wxSizerFlags().Border(wxTOP, caption->FromDIP(8)));
    sizer->Add(control, wxSizerFlags().Expand().Border(wxTOP, caption->FromDIP(2)));
}

Date firstOfYear(Date day) {
    const std::chrono::year_month_day ymd(day);
    return std::chrono::sys_days(ymd.year() / 1 / 1);
}

}  // namespace

ReportForm::ReportForm(wxWindow* parent, Date today) : wxPanel(parent) {
    kind_ = new wxChoice(this, wxID_ANY);
    kind_->Append(_("Personal file"));
    kind_->Append(_("Class file"));
    kind_->Append(_("Study-hour ledger"));
    kind_->Append(_("Enterprise summary"));
    kind_->SetSelection(0);
    details_ = {personPage(this), classPage(this), hoursPage(this, today),
                summaryPage(this, today)};
    reportDate_ = new DateField(this, today);
    organization_ = new wxTextCtrl(this, wxID_ANY);
    organization_->SetHint(_("e.g. Dongfang Machinery Plant"));
    preview_ = new wxButton(this, wxID_ANY, _("Preview"));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    // The label is set after the bold font, so that its width is measured in that font.
    auto* heading = label(this, wxString());
    heading->SetFont(GetFont().Bold());
    heading->SetLabel(_("Report"));
    // Expanded: GTK measures a bold label with the regular font and would cut its end.
    sizer->Add(heading, wxSizerFlags().Expand());
    sizer->Add(kind_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(2)));
    for (wxWindow* page : details_) sizer->Add(page, wxSizerFlags().Expand());
    addRow(sizer, label(this, _("Report date")), reportDate_);
    addRow(sizer, label(this, _("Organization name")), organization_);
    sizer->Add(preview_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(16)));
    SetSizer(sizer);
    setKind(ReportKind::Person);

    kind_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { setKind(kind()); });
    summaryScope_->Bind(wxEVT_RADIOBOX, [this](wxCommandEvent&) { showSummaryScope(); });
}

wxWindow* ReportForm::personPage(wxWindow* parent) {
    auto* page = new wxPanel(parent);
    person_ = new wxTextCtrl(page, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                             wxTE_PROCESS_ENTER);
    person_->SetHint(_("Employee number or full name"));
    auto* hint = note(page);
    setWrappedLabel(*hint, _("Type an employee number such as E1001, or a name."), FromDIP(260));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    addRow(sizer, label(page, _("Person")), person_);
    sizer->Add(hint, wxSizerFlags().Border(wxTOP, FromDIP(2)));
    page->SetSizer(sizer);
    return page;
}

wxWindow* ReportForm::classPage(wxWindow* parent) {
    auto* page = new wxPanel(parent);
    class_ = new wxChoice(page, wxID_ANY);
    noClasses_ = note(page);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    addRow(sizer, label(page, _("Training class")), class_);
    sizer->Add(noClasses_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(2)));
    page->SetSizer(sizer);
    return page;
}

wxWindow* ReportForm::hoursPage(wxWindow* parent, Date today) {
    auto* page = new wxPanel(parent);
    hoursFrom_ = new DateField(page, firstOfYear(today));
    hoursTo_ = new DateField(page, today);
    period_ = new wxChoice(page, wxID_ANY);
    period_->Append(_("Month"));
    period_->Append(_("Quarter"));
    period_->Append(_("Year"));
    period_->SetSelection(0);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    addRow(sizer, label(page, _("First day")), hoursFrom_);
    addRow(sizer, label(page, _("Last day")), hoursTo_);
    addRow(sizer, label(page, _("Hours per")), period_);
    page->SetSizer(sizer);
    return page;
}

wxWindow* ReportForm::summaryPage(wxWindow* parent, Date today) {
    auto* page = new wxPanel(parent);
    const wxString scopes[] = {_("A period"), _("A competition")};
    summaryScope_ = new wxRadioBox(page, wxID_ANY, _("Summarize"), wxDefaultPosition, wxDefaultSize,
                                   2, scopes, 1, wxRA_SPECIFY_COLS);
    summaryFrom_ = new DateField(page, firstOfYear(today));
    summaryTo_ = new DateField(page, today);
    competition_ = new wxChoice(page, wxID_ANY);
    noCompetitions_ = note(page);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(summaryScope_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(8)));
    addRow(sizer, label(page, _("First day")), summaryFrom_);
    addRow(sizer, label(page, _("Last day")), summaryTo_);
    addRow(sizer, label(page, _("Competition")), competition_);
    sizer->Add(noCompetitions_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(2)));
    page->SetSizer(sizer);
    showSummaryScope();
    return page;
}

void ReportForm::showSummaryScope() {
    const bool byCompetition = summaryScope_->GetSelection() == 1;
    summaryFrom_->Enable(!byCompetition);
    summaryTo_->Enable(!byCompetition);
    competition_->Enable(byCompetition && !competitionIds_.empty());
}

void ReportForm::setKind(ReportKind kind) {
    kind_->SetSelection(static_cast<int>(kind));
    for (std::size_t i = 0; i < details_.size(); ++i)
        details_[i]->Show(i == static_cast<std::size_t>(kind));
    Layout();
    GetParent()->Layout();
}

bool ReportForm::selectClass(std::int64_t classId) {
    for (std::size_t i = 0; i < classIds_.size(); ++i) {
        if (classIds_[i] != classId) continue;
        class_->SetSelection(static_cast<int>(i));
        return true;
    }
    return false;
}

void ReportForm::reload(LearnerWorkspace& workspace) {
    store::Database* database = workspace.database();
    if (!database) return;
    const int chosenClass = class_->GetSelection();
    const std::int64_t classId = chosenClass >= 0 ? classIds_[chosenClass] : 0;
    class_->Clear();
    classIds_.clear();
    for (const training::TrainingClass& c : store::TrainingClassRepository(*database).list()) {
        class_->Append(wxString::FromUTF8(c.code + "  " + c.name));
        classIds_.push_back(c.id);
        if (c.id == classId || classId == 0) class_->SetSelection(class_->GetCount() - 1);
    }
    setWrappedLabel(*noClasses_,
                    classIds_.empty()
                        ? _("There are no training classes yet. Create one on the Training "
                            "classes page, or import a class sheet, then come back here.")
                        : wxString(),
                    FromDIP(260));

    competition_->Clear();
    competitionIds_.clear();
    for (const compete::Competition& c : compete::ContestRepository(*database).list()) {
        competition_->Append(wxString::FromUTF8(c.name));
        competitionIds_.push_back(c.id);
    }
    if (!competitionIds_.empty()) competition_->SetSelection(competition_->GetCount() - 1);
    setWrappedLabel(*noCompetitions_,
                    competitionIds_.empty() ? _("No competitions yet: summarize a period instead.")
                                            : wxString(),
                    FromDIP(260));
    showSummaryScope();

    wxArrayString names;
    for (const store::Person& person : workspace.people()) {
        names.Add(wxString::FromUTF8(person.employeeNo));
        names.Add(wxString::FromUTF8(person.name));
    }
    person_->AutoComplete(names);
    Layout();
}

wxString ReportForm::problem() const {
    for (const DateField* field : {hoursFrom_, hoursTo_, summaryFrom_, summaryTo_, reportDate_})
        if (field->IsEnabled() && field->IsShownOnScreen() && field->hasProblem())
            return field->problemText();
    return {};
}

ReportRequest ReportForm::request() const {
    ReportRequest request;
    request.kind = kind();
    request.person = wxString(person_->GetValue()).Strip(wxString::both).utf8_string();
    const int chosenClass = class_->GetSelection();
    request.classId = chosenClass >= 0 ? classIds_[chosenClass] : 0;
    const bool hours = request.kind == ReportKind::Hours;
    request.from = *(hours ? hoursFrom_ : summaryFrom_)->value();
    request.to = *(hours ? hoursTo_ : summaryTo_)->value();
    request.period = static_cast<reports::Period>(period_->GetSelection());
    const int chosenCompetition = competition_->GetSelection();
    if (request.kind == ReportKind::Summary && summaryScope_->GetSelection() == 1 &&
        chosenCompetition >= 0)
        request.competitionId = competitionIds_[chosenCompetition];
    if (request.kind == ReportKind::Summary && summaryScope_->GetSelection() == 1 &&
        request.competitionId.empty())
        request.competitionId.assign(1, '-');  // asked for a competition with none to choose
    request.reportDate = *reportDate_->value();
    request.organization = wxString(organization_->GetValue()).Strip(wxString::both).utf8_string();
    return request;
}

}  // namespace tqm::gui
