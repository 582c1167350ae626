#include "cert/import/cert_problem_text.h"

#include <functional>
#include <map>
#include <string_view>

#include <wx/intl.h>

namespace tqm::gui {

namespace {

wxString utf8(const std::string& text) {
    return wxString::FromUTF8(text);
}

// "6, 7" for the rows a repeated key is in.
wxString rowList(const std::vector<std::size_t>& rows) {
    wxString text;
    for (std::size_t row : rows) {
        if (!text.empty()) text += _(", ");
        text += wxString::Format("%zu", row);
    }
    return text;
}

using Wording = std::function<wxString(const cert::ImportProblemDetail&)>;

// The problems of reading a file: its encoding, its header, its cells.
const std::map<std::string_view, Wording>& readingWordings() {
    static const std::map<std::string_view, Wording> wordings{
        {"not-utf8",
         [](const auto&) {
             return _(
                 "The file is not saved as UTF-8, so nothing was imported. In Excel choose "
                 "Save As and the type \"CSV UTF-8\", then import that file.");
         }},
        {"csv-no-header",
         [](const auto&) {
             return _(
                 "The file is empty. It needs a header row and a row per record; save a "
                 "template to start from.");
         }},
        {"csv-unclosed-quote",
         [](const auto&) {
             return _(
                 "A quotation mark that opens this cell is never closed, so the rest of "
                 "the file was read into it. Close the quotation mark and import again.");
         }},
        {"unknown-column",
         [](const auto& d) {
             return wxString::Format(_("The column \"%s\" is not one this file can have and was "
                                       "ignored. The columns are listed in the import window."),
                                     utf8(d.column));
         }},
        {"duplicate-column",
         [](const auto& d) {
             return wxString::Format(_("This column repeats the column \"%s\", so no row was "
                                       "imported. Keep one of them."),
                                     utf8(d.value));
         }},
        {"missing-column",
         [](const auto& d) {
             return wxString::Format(_("The header row has no column \"%s\", so no row could be "
                                       "read. Add the column and import again."),
                                     utf8(d.column));
         }},
        {"missing-value",
         [](const auto&) {
             return _("This cell is empty but must be filled in; the row was not imported.");
         }},
        {"space-in-key",
         [](const auto& d) {
             return wxString::Format(_("\"%s\" contains a space; the row was not imported. "
                                       "Remove the space and import again."),
                                     utf8(d.value));
         }},
        {"bad-number",
         [](const auto& d) {
             return wxString::Format(
                 _("\"%s\" is not a whole number; the row was not imported. Write digits only."),
                 utf8(d.value));
         }},
        {"number-too-small",
         [](const auto& d) {
             return wxString::Format(_("%s is smaller than this column allows; the row was not "
                                       "imported."),
                                     utf8(d.value));
         }},
        {"number-too-large",
         [](const auto& d) {
             return wxString::Format(_("%s is larger than this column allows; the row was not "
                                       "imported."),
                                     utf8(d.value));
         }},
        {"bad-id",
         [](const auto& d) {
             return wxString::Format(_("\"%s\" is not a positive whole number; the row was not "
                                       "imported."),
                                     utf8(d.value));
         }},
        {"bad-date",
         [](const auto& d) {
             return wxString::Format(_("\"%s\" is not a date; the row was not imported. Write "
                                       "dates as 2026-11-24 or 2026/11/24."),
                                     utf8(d.value));
         }},
        // The words a cell may hold stay out of the message ids, which are ASCII.
        {"bad-yes-no",
         [](const auto& d) {
             return wxString::Format(
                 _("\"%s\" is neither yes nor no; the row was not imported. Write %s or %s."),
                 utf8(d.value), utf8("是"), utf8("否"));
         }},
        {"unknown-issuer-kind",
         [](const auto& d) {
             return wxString::Format(_("\"%s\" is not an issuer kind; the row was not imported. "
                                       "Write one of: %s."),
                                     utf8(d.value), utf8("内部、中国质量协会、政府部门、其他"));
         }},
        {"unknown-requirement-level",
         [](const auto& d) {
             return wxString::Format(_("\"%s\" is not a requirement level; the row was not "
                                       "imported. Write %s or %s."),
                                     utf8(d.value), utf8("必需"), utf8("建议"));
         }},
        {"valid-until-before-valid-from",
         [](const auto& d) {
             return wxString::Format(_("The end of validity %s is before its start; the row was "
                                       "not imported. Correct one of the dates."),
                                     utf8(d.value));
         }},
        {"review-before-issue",
         [](const auto& d) {
             return wxString::Format(_("The next review %s is before the issue date; the row "
                                       "was not imported. Correct one of the dates."),
                                     utf8(d.value));
         }},
    };
    return wordings;
}

// The problems of a row against other rows and against what the database holds.
const std::map<std::string_view, Wording>& resolvingWordings() {
    static const std::map<std::string_view, Wording> wordings{
        {"duplicate-code",
         [](const auto& d) {
             return wxString::Format(_("The code %s is in rows %s; none of them was imported. "
                                       "Keep one of them and import again."),
                                     utf8(d.value), rowList(d.rows));
         }},
        {"duplicate-position",
         [](const auto& d) {
             return wxString::Format(_("The position %s is in rows %s; none of them was "
                                       "imported. Keep one of them and import again."),
                                     utf8(d.value), rowList(d.rows));
         }},
        {"duplicate-requirement",
         [](const auto& d) {
             return wxString::Format(_("The requirement %s is in rows %s; none of them was "
                                       "imported. Keep one of them and import again."),
                                     utf8(d.value), rowList(d.rows));
         }},
        {"duplicate-certificate-number",
         [](const auto& d) {
             return wxString::Format(_("The certificate number %s is in rows %s; none of them "
                                       "was imported. Keep one of them and import again."),
                                     utf8(d.value), rowList(d.rows));
         }},
        {"unknown-type-code",
         [](const auto& d) {
             return wxString::Format(_("There is no certificate type with the code %s; the row "
                                       "was not imported. Import the certificate types first or "
                                       "correct the code."),
                                     utf8(d.value));
         }},
        {"unknown-position",
         [](const auto& d) {
             return wxString::Format(_("There is no position \"%s\"; the row was not imported. "
                                       "Import the positions first or correct the name."),
                                     utf8(d.value));
         }},
        {"unknown-employee-no",
         [](const auto& d) {
             return wxString::Format(_("Nobody on the roster has the employee number %s; the "
                                       "row was not imported. Import the roster first or correct "
                                       "the employee number."),
                                     utf8(d.value));
         }},
        {"unknown-exam",
         [](const auto& d) {
             return wxString::Format(_("There is no exam %s; the row was not imported. Leave the "
                                       "exam number empty or write an existing one."),
                                     utf8(d.value));
         }},
        {"certificate-number-exists",
         [](const auto& d) {
             return wxString::Format(_("The certificate number %s is already recorded with other "
                                       "details; the stored certificate was kept and the row was "
                                       "not imported."),
                                     utf8(d.value));
         }},
        {"name-differs",
         [](const auto& d) {
             return wxString::Format(_("The roster has another name for this employee number "
                                       "than \"%s\"; the certificate was imported for the person "
                                       "on the roster."),
                                     utf8(d.value));
         }},
        {"id-number-differs",
         [](const auto& d) {
             return wxString::Format(_("The employee %s already has another ID number; the row "
                                       "was not imported. Correct the file or the person's "
                                       "record first."),
                                     utf8(d.value));
         }},
        {"file-unreadable",
         [](const auto&) {
             return _(
                 "The file cannot be read, so nothing of it was imported. Check that it "
                 "exists and is not open in another program, then import it again.");
         }},
        {"database-unavailable",
         [](const auto&) {
             return _(
                 "The database could not be opened, so nothing of this file was imported. "
                 "Close other programs using the database and import the file again.");
         }},
        {"database-refused",
         [](const auto&) {
             return _(
                 "The database refused to save this row; it was not imported. Close other "
                 "programs using the database and import the file again.");
         }},
    };
    return wordings;
}

// The problems of an ID number (cert/id_number.h) and of the key that seals it.
wxString idNumberText(const std::string& code) {
    if (code == "id-empty") return _("The ID number is empty; the row was not imported.");
    if (code == "id-first-generation")
        return _(
            "This is an old 15-digit ID number; the row was not imported. Write the "
            "18-character number of the current ID card.");
    if (code == "id-wrong-length")
        return _("An ID number has 18 characters; the row was not imported. Check the number.");
    if (code == "id-not-digit")
        return _(
            "The first 17 characters of an ID number are digits; the row was not imported. "
            "Check the number.");
    if (code == "id-bad-birth-date")
        return _(
            "The birth date inside the ID number is not a valid date; the row was not "
            "imported. Check the number.");
    if (code == "id-birth-in-future")
        return _(
            "The birth date inside the ID number is after today; the row was not imported. "
            "Check the number.");
    if (code == "id-bad-check-character")
        return _(
            "The last character of the ID number does not match the others, so a character "
            "was mistyped; the row was not imported.");
    if (code == "sealed-too-short" || code == "sealed-not-authentic")
        return _(
            "The ID number already stored for this person cannot be opened with this "
            "computer's key; the row was not imported. Restore the keys folder that was "
            "used to store it.");
    if (code.rfind("key-", 0) == 0)
        return _(
            "This computer's key for ID numbers cannot be read or made, so the row was not "
            "imported. Check the keys folder beside the database.");
    return {};
}

}  // namespace

wxString certProblemText(const Diagnostic& problem, const cert::ImportProblemDetail& detail) {
    for (const auto* wordings : {&readingWordings(), &resolvingWordings()})
        if (const auto found = wordings->find(problem.code); found != wordings->end())
            return found->second(detail);
    if (wxString text = idNumberText(problem.code); !text.empty()) return text;
    return utf8(problem.message);
}

}  // namespace tqm::gui
