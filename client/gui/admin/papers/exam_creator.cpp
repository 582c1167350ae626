#include "admin/papers/exam_creator.h"

#include <random>

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/statbox.h>

#include "admin/papers/paper_texts.h"
#include "bank_browser/question_labels.h"
#include "session/exam_setup.h"
#include "widgets/colours.h"

namespace tqm::gui {

std::int64_t freshSeed() {
    std::random_device device;
    const std::uint64_t high = device();
    const std::uint64_t low = device();
    return static_cast<std::int64_t>(((high << 32) | low) & 0x7FFFFFFFFFFFFFFFULL);
}

ExamCreator::ExamCreator(wxWindow* parent, PapersContext& context)
    : wxPanel(parent), context_(context) {
    auto* box = new wxStaticBoxSizer(wxVERTICAL, this, _("New exam"));
    wxWindow* area = box->GetStaticBox();
    source_ = new wxStaticText(area, wxID_ANY, {});
    title_ = new wxTextCtrl(area, wxID_ANY);
    minutes_ = new wxSpinCtrl(area, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS,
                              0, 1440, 60);
    passMark_ = new wxTextCtrl(area, wxID_ANY, wxS("60"));
    attempts_ = new wxSpinCtrl(area, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize,
                               wxSP_ARROW_KEYS, 0, 99, 1);
    combine_ = new wxChoice(area, wxID_ANY);
    combine_->Append(_("The best attempt counts"));
    combine_->Append(_("The last attempt counts"));
    combine_->SetSelection(0);
    showAnswers_ = new wxChoice(area, wxID_ANY);
    showAnswers_->Append(_("Right after each answer"));
    showAnswers_->Append(_("After submitting"));
    showAnswers_->Append(_("After the exam closes"));
    showAnswers_->Append(_("Never"));
    showAnswers_->SetSelection(1);
    timerPolicy_ = new wxChoice(area, wxID_ANY);
    timerPolicy_->Append(_("The deadline runs on when the program is down"));
    timerPolicy_->Append(_("Time stops while the program is down"));
    timerPolicy_->SetSelection(0);
    closes_ = new wxCheckBox(area, wxID_ANY, _("Closes at"));
    closeDate_ = new DateField(area, std::nullopt);
    closeTime_ = new wxTimePickerCtrl(area, wxID_ANY);
    seed_ = new wxTextCtrl(area, wxID_ANY, wxString::Format("%lld", (long long)freshSeed()));
    auto* roll = new wxButton(area, wxID_ANY, _("New seed"));
    auto* create = new wxButton(area, wxID_ANY, _("Create exam"));
    status_ = new wxStaticText(area, wxID_ANY, {});

    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(8, 6)));
    grid->AddGrowableCol(1);
    const auto row = [&](const wxString& label, wxSizer* field) {
        grid->Add(new wxStaticText(area, wxID_ANY, label), wxSizerFlags().CenterVertical());
        grid->Add(field, wxSizerFlags().Expand());
    };
    const auto one = [](wxWindow* window) {
        auto* sizer = new wxBoxSizer(wxHORIZONTAL);
        sizer->Add(window, wxSizerFlags(1));
        return sizer;
    };
    row(_("Blueprint"), one(source_));
    row(_("Exam title"), one(title_));
    auto* minutes = new wxBoxSizer(wxHORIZONTAL);
    minutes->Add(minutes_);
    minutes->Add(new wxStaticText(area, wxID_ANY, _("minutes")),
                 wxSizerFlags().CenterVertical().Border(wxLEFT, FromDIP(6)));
    row(_("Time limit"), minutes);
    row(_("Pass mark"), one(passMark_));
    auto* attempts = new wxBoxSizer(wxHORIZONTAL);
    attempts->Add(attempts_);
    attempts->Add(combine_, wxSizerFlags(1).Border(wxLEFT, FromDIP(6)));
    row(_("Attempts"), attempts);
    row(_("Show answers"), one(showAnswers_));
    row(_("Timer"), one(timerPolicy_));
    auto* closing = new wxBoxSizer(wxHORIZONTAL);
    closing->Add(closes_, wxSizerFlags().CenterVertical());
    closing->Add(closeDate_, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    closing->Add(closeTime_, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    row(_("Closing"), closing);
    auto* seed = new wxBoxSizer(wxHORIZONTAL);
    seed->Add(seed_, wxSizerFlags(1));
    seed->Add(roll, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    row(_("Seed"), seed);
    box->Add(grid, wxSizerFlags().Expand().Border(wxALL, FromDIP(6)));
    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    actions->Add(create);
    actions->Add(status_, wxSizerFlags(1).CenterVertical().Border(wxLEFT, FromDIP(12)));
    box->Add(actions, wxSizerFlags().Expand().Border(wxALL, FromDIP(6)));

    problems_ = new BlueprintProblems(this);
    exams_ = new ExamList(this);
    auto* right = new wxBoxSizer(wxVERTICAL);
    right->Add(new wxStaticText(this, wxID_ANY, _("Problems")));
    right->Add(problems_, wxSizerFlags(1).Expand().Border(wxTOP, FromDIP(4)));
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(box, wxSizerFlags(0).Expand());
    top->Add(right, wxSizerFlags(1).Expand().Border(wxLEFT, FromDIP(12)));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(top, wxSizerFlags(0).Expand().Border(wxALL, FromDIP(8)));
    sizer->Add(new wxStaticText(this, wxID_ANY, _("Exams in the database")),
               wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(8)));
    sizer->Add(exams_, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(8)));
    SetSizer(sizer);

    roll->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        seed_->ChangeValue(wxString::Format("%lld", (long long)freshSeed()));
    });
    create->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { this->create(); });
    closes_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
        closeDate_->Enable(closes_->GetValue());
        closeTime_->Enable(closes_->GetValue());
    });
    closeDate_->Disable();
    closeTime_->Disable();
    blueprintChanged();
    refreshExams();
}

