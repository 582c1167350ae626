#include "exam/exam_list_page.h"

#include <algorithm>

#include <wx/intl.h>
#include <wx/sizer.h>

#include "exam/exam_texts.h"
#include "widgets/colours.h"

namespace tqm::gui {

namespace {

enum Column { kTitle, kQuestions, kTime, kPass, kAttempts, kCloses, kState, kColumnCount };
constexpr int kHeadingPadding = 24;
constexpr int kMinTitleWidth = 330;

}  // namespace

ExamListCtrl::ExamListCtrl(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxBORDER_THEME) {
    const std::pair<wxString, int> columns[kColumnCount] = {
        {_("Exam"), 330},    {_("Questions"), 70}, {_("Time limit"), 100}, {_("Pass mark / total"), 110},
        {_("Attempts used"), 90}, {_("Closes"), 140},   {_("State"), 150}};
    // A column is never narrower than its heading in the current language.
    for (int i = 0; i < kColumnCount; ++i)
        AppendColumn(columns[i].first, wxLIST_FORMAT_LEFT,
                     std::max(FromDIP(columns[i].second),
                              GetTextExtent(columns[i].first).x + FromDIP(kHeadingPadding)));
    // The exam's title takes whatever width the other columns leave.
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        int others = 0;
        for (int i = 0; i < kColumnCount; ++i)
            if (i != kTitle) others += GetColumnWidth(i);
        const int room = GetClientSize().x - others;
        SetColumnWidth(kTitle, std::max(FromDIP(kMinTitleWidth), room));
    });
}

void ExamListCtrl::setRows(const std::vector<session::ExamOverview>* rows) {
    rows_ = rows;
    SetItemCount(rows ? static_cast<long>(rows->size()) : 0);
    Refresh();
}

wxString ExamListCtrl::OnGetItemText(long item, long column) const {
    if (!rows_ || item < 0 || static_cast<std::size_t>(item) >= rows_->size()) return {};
    const session::ExamOverview& row = (*rows_)[static_cast<std::size_t>(item)];
    const store::ExamSettings& settings = row.exam.settings;
    switch (column) {
        case kTitle:
            return wxString::FromUTF8(settings.title);
        case kQuestions:
            return wxString::Format("%zu", row.questionCount);
        case kTime:
            return durationText(settings.timeLimit);
        case kPass:
            return wxString::Format(_("%s of %s"), pointsLabel(settings.passMark),
                                    pointsLabel(row.totalPoints));
        case kAttempts:
            return wxString::Format("%d / %d", row.attemptsUsed, settings.attemptsAllowed);
        case kCloses:
            return settings.closesAt ? localTimeText(*settings.closesAt) : _("No closing time");
        case kState:
            return stateLabel(row);
        default:
            break;
    }
    return {};
}

ExamListPage::ExamListPage(wxWindow* parent) : wxPanel(parent) {
    auto* heading = new wxStaticText(this, wxID_ANY, _("My exams"));
    heading->SetFont(GetFont().Scaled(1.4f).Bold());
    note_ = new wxStaticText(this, wxID_ANY, wxString());
    note_->SetForegroundColour(colour(Colour::MutedText));
    list_ = new ExamListCtrl(this);
    primary_ = new wxButton(this, wxID_ANY, _("Start exam"));
    primary_->SetFont(GetFont().Bold());
    again_ = new wxButton(this, wxID_ANY, _("Take it again"));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    buttons->Add(again_, wxSizerFlags().Border(wxRIGHT, FromDIP(8)));
    buttons->Add(primary_);
    const int border = FromDIP(16);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->AddSpacer(FromDIP(6));
    sizer->Add(note_, wxSizerFlags().Border(wxLEFT | wxRIGHT, border));
    sizer->Add(list_, wxSizerFlags(1).Expand().Border(wxALL, border));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, border));
    SetSizer(sizer);

    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { updateButtons(); });
    list_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { updateButtons(); });
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) {
        if (const session::ExamOverview* exam = selected();
            exam && onPrimary_ && primary_->IsEnabled())
            onPrimary_(*exam);
    });
    primary_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (const session::ExamOverview* exam = selected(); exam && onPrimary_) onPrimary_(*exam);
    });
    again_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (const session::ExamOverview* exam = selected(); exam && onAgain_) onAgain_(*exam);
    });
    updateButtons();
}

void ExamListPage::showExams(std::vector<session::ExamOverview> exams, const wxString& note) {
    const session::ExamOverview* before = selected();
    const std::int64_t keep = before ? before->exam.id : 0;
    exams_ = std::move(exams);
    list_->setRows(&exams_);
    note_->SetLabel(!note.empty()    ? note
                    : exams_.empty() ? _("There is no exam for you to take at the moment.")
                                     : _("Choose an exam and press Enter or the button below."));
    if (!select(keep) && !exams_.empty()) select(exams_.front().exam.id);
    updateButtons();
    Layout();
}

void ExamListPage::setHandlers(std::function<void(const session::ExamOverview&)> primary,
                               std::function<void(const session::ExamOverview&)> again) {
    onPrimary_ = std::move(primary);
    onAgain_ = std::move(again);
}

bool ExamListPage::select(std::int64_t examId) {
    for (std::size_t i = 0; i < exams_.size(); ++i) {
        if (exams_[i].exam.id != examId) continue;
        list_->SetItemState(static_cast<long>(i), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                            wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        list_->EnsureVisible(static_cast<long>(i));
        updateButtons();
        return true;
    }
    return false;
}

const session::ExamOverview* ExamListPage::selected() const {
    const long item = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (item < 0 || static_cast<std::size_t>(item) >= exams_.size()) return nullptr;
    return &exams_[static_cast<std::size_t>(item)];
}

void ExamListPage::updateButtons() {
    const session::ExamOverview* exam = selected();
    again_->Hide();
    if (!exam) {
        primary_->SetLabel(_("Start exam"));
        primary_->Disable();
    } else if (exam->state == session::ExamState::InProgress) {
        primary_->SetLabel(_("Continue exam"));
        primary_->Enable();
    } else if (exam->state == session::ExamState::Submitted) {
        primary_->SetLabel(_("See the result"));
        primary_->Enable();
        again_->Show(exam->canStart());
    } else {
        primary_->SetLabel(_("Start exam"));
        primary_->Enable(exam->canStart());
    }
    Layout();
}

}  // namespace tqm::gui
