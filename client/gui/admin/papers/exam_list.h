// The exams in the database, one row each: id, title, time limit, pass mark, attempts, papers,
// timer policy and closing time. Virtual, so a database of many exams scrolls at once.
#pragma once

#include <vector>

#include <wx/listctrl.h>

#include "store/exam_repository.h"

namespace tqm::gui {

class ExamList : public wxListCtrl {
  public:
    explicit ExamList(wxWindow* parent);

    void setExams(std::vector<store::ExamRecord> exams);
    const std::vector<store::ExamRecord>& exams() const { return exams_; }
    wxString cellText(std::size_t row, int column) const {
        return OnGetItemText(long(row), column);
    }

  private:
    wxString OnGetItemText(long item, long column) const override;

    std::vector<store::ExamRecord> exams_;
};

}  // namespace tqm::gui
