#include "training/sign_in_desk.h"

#include <array>
#include <variant>

#include <wx/intl.h>
#include <wx/sizer.h>

#include "store/training_class_repository.h"
#include "training/attendance_desk.h"
#include "training/training_texts.h"
#include "widgets/colours.h"
#include "widgets/list_columns.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

std::optional<std::size_t> dayIndexOf(const reports::ClassFile& file, Date day) {
    for (std::size_t i = 0; i < file.days.size(); ++i)
        if (file.days[i] == day) return i;
    return std::nullopt;
}

wxString dayCountsText(const reports::ClassFile& file, std::size_t dayIndex) {
    std::array<int, 5> counts{};  // the four marks, then no mark
    for (const reports::TraineeRow& trainee : file.trainees) {
        const auto& mark = trainee.days[dayIndex];
        ++counts[mark ? static_cast<std::size_t>(*mark) : 4];
    }
    wxString text;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (!text.empty()) text += wxString::FromUTF8(" · ");
        const auto mark =
            i < 4 ? std::optional(static_cast<training::Attendance>(i)) : std::nullopt;
        text += wxString::Format("%s %d", attendanceText(mark), counts[i]);
    }
    return text;
}

SignInDesk::SignInDesk(wxWindow* parent, LearnerWorkspace& workspace, std::function<void()> changed)
    : wxPanel(parent), workspace_(workspace), changed_(std::move(changed)) {
    day_ = new DateField(this, dateAt(workspace.clock().now()));
    status_ = new wxChoice(this, wxID_ANY);
    for (const training::Attendance mark : kAttendanceChoices)
        status_->Append(attendanceText(mark));
    status_->SetSelection(0);
    number_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                             wxTE_PROCESS_ENTER);
    number_->SetFont(GetFont().Scaled(2.0f));
    number_->SetMinSize(wxSize(-1, number_->GetCharHeight() * 2));
    number_->SetHint(_("Employee number, then Enter"));
    result_ = new wxStaticText(this, wxID_ANY, wxString());
    result_->SetFont(GetFont().Scaled(1.6f).Bold());
    counts_ = new wxStaticText(this, wxID_ANY, wxString());
    counts_->SetFont(GetFont().Scaled(1.15f));
    table_ = new DayTable(this);
    table_->SetMinSize(FromDIP(wxSize(330, -1)));

    // Day and mark on rows of their own, so that both stay whole in a narrow column.
    auto* choices = new wxFlexGridSizer(2, FromDIP(8), FromDIP(8));
    choices->Add(new wxStaticText(this, wxID_ANY, _("Day")), 0, wxALIGN_CENTER_VERTICAL);
    choices->Add(day_, 0, wxALIGN_CENTER_VERTICAL);
    choices->Add(new wxStaticText(this, wxID_ANY, _("Mark")), 0, wxALIGN_CENTER_VERTICAL);
    choices->Add(status_, 0, wxALIGN_CENTER_VERTICAL);

    auto* left = new wxBoxSizer(wxVERTICAL);
    left->Add(choices, 0, wxBOTTOM, FromDIP(12));
    auto* prompt = new wxStaticText(this, wxID_ANY, wxString());
    setWrappedLabel(*prompt, _("Type or scan the employee number and press Enter:"), FromDIP(200));
    left->Add(prompt, 0, wxBOTTOM, FromDIP(4));
    left->Add(number_, 0, wxEXPAND | wxBOTTOM, FromDIP(12));
    left->Add(result_, 0, wxEXPAND | wxBOTTOM, FromDIP(12));
    left->Add(counts_, 0, wxEXPAND);

    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(left, 1, wxEXPAND | wxALL, FromDIP(12));
    row->Add(table_, 0, wxEXPAND | wxTOP | wxRIGHT | wxBOTTOM, FromDIP(12));
    SetSizer(row);

    number_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { signInTyped(); });
    day_->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { showDay(); });
    show(nullptr);
}

void SignInDesk::show(const reports::ClassFile* file) {
    const bool sameClass = file && file_ && file_->trainingClass.id == file->trainingClass.id;
    file_ = file ? std::optional(*file) : std::nullopt;
    Enable(file_.has_value());
    if (file_ && !sameClass) {
        const Date today = dateAt(workspace_.clock().now());
        const training::TrainingClass& c = file_->trainingClass;
        day_->setValue(today >= c.startDate && today <= c.endDate ? today : c.startDate);
        showResult(wxString(), false);
    }
    showDay();
}

