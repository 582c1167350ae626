#include "admin/people/roster_problem_text.h"

#include <wx/intl.h>

namespace tqm::gui {

namespace {

wxString utf8(const std::string& text) {
    return wxString::FromUTF8(text);
}

// "6, 7" for the rows of a repeated 工号.
wxString rowList(const std::vector<std::size_t>& rows) {
    wxString text;
    for (std::size_t row : rows) {
        if (!text.empty()) text += ", ";
        text += wxString::Format("%zu", row);
    }
    return text;
}

}  // namespace

wxString rosterProblemRow(const cert::RosterProblemDetail& detail) {
    return detail.row == 0 ? wxString() : wxString::Format("%zu", detail.row);
}

wxString rosterProblemColumn(const cert::RosterProblemDetail& detail) {
    return utf8(detail.column);
}

wxString rosterProblemText(const Diagnostic& problem, const cert::RosterProblemDetail& detail) {
    const std::string& code = problem.code;
    if (code == "missing-employee-no")
        return _("The employee number is empty; the row was not imported.");
    if (code == "bad-employee-no")
        return wxString::Format(_("The employee number \"%s\" contains a space; the row was not "
                                  "imported. Remove the space and import again."),
                                utf8(detail.value));
    if (code == "empty-name") return _("The name is empty; the row was not imported.");
    if (code == "duplicate-employee-no")
        return wxString::Format(_("The employee number %s is in rows %s; none of them was "
                                  "imported. Keep one of them and import again."),
                                utf8(detail.value), rowList(detail.rows));
    if (code == "csv-unclosed-quote")
        return _(
            "A quotation mark that opens this cell is never closed, so the rest of the file "
            "was read into it. Close the quotation mark and import again.");
    if (code == "roster-unknown-column")
        return _(
            "This column is not part of a roster and was ignored. The columns are 工号, "
            "姓名, 单位, 部门 and 岗位.");
    if (code == "roster-duplicate-column")
        return wxString::Format(
            _("This column repeats the column \"%s\"; nothing was imported. Keep one of them."),
            utf8(detail.value));
    if (code == "roster-missing-column")
        return _(
            "The header row has no such column, so no row could be read. The header needs "
            "at least 工号 and 姓名.");
    if (code == "csv-no-header")
        return _(
            "The file is empty. It needs a header row (工号, 姓名, ...) and a row per "
            "person.");
    if (code == "not-utf8")
        return _(
            "The file is not saved as UTF-8. In Excel choose Save As and the type "
            "\"CSV UTF-8\", then import that file.");
    return utf8(problem.message);
}

}  // namespace tqm::gui
