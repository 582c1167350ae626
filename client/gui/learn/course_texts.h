// The words the learner screens use about a course and a person's progress through it, in the
// interface language.
#pragma once

#include <wx/string.h>

#include "course/course.h"
#include "course/course_progress.h"

namespace tqm::gui {

// The English title in the English interface when the course has one, otherwise the Chinese.
wxString courseTitle(const course::Course& course);
// "6 study hours · 4 lessons · about 180 minutes"
wxString courseFacts(const course::Course& course);
// "Lessons finished: 1 of 4 · hours earned" and the like.
wxString courseProgressText(const course::CourseStatus& status);
// "Lesson 2 of 4 · about 50 minutes"
wxString lessonPosition(const course::Course& course, std::size_t index);

}  // namespace tqm::gui
