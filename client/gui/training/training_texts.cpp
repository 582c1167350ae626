#include "training/training_texts.h"

#include <wx/intl.h>

#include "base/hundredths.h"

namespace tqm::gui {

wxString attendanceText(std::optional<training::Attendance> mark) {
    if (!mark) return _("Not signed in");
    switch (*mark) {
        case training::Attendance::Present:
            return _("Present");
        case training::Attendance::Late:
            return _("Late");
        case training::Attendance::Absent:
            return _("Absent");
        case training::Attendance::Leave:
            return _("On leave");
    }
    return {};
}

wxString hoursText(std::int64_t hundredths) {
    return wxString::Format(_("%s h"), wxString::FromUTF8(formatHundredths(hundredths)));
}

wxString signInRefusalText(const training::Refusal& refusal, const wxString& employeeNo) {
    using training::RefusalCode;
    switch (refusal.code) {
        case RefusalCode::UnknownPerson:
            return wxString::Format(
                _("No one has the employee number %s. Check the number, or add the person under "
                  "People in Admin first."),
                employeeNo);
        case RefusalCode::NotOnRoster:
            return wxString::Format(
                _("%s is not on this class's roster. Add them on the Roster tab first."),
                employeeNo);
        case RefusalCode::DayOutsideClass:
            return wxString::Format(
                _("%s: the day chosen is not a day of this class. Choose a day between its "
                  "first and last day."),
                employeeNo);
        case RefusalCode::UnknownClass:
            return _("This class no longer exists. Choose another class.");
        default:
            return wxString::Format(_("%s: %s"), employeeNo, wxString::FromUTF8(refusal.message));
    }
}

wxString sheetProblemText(const Diagnostic& problem, const std::string& cell) {
    const wxString value = wxString::FromUTF8(cell);
    const std::string& code = problem.code;
    if (code == "sheet-unknown-person")
        return wxString::Format(
            _("No one has the employee number %s; the row was left out. Import them with the "
              "roster first."),
            value);
    if (code == "sheet-duplicate-employee-no")
        return wxString::Format(
            _("The employee number %s appears twice; the second row was left out."), value);
    if (code == "sheet-missing-employee-no")
        return _("The employee number is empty; the row was left out.");
    if (code == "sheet-name-mismatch")
        return wxString::Format(
            _("The name \"%s\" does not match the employee number of this row; the row was left "
              "out. Correct the name or the number."),
            value);
    if (code == "sheet-unknown-mark")
        return wxString::Format(
            _("\"%s\" is not a mark; the row was left out. Write present, late, absent or leave."),
            value);
    if (code == "sheet-day-outside-class")
        return wxString::Format(
            _("The column \"%s\" is not a day of this class, so nothing was imported. Remove "
              "the column or correct the class's dates."),
            value);
    if (code == "sheet-unknown-column")
        return wxString::Format(_("The column \"%s\" is neither the employee number, the name nor "
                                  "a date and was ignored."),
                                value);
    if (code == "sheet-missing-column")
        return _(
            "The sheet has no employee number column, so nothing was imported. Save a template to "
            "start from.");
    if (code == "sheet-empty") return _("The file is empty. Save a template to start from.");
    if (code == "sheet-unclosed-quote")
        return _(
            "A quotation mark that opens this cell is never closed. Close it and import "
            "again.");
    if (code == "not-utf8")
        return _(
            "The file is not saved as UTF-8, so nothing was imported. In Excel choose Save "
            "As and the type \"CSV UTF-8\".");
    return wxString::FromUTF8(problem.message);
}

}  // namespace tqm::gui
