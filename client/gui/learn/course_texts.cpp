#include "learn/course_texts.h"

#include <wx/intl.h>

#include "app/language.h"

namespace tqm::gui {

namespace {

int totalMinutes(const course::Course& course) {
    int minutes = 0;
    for (const course::Lesson& lesson : course.lessons) minutes += lesson.minutes;
    return minutes;
}

}  // namespace

wxString courseTitle(const course::Course& course) {
    if (currentLanguage() == UiLanguage::English && !course.titleEn.empty())
        return wxString::FromUTF8(course.titleEn);
    return wxString::FromUTF8(course.titleZh);
}

wxString courseFacts(const course::Course& course) {
    const wxString hours = wxString::FromUTF8(course::formatHours(course.studyHours));
    const std::size_t lessons = course.lessons.size();
    // TRANSLATORS: %s is a number of study hours (学时), possibly with a fraction such as 1.5.
    return wxString::Format(_("%s study hours"), hours) + wxString::FromUTF8(" · ") +
           wxString::Format(wxPLURAL("%zu lesson", "%zu lessons", lessons), lessons) +
           wxString::FromUTF8(" · ") +
           wxString::Format(_("about %d minutes"), totalMinutes(course));
}

wxString courseProgressText(const course::CourseStatus& status) {
    const wxString lessons = wxString::Format(_("Lessons finished: %zu of %zu"),
                                              status.lessonsFinished, status.lessonCount);
    if (status.hoursEarned) return lessons + wxString::FromUTF8(" · ") + _("hours earned");
    if (status.course.finishedAt)
        return lessons + wxString::FromUTF8(" · ") + _("hours earned after the quiz");
    return lessons;
}

wxString lessonPosition(const course::Course& course, std::size_t index) {
    return wxString::Format(_("Lesson %zu of %zu"), index + 1, course.lessons.size()) +
           wxString::FromUTF8(" · ") +
           wxString::Format(_("about %d minutes"), course.lessons.at(index).minutes);
}

}  // namespace tqm::gui
