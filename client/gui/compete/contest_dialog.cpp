#include "compete/contest_dialog.h"

#include <algorithm>
#include <chrono>
#include <system_error>

#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/sizer.h>

#include "admin/papers/exam_creator.h"
#include "admin/papers/paper_texts.h"
#include "compete/contest_setup.h"
#include "compete/contest_texts.h"
#include "exam/blueprint_reader.h"
#include "widgets/colours.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

namespace fs = std::filesystem;

namespace {

constexpr auto kChinaOffset = std::chrono::hours(8);
constexpr int kDefaultMinutes = 30;
constexpr int kTextWidth = 520;

wxTimePickerCtrl* timeField(wxWindow* parent, int hour) {
    auto* field = new wxTimePickerCtrl(parent, wxID_ANY);
    field->SetTime(hour, 0, 0);
    return field;
}

}  // namespace

ContestDialog::ContestDialog(wxWindow* parent, LearnerWorkspace& workspace,
                             session::ExamService& service, Mode mode)
    : wxDialog(parent, wxID_ANY,
               mode == Mode::Create ? _("New competition") : _("Join a competition"),
               wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      workspace_(workspace),
      service_(service),
      mode_(mode) {
    const Date today = dateAt(workspace_.clock().now());
    blueprint_ = new wxChoice(this, wxID_ANY);
    auto* browse = new wxButton(this, wxID_ANY, _("Other file..."));
    name_ = new wxTextCtrl(this, wxID_ANY);
    opensDay_ = new DateField(this, today);
    opensTime_ = timeField(this, 9);
    closesDay_ = new DateField(this, today);
    closesTime_ = timeField(this, 17);
    minutes_ = new wxSpinCtrl(this, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS,
                              1, 24 * 60, kDefaultMinutes);
    paper_ = new wxChoice(this, wxID_ANY);
    paper_->Append(seatPaperText(compete::SeatPaper::Same));
    paper_->Append(seatPaperText(compete::SeatPaper::PerSeat));
    paper_->SetSelection(0);
    id_ = new wxTextCtrl(this, wxID_ANY);
    seed_ = new wxTextCtrl(
        this, wxID_ANY,
        mode == Mode::Create ? wxString::Format("%lld", (long long)freshSeed()) : wxString());
    problems_ = new wxStaticText(this, wxID_ANY, {});
    problems_->SetForegroundColour(colour(Colour::Error));

    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 8)));
    grid->AddGrowableCol(1);
    const auto row = [&](const wxString& label, wxSizer* fields) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), wxSizerFlags().CentreVertical());
        grid->Add(fields, wxSizerFlags().Expand());
    };
    const auto line = [this](std::initializer_list<std::pair<wxWindow*, int>> windows) {
        auto* sizer = new wxBoxSizer(wxHORIZONTAL);
        bool first = true;
        for (const auto& [window, proportion] : windows) {
            sizer->Add(
                window,
                wxSizerFlags(proportion).CentreVertical().Border(wxLEFT, first ? 0 : FromDIP(6)));
            first = false;
        }
        return sizer;
    };
    row(_("Blueprint"), line({{blueprint_, 1}, {browse, 0}}));
    row(_("Competition name"), line({{name_, 1}}));
    row(_("Opens"), line({{opensDay_, 0}, {opensTime_, 0}}));
    row(_("Closes"), line({{closesDay_, 0}, {closesTime_, 0}}));
    row(_("Time limit"),
        line({{minutes_, 0}, {new wxStaticText(this, wxID_ANY, _("minutes")), 0}}));
    row(_("Paper"), line({{paper_, 0}}));
    if (mode == Mode::Join) {
        row(_("Competition id"), line({{id_, 1}}));
        row(_("Seed"), line({{seed_, 1}}));
    } else {
        id_->Hide();
        seed_->Hide();
    }

    auto* intro = new wxStaticText(this, wxID_ANY, {});
    setWrappedLabel(
        *intro,
        mode == Mode::Create
            ? _("Every workstation of the competition joins it with the id and seed shown once "
                "it is made, so that all seats sit the same paper. Times are China Standard "
                "Time.")
            : _("Enter the competition's id and seed exactly as the first workstation shows "
                "them, with the same blueprint, window, time limit and paper."),
        FromDIP(kTextWidth));
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(intro, wxSizerFlags().Border(wxBOTTOM, FromDIP(12)));
    column->Add(grid, wxSizerFlags().Expand());
    column->Add(problems_, wxSizerFlags().Border(wxTOP, FromDIP(10)));
    auto* buttons = new wxStdDialogButtonSizer;
    auto* ok = new wxButton(this, wxID_OK, mode == Mode::Create ? _("Create") : _("Join"));
    buttons->AddButton(ok);
    buttons->AddButton(new wxButton(this, wxID_CANCEL, _("Cancel")));
    buttons->Realize();
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(column, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(16)));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(16)));
    SetSizerAndFit(sizer);
    SetMinSize(GetSize());

    listBlueprints(workspace_.blueprintDir());
    blueprint_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { blueprintChosen(); });
    browse->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxFileDialog dialog(this, _("Choose a blueprint"),
                            wxString::FromUTF8(workspace_.blueprintDir().string()), {},
                            _("Blueprints (*.xml)|*.xml"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
        if (dialog.ShowModal() == wxID_OK) setBlueprint(fs::path(dialog.GetPath().utf8_string()));
    });
    ok->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { submit(); });
}

