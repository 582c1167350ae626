// 签到: the attendance desk of one class. The organizer chooses the day and the mark; each 工号
// typed (or scanned: a barcode scanner types the number and Enter) is signed in through the core
// at once, committed before it is shown, and the field is cleared for the next one. Beside it the
// day's table: everyone on the roster with their mark of that day, and the counts.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "learn/learner_workspace.h"
#include "reports/class_file.h"
#include "widgets/date_field.h"

namespace tqm::gui {

class DayTable;

class SignInDesk : public wxPanel {
  public:
    SignInDesk(wxWindow* parent, LearnerWorkspace& workspace, std::function<void()> changed);

    // Shows the class (nothing: an empty desk). The day resets only when the class changes.
    void show(const reports::ClassFile* file);

    // What Enter in the 工号 field does.
    void signInTyped();

    DateField* dayField() const { return day_; }
    wxChoice* statusChoice() const { return status_; }
    wxTextCtrl* numberField() const { return number_; }
    wxString resultText() const { return resultText_; }
    bool resultIsRefusal() const { return refused_; }
    wxString countsText() const { return countsText_; }
    DayTable* dayTable() const { return table_; }

  private:
    void showDay();
    void showResult(const wxString& text, bool refused);

    LearnerWorkspace& workspace_;
    std::function<void()> changed_;
    std::optional<reports::ClassFile> file_;
    DateField* day_ = nullptr;
    wxChoice* status_ = nullptr;
    wxTextCtrl* number_ = nullptr;
    wxStaticText* result_ = nullptr;
    wxStaticText* counts_ = nullptr;
    DayTable* table_ = nullptr;
    bool refused_ = false;
    wxString resultText_;  // the labels' texts before they are wrapped
    wxString countsText_;
};

// The roster with each person's mark of one day: 工号, name, mark.
class DayTable : public wxListCtrl {
  public:
    explicit DayTable(wxWindow* parent);
    void show(const reports::ClassFile* file, std::optional<std::size_t> dayIndex);
    // The mark column's text of the row.
    wxString markAt(long row) const { return OnGetItemText(row, 2); }

  private:
    wxString OnGetItemText(long item, long column) const override;
    wxItemAttr* OnGetItemAttr(long item) const override;

    const reports::ClassFile* file_ = nullptr;
    std::optional<std::size_t> dayIndex_;
    mutable wxItemAttr unmarked_;
};

// The index of `day` among the class's days; nothing when it is not one.
std::optional<std::size_t> dayIndexOf(const reports::ClassFile& file, Date day);
// "出勤 12 · 迟到 1 · 缺勤 0 · 请假 1 · 未签到 3" for one day of the class.
wxString dayCountsText(const reports::ClassFile& file, std::size_t dayIndex);

}  // namespace tqm::gui
