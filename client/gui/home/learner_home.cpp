#include "home/learner_home.h"

#include <wx/intl.h>

#include "learn/course_texts.h"
#include "practice/practice_sources.h"
#include "session/exam_overview.h"
#include "session/review_book_listing.h"
#include "store/review_book_repository.h"

namespace tqm::gui {

namespace {

std::vector<CourseUnderWay> coursesUnderWay(LearnerWorkspace& workspace, std::int64_t person) {
    std::vector<CourseUnderWay> courses;
    for (const course::Course& course : workspace.courses()) {
        const course::CourseStatus status = workspace.progressStore().status(person, course);
        // Untouched courses are the catalog's business; finished ones have earned their hours.
        if (status.lessons.empty() || status.hoursEarned) continue;
        // TRANSLATORS: %s is a number of study hours (学时), possibly with a fraction such as 1.5.
        const wxString hours = wxString::Format(
            _("%s study hours"), wxString::FromUTF8(course::formatHours(course.studyHours)));
        courses.push_back({courseTitle(course), status.percentFinished(),
                           courseProgressText(status) + wxString::FromUTF8(" · ") + hours});
    }
    return courses;
}

std::vector<OpenExamLine> openExams(store::Database& database, std::int64_t person,
                                    std::int64_t now) {
    session::ExamService service(database);
    std::vector<OpenExamLine> lines;
    for (const session::ExamOverview& exam : session::examsOpenTo(service, person, now)) {
        const auto minutes = static_cast<int>(
            std::chrono::duration_cast<std::chrono::minutes>(exam.exam.settings.timeLimit).count());
        const wxString limit =
            wxString::Format(wxPLURAL("%d minute", "%d minutes", minutes), minutes);
        const wxString state =
            exam.open ? _("in progress")
                      : wxString::Format(
                            wxPLURAL("%d attempt left", "%d attempts left", exam.attemptsLeft),
                            exam.attemptsLeft);
        lines.push_back({wxString::FromUTF8(exam.exam.settings.title),
                         limit + wxString::FromUTF8(" · ") + state});
    }
    return lines;
}

}  // namespace

std::optional<LearnerHome> learnerHome(LearnerWorkspace& workspace, const BankLibrary& library) {
    if (!workspace.database() || !workspace.signedIn()) return std::nullopt;
    const std::int64_t person = workspace.signedIn()->id;
    LearnerHome home;
    home.courses = coursesUnderWay(workspace, person);
    course::CentiHours hours = 0;
    for (const store::StudyHoursRow& row : workspace.progressStore().ledger(person))
        hours += row.hoursHundredths;
    home.hoursEarned = wxString::FromUTF8(course::formatHours(hours));

    store::ReviewBookRepository book(*workspace.database());
    const TimePoint now = workspace.clock().now();
    const std::chrono::sys_days today = book.dayOf(now);
    home.inBook = book.counts(person, today).inBook;
    home.reviewsDue =
        session::todaysReview(book.dueEntries(person, today), loadedBanks(library)).questions;
    home.exams = openExams(*workspace.database(), person, unixMillis(now));
    return home;
}

}  // namespace tqm::gui
