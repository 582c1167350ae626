#include "admin/papers/exam_list.h"

#include <chrono>

#include <wx/datetime.h>
#include <wx/intl.h>

#include "admin/papers/paper_texts.h"
#include "widgets/value_texts.h"
#include "bank_browser/question_labels.h"

namespace tqm::gui {

ExamList::ExamList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL) {
    const std::pair<wxString, int> columns[] = {
        {_("No."), 50},      {_("Exam"), 240},   {_("Time limit"), 80}, {_("Pass mark"), 70},
        {_("Attempts"), 60}, {_("Papers"), 100}, {_("Timer"), 120},     {_("Closes"), 130}};
    for (const auto& [label, width] : columns)
        AppendColumn(label, wxLIST_FORMAT_LEFT, FromDIP(width));
}

void ExamList::setExams(std::vector<store::ExamRecord> exams) {
    exams_ = std::move(exams);
    SetItemCount(long(exams_.size()));
    Refresh();
}

wxString ExamList::OnGetItemText(long item, long column) const {
    if (item < 0 || std::size_t(item) >= exams_.size()) return {};
    const store::ExamRecord& exam = exams_[std::size_t(item)];
    const store::ExamSettings& s = exam.settings;
    switch (column) {
        case 0:
            return wxString::Format("%lld", static_cast<long long>(exam.id));
        case 1:
            return fromUtf8(s.title);
        case 2:
            return wxString::Format(
                _("%lld min"),
                static_cast<long long>(
                    std::chrono::duration_cast<std::chrono::minutes>(s.timeLimit).count()));
        case 3:
            return pointsLabel(s.passMark);
        case 4:
            return wxString::Format("%d", s.attemptsAllowed);
        case 5:
            return s.paperMode == store::PaperMode::PerPerson ? _("A paper each") : _("Same paper");
        case 6:
            return s.timerPolicy == exam::TimerPolicy::PausedWhileDown ? _("Paused while down")
                                                                       : _("Deadline runs");
        case 7:
            return s.closesAt ? localTimeText(*s.closesAt) : _("Open-ended");
        default:
            return {};
    }
}

}  // namespace tqm::gui
