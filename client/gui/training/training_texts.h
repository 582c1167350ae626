// The words of the 培训班 page in the user's language: attendance marks, the core's refusals and
// the problems of a sign-in sheet. The core speaks English with stable codes; these word each
// code from what the page knows (the form's fields, the sheet's cell).
#pragma once

#include <optional>
#include <string>

#include <wx/string.h>

#include "base/diagnostic.h"
#include "training/training_class.h"

namespace tqm::gui {

// 出勤, 迟到, 缺勤, 请假; 未签到 for no mark.
wxString attendanceText(std::optional<training::Attendance> mark);
// The four marks in the order the page offers them.
inline constexpr training::Attendance kAttendanceChoices[] = {
    training::Attendance::Present, training::Attendance::Late, training::Attendance::Absent,
    training::Attendance::Leave};

// "1.5 学时" from hundredths of an hour.
wxString hoursText(std::int64_t hundredths);

// A refusal of a sign-in or a roster change, naming the 工号 it was about.
wxString signInRefusalText(const training::Refusal& refusal, const wxString& employeeNo);

// A problem of a sign-in sheet; `cell` is the text of the cell it points at (may be empty).
wxString sheetProblemText(const Diagnostic& problem, const std::string& cell);

}  // namespace tqm::gui