void ContestDialog::listBlueprints(const fs::path& folder) {
    std::error_code error;
    std::vector<fs::path> files;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error))
        if (it->path().extension() == ".xml") files.push_back(it->path());
    std::sort(files.begin(), files.end());
    // The competition blueprints first: they are what this dialog is usually for.
    std::stable_partition(files.begin(), files.end(), [](const fs::path& file) {
        return file.filename().string().starts_with("competition");
    });
    for (const fs::path& file : files) setBlueprint(file);
    if (!files_.empty()) {
        blueprint_->SetSelection(0);
        blueprintChosen();
    }
}

void ContestDialog::setBlueprint(const fs::path& file) {
    for (std::size_t i = 0; i < files_.size(); ++i)
        if (files_[i] == file) {
            blueprint_->SetSelection(int(i));
            blueprintChosen();
            return;
        }
    const exam::BlueprintReadResult read = exam::readBlueprintFile(file);
    const wxString name = wxString::FromUTF8(file.filename().string());
    const wxString label =
        read.blueprint.title.empty()
            ? name
            : wxString::Format(_("%s (%s)"), wxString::FromUTF8(read.blueprint.title), name);
    files_.push_back(file);
    blueprint_->SetSelection(blueprint_->Append(label));
    blueprintChosen();
}

std::optional<fs::path> ContestDialog::blueprint() const {
    const int chosen = blueprint_->GetSelection();
    if (chosen < 0 || std::size_t(chosen) >= files_.size()) return std::nullopt;
    return files_[std::size_t(chosen)];
}

void ContestDialog::blueprintChosen() {
    const std::optional<fs::path> file = blueprint();
    if (!file) return;
    const exam::BlueprintReadResult read = exam::readBlueprintFile(*file);
    if (!read.blueprint.title.empty()) name_->ChangeValue(wxString::FromUTF8(read.blueprint.title));
}

void ContestDialog::setOpens(Date day, int hour, int minute) {
    opensDay_->setValue(day);
    opensTime_->SetTime(hour, minute, 0);
}

void ContestDialog::setCloses(Date day, int hour, int minute) {
    closesDay_->setValue(day);
    closesTime_->SetTime(hour, minute, 0);
}

std::int64_t ContestDialog::chinaMillis(const DateField& day, const wxTimePickerCtrl& time) const {
    int hour = 0, minute = 0, second = 0;
    time.GetTime(&hour, &minute, &second);
    const auto local =
        std::chrono::sys_days(day.value().value_or(dateAt(workspace_.clock().now()))) +
        std::chrono::hours(hour) + std::chrono::minutes(minute);
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               (local - kChinaOffset).time_since_epoch())
        .count();
}

void ContestDialog::showProblems(const std::vector<wxString>& lines) {
    wxString text;
    for (const wxString& line : lines) text += (text.empty() ? wxString() : wxString("\n")) + line;
    setWrappedLabel(*problems_, text, FromDIP(kTextWidth));
    Layout();
    Fit();
}

std::optional<compete::Competition> ContestDialog::submit() {
    const std::optional<fs::path> file = blueprint();
    if (!file) {
        showProblems({_("Choose the blueprint the competition's paper is made from.")});
        return std::nullopt;
    }
    compete::ContestSetup setup;
    setup.blueprintFile = *file;
    setup.name = name_->GetValue().Strip(wxString::both).utf8_string();
    setup.opensAt = chinaMillis(*opensDay_, *opensTime_);
    setup.closesAt = chinaMillis(*closesDay_, *closesTime_);
    setup.timeLimit = std::chrono::minutes(minutes_->GetValue());
    setup.seatPaper =
        paper_->GetSelection() == 1 ? compete::SeatPaper::PerSeat : compete::SeatPaper::Same;
    long long seed = 0;
    if (!seed_->GetValue().Strip(wxString::both).ToLongLong(&seed)) {
        showProblems({mode_ == Mode::Join
                          ? _("Enter the seed the first workstation shows: a whole number.")
                          : _("The seed must be a whole number.")});
        return std::nullopt;
    }
    setup.seed = seed;
    if (mode_ == Mode::Join) setup.id = id_->GetValue().Strip(wxString::both).Lower().utf8_string();

    wxBusyCursor busy;
    const compete::ContestSetupResult result = compete::createContest(service_, setup);
    if (!result.ok()) {
        std::vector<wxString> lines;
        for (const session::Refusal& problem : result.problems)
            lines.push_back(contestSetupText(problem));
        for (const Diagnostic& problem : result.diagnostics)
            if (problem.severity == Severity::Error) lines.push_back(blueprintProblemText(problem));
        if (lines.empty()) lines.push_back(_("No competition was made."));
        showProblems(lines);
        return std::nullopt;
    }
    made_ = result.competition;
    showProblems({});
    if (IsModal()) EndModal(wxID_OK);
    return made_;
}

}  // namespace tqm::gui