void ExamCreator::blueprintChanged() {
    BlueprintDocument& document = context_.document();
    if (!document.isOpen()) {
        source_->SetLabel(_("Open a blueprint under Blueprint first."));
        return;
    }
    source_->SetLabel(fromUtf8(document.file().filename().string()));
    title_->ChangeValue(fromUtf8(document.blueprint().title));
    Layout();
}

void ExamCreator::refreshExams() {
    session::ExamService* service = context_.service();
    exams_->setExams(service ? service->listExams() : std::vector<store::ExamRecord>{});
}

void ExamCreator::showProblems(const std::vector<Diagnostic>& diagnostics,
                               const std::vector<session::Refusal>& refusals) {
    problems_->showDiagnostics(diagnostics);
    std::vector<PaperProblem> rows = problems_->problems();
    for (const session::Refusal& refusal : refusals)
        rows.push_back({_("Exam settings"), organizerRefusalText(refusal), true});
    problems_->setProblems(std::move(rows));
}

std::optional<std::int64_t> ExamCreator::create() {
    session::ExamService* service = context_.service();
    BlueprintDocument& document = context_.document();
    const auto refuse = [this](const wxString& why) {
        status_->SetLabel(why);
        status_->SetForegroundColour(colour(Colour::Error));
        Layout();
        return std::nullopt;
    };
    if (!service) return refuse(_("There is no database; no exam can be created."));
    if (!document.isOpen()) return refuse(_("Open a blueprint under Blueprint first."));
    if (document.modified()) return refuse(_("The blueprint has unsaved changes; save it first."));
    session::ExamSetup setup;
    setup.blueprintFile = document.file();
    setup.title = title_->GetValue().Strip(wxString::both).utf8_string();
    setup.timeLimit = std::chrono::minutes(minutes_->GetValue());
    double pass = 0;
    if (!passMark_->GetValue().Strip(wxString::both).ToCDouble(&pass))
        return refuse(_("Write the pass mark as a number, such as 60 or 59.5."));
    setup.passMark = exam::toCentipoints(pass);
    setup.attemptsAllowed = attempts_->GetValue();
    setup.combine = combine_->GetSelection() == 1 ? store::AttemptsCombine::Last
                                                  : store::AttemptsCombine::Highest;
    setup.showAnswers = static_cast<store::ShowAnswers>(showAnswers_->GetSelection());
    setup.timerPolicy = timerPolicy_->GetSelection() == 1 ? exam::TimerPolicy::PausedWhileDown
                                                          : exam::TimerPolicy::DeadlineRuns;
    long long seed = 0;
    if (!seed_->GetValue().Strip(wxString::both).ToLongLong(&seed))
        return refuse(_("The seed must be a whole number."));
    setup.seed = seed;
    if (closes_->GetValue()) {
        if (closeDate_->hasProblem()) return refuse(closeDate_->problemText());
        wxDateTime when = toDateTime(*closeDate_->value());
        const wxDateTime time = closeTime_->GetValue();
        when.SetHour(time.GetHour());
        when.SetMinute(time.GetMinute());
        when.SetSecond(0);
        setup.closesAt = when.GetValue().GetValue();
    }
    const session::ExamSetupResult result = session::createExamFromBlueprint(*service, setup);
    showProblems(result.diagnostics, result.problems);
    refreshExams();
    if (!result.ok()) return refuse(_("No exam was created; see the problems listed."));
    status_->SetForegroundColour(colour(Colour::Correct));
    status_->SetLabel(wxString::Format(_("Exam %lld created."), (long long)*result.examId));
    seed_->ChangeValue(wxString::Format("%lld", (long long)freshSeed()));
    Layout();
    return result.examId;
}

}  // namespace tqm::gui
