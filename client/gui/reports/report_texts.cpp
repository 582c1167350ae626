#include "reports/report_texts.h"

#include <wx/intl.h>

namespace tqm::gui {

wxString problemText(ReportProblem problem) {
    switch (problem) {
        case ReportProblem::None:
            return {};
        case ReportProblem::NoPersonGiven:
            return _("Type the person's employee number or name, then click Preview.");
        case ReportProblem::PersonNotFound:
            return _(
                "No one on the roster has that employee number or name. Check the "
                "spelling, or add the person under Admin, People.");
        case ReportProblem::PersonAmbiguous:
            return _("Several people have that name. Type the person's employee number instead.");
        case ReportProblem::NoClass:
            return _(
                "There are no training classes yet. Create one on the Training classes "
                "page, or import a class sheet, then preview again.");
        case ReportProblem::RangeReversed:
            return _(
                "The last day is before the first day. Correct the dates and preview "
                "again.");
        case ReportProblem::NoHours:
            return _(
                "Nobody earned study hours between these days. Choose a wider range, or "
                "record attendance in a training class first.");
        case ReportProblem::NoCompetition:
            return _(
                "That competition is no longer in the database. Choose another, or "
                "summarize a period.");
    }
    return {};
}

wxString readFailureText(const std::string& coreMessage) {
    return wxString::Format(_("The report could not be read from the database (%s). Close other "
                              "programs using the database and try again."),
                            wxString::FromUTF8(coreMessage));
}

wxString writeFailureText(const std::filesystem::path& file, const std::string& coreMessage) {
    return wxString::Format(_("Could not write %s: %s. Choose another folder, or close the file "
                              "if another program has it open, and export again."),
                            wxString::FromUTF8(file.string()), wxString::FromUTF8(coreMessage));
}

wxString databaseMissingText(const std::string& coreMessage) {
    if (coreMessage.empty()) return _("Reports need the database, which is not open.");
    return wxString::Format(_("Reports need the database, which could not be opened: %s"),
                            wxString::FromUTF8(coreMessage));
}

}  // namespace tqm::gui
