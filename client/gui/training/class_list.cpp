#include "training/class_list.h"

#include <wx/intl.h>

#include "store/training_class_repository.h"
#include "training/training_texts.h"
#include "widgets/list_columns.h"

namespace tqm::gui {

namespace {

enum Column : long { Code, Name, Dates, Place, Roster, Attendance, Hours };

}  // namespace

ClassList::ClassList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL) {
    appendFittedColumn(*this, _("Code"), 100);
    appendFittedColumn(*this, _("Class name"), 200);
    appendFittedColumn(*this, _("Dates"), 190);
    appendFittedColumn(*this, _("Place"), 100);
    appendFittedColumn(*this, _("Trainees"), 60);
    appendFittedColumn(*this, _("Attendance"), 70);
    appendFittedColumn(*this, _("Hours"), 60);
}

void ClassList::load(store::Database& database) {
    const reports::ClassFile* before = selectedFile();
    const std::int64_t keep = before ? before->trainingClass.id : 0;
    files_.clear();
    for (const training::TrainingClass& c : store::TrainingClassRepository(database).list())
        if (auto file = reports::loadClassFile(database, c.id)) files_.push_back(std::move(*file));
    SetItemCount(static_cast<long>(files_.size()));
    Refresh();
    if (keep == 0 || !selectClass(keep)) {
        const long selected = GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
        if (selected >= 0) SetItemState(selected, 0, wxLIST_STATE_SELECTED);
    }
}

const reports::ClassFile* ClassList::selectedFile() const {
    const long row = GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || row >= static_cast<long>(files_.size())) return nullptr;
    return &files_[static_cast<std::size_t>(row)];
}

bool ClassList::selectClass(std::int64_t classId) {
    for (std::size_t i = 0; i < files_.size(); ++i)
        if (files_[i].trainingClass.id == classId) {
            const long row = static_cast<long>(i);
            SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                         wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
            EnsureVisible(row);
            return true;
        }
    return false;
}

wxString ClassList::OnGetItemText(long item, long column) const {
    if (item < 0 || item >= static_cast<long>(files_.size())) return {};
    const reports::ClassFile& file = files_[static_cast<std::size_t>(item)];
    const training::TrainingClass& c = file.trainingClass;
    switch (column) {
        case Code:
            return wxString::FromUTF8(c.code);
        case Name:
            return wxString::FromUTF8(c.name);
        case Dates:
            return wxString::FromUTF8(formatDate(c.startDate) + " \u2013 " + formatDate(c.endDate));
        case Place:
            return wxString::FromUTF8(c.place);
        case Roster:
            return wxString::Format("%d", static_cast<int>(file.trainees.size()));
        case Attendance:
            if (file.trainees.empty()) return wxString::FromUTF8("—");
            return wxString::Format("%d.%d%%", file.attendancePermille / 10,
                                    file.attendancePermille % 10);
        case Hours:
            return hoursText(training::planHours(c));
        default:
            return {};
    }
}

}  // namespace tqm::gui