void SignInDesk::showDay() {
    const auto index = file_ && day_->value() ? dayIndexOf(*file_, *day_->value()) : std::nullopt;
    table_->show(file_ ? &*file_ : nullptr, index);
    countsText_ = index ? dayCountsText(*file_, *index)
                        : (file_ ? _("The day chosen is not a day of this class.") : wxString());
    // Wrapped by characters too: a Chinese sentence has no spaces to break at.
    setWrappedLabel(
        *counts_, countsText_,
        std::max(FromDIP(200), GetClientSize().x - table_->GetMinSize().x - FromDIP(60)));
    Layout();
}

void SignInDesk::signInTyped() {
    const wxString number = number_->GetValue().Trim().Trim(false);
    number_->Clear();
    number_->SetFocus();
    if (number.empty() || !file_ || !day_->value()) return;
    const auto status = kAttendanceChoices[std::max(0, status_->GetSelection())];
    const auto written = training::signIn(*workspace_.database(), file_->trainingClass.id,
                                          number.utf8_string(), *day_->value(), status);
    if (const auto* refusal = std::get_if<training::Refusal>(&written)) {
        showResult(signInRefusalText(*refusal, number), true);
        return;
    }
    const training::SignIn& signedIn = std::get<training::SignIn>(written);
    const wxString who = wxString::Format(_("%s %s"), number, wxString::FromUTF8(signedIn.name));
    switch (signedIn.outcome) {
        case store::MarkOutcome::Added:
            showResult(wxString::Format(_("%s: signed in as %s"), who, attendanceText(status)),
                       false);
            break;
        case store::MarkOutcome::Changed:
            showResult(wxString::Format(_("%s: changed to %s"), who, attendanceText(status)),
                       false);
            break;
        case store::MarkOutcome::Unchanged:
            showResult(
                wxString::Format(_("%s: %s was already recorded"), who, attendanceText(status)),
                false);
            break;
    }
    if (auto reloaded = reports::loadClassFile(*workspace_.database(), file_->trainingClass.id))
        file_ = std::move(*reloaded);
    showDay();
    if (changed_) changed_();
}

void SignInDesk::showResult(const wxString& text, bool refused) {
    refused_ = refused;
    resultText_ = text;
    result_->SetForegroundColour(colour(refused ? Colour::Error : Colour::Correct));
    // The day's table keeps its width beside the result; the result wraps in what is left, by
    // characters too, as a Chinese sentence has no spaces to break at.
    setWrappedLabel(
        *result_, text,
        std::max(FromDIP(200), GetClientSize().x - table_->GetMinSize().x - FromDIP(60)));
    result_->InvalidateBestSize();
    Layout();
}

DayTable::DayTable(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, parent->FromDIP(wxSize(360, -1)),
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL) {
    // TRANSLATORS: the employee number, 工号 in Chinese plants.
    appendFittedColumn(*this, _("Employee no."), 90);
    appendFittedColumn(*this, _("Name"), 110);
    // Room for the longest mark, "Not signed in", not only for the heading.
    appendFittedColumn(*this, _("Mark"), 120);
    unmarked_.SetTextColour(colour(Colour::MutedText));
}

void DayTable::show(const reports::ClassFile* file, std::optional<std::size_t> dayIndex) {
    file_ = file;
    dayIndex_ = dayIndex;
    SetItemCount(file ? static_cast<long>(file->trainees.size()) : 0);
    Refresh();
}

wxString DayTable::OnGetItemText(long item, long column) const {
    if (!file_ || item < 0 || item >= static_cast<long>(file_->trainees.size())) return {};
    const reports::TraineeRow& trainee = file_->trainees[static_cast<std::size_t>(item)];
    switch (column) {
        case 0:
            return wxString::FromUTF8(trainee.employeeNo);
        case 1:
            return wxString::FromUTF8(trainee.name);
        default:
            return dayIndex_ ? attendanceText(trainee.days[*dayIndex_]) : wxString::FromUTF8("—");
    }
}

wxItemAttr* DayTable::OnGetItemAttr(long item) const {
    if (!file_ || !dayIndex_ || item < 0 || item >= static_cast<long>(file_->trainees.size()))
        return nullptr;
    return file_->trainees[static_cast<std::size_t>(item)].days[*dayIndex_] ? nullptr : &unmarked_;
}

}  // namespace tqm::gui
