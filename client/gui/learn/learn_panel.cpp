#include "learn/learn_panel.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include "learn/course_texts.h"

namespace tqm::gui {

namespace {
enum Page { kCatalogPage, kReaderPage };
}

LearnPanel::LearnPanel(wxWindow* parent, LearnerWorkspace& workspace)
    : wxPanel(parent), workspace_(workspace) {
    book_ = new wxSimplebook(this);
    catalog_ = new CourseCatalogPanel(book_, workspace_);
    reader_ = new LessonReaderPanel(book_);
    book_->AddPage(catalog_, _("Courses"));
    book_->AddPage(reader_, _("Lesson"));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(book_, wxSizerFlags(1).Expand());
    SetSizer(sizer);

    catalog_->setOpenHandler([this](const std::string& courseId) { openCourse(courseId); });
    catalog_->setQuizHandler([this](const std::string& courseId) {
        const course::Course* course = workspace_.findCourse(courseId);
        if (course && onQuiz_) onQuiz_(*course);
    });
    ReaderHandlers handlers;
    handlers.backToCatalog = [this] { showCatalog(); };
    handlers.showLesson = [this](std::size_t index) { openLesson(courseId_, index); };
    handlers.finishLesson = [this] { finishCurrentLesson(); };
    handlers.takeQuiz = [this] {
        if (const course::Course* course = currentCourse(); course && onQuiz_) onQuiz_(*course);
    };
    reader_->setHandlers(std::move(handlers));
}

void LearnPanel::showCourses() {
    stopReading();
    courseId_.clear();
    lessonIndex_.reset();
    catalog_->showCourses();
    book_->ChangeSelection(kCatalogPage);
}

void LearnPanel::showCatalog() {
    book_->ChangeSelection(kCatalogPage);
    updateReading();
    catalog_->refreshProgress();
}

bool LearnPanel::openCourse(const std::string& courseId) {
    const course::Course* course = workspace_.findCourse(courseId);
    if (!course || course->lessons.empty()) return false;
    std::size_t index = 0;
    if (workspace_.signedIn() && workspace_.hasDatabase()) {
        const course::CourseStatus status =
            workspace_.progress().status(workspace_.signedIn()->id, *course);
        for (std::size_t i = 0; i < course->lessons.size(); ++i) {
            bool done = false;
            for (const store::LessonProgressRow& row : status.lessons)
                if (row.lessonId == course->lessons[i].id) done = row.finishedAt.has_value();
            if (!done) {
                index = i;
                break;
            }
        }
    }
    return openLesson(courseId, index);
}

bool LearnPanel::openLesson(const std::string& courseId, std::size_t lessonIndex) {
    const course::Course* course = workspace_.findCourse(courseId);
    if (!course || lessonIndex >= course->lessons.size()) return false;
    stopReading();
    courseId_ = courseId;
    lessonIndex_ = lessonIndex;
    book_->ChangeSelection(kReaderPage);
    showCurrentLesson();
    updateReading();
    return true;
}

void LearnPanel::finishCurrentLesson() {
    const course::Course* course = currentCourse();
    if (!course || !lessonIndex_ || !workspace_.signedIn() || !workspace_.hasDatabase()) return;
    const course::Lesson& lesson = course->lessons.at(*lessonIndex_);
    const course::ProgressOutcome outcome =
        workspace_.progress().finishLesson(workspace_.signedIn()->id, *course, lesson.id);
    // Finishing ended the session; time spent on the page from now on counts as a new one.
    reading_.reset();
    showCurrentLesson();
    updateReading();
    if (!outcome.ok()) {
        reportRefusal(outcome);
        return;
    }
    if (outcome.hoursEarned) {
        reader_->setNote(
            wxString::Format(
                _("Course finished: %s study hours earned."),
                wxString::FromUTF8(course::formatHours(outcome.hoursEarned->hoursHundredths))),
            true);
    } else if (outcome.courseFinished) {
        reader_->setNote(_("Every lesson of this course is finished. Pass the course quiz under "
                           "Exams to earn its study hours."),
                         true);
    } else {
        reader_->setNote(_("Lesson finished."), true);
    }
}

void LearnPanel::setWindowActive(bool active) {
    windowActive_ = active;
    updateReading();
}

void LearnPanel::setScreenShown(bool shown) {
    screenShown_ = shown;
    updateReading();
    if (shown && !readerShown()) catalog_->refreshProgress();
}

void LearnPanel::beforePersonChange() {
    stopReading();
}

void LearnPanel::afterPersonChange() {
    catalog_->refreshProgress();
    if (readerShown()) showCurrentLesson();
    updateReading();
}

bool LearnPanel::readerShown() const {
    return book_->GetSelection() == kReaderPage;
}

const course::Course* LearnPanel::currentCourse() const {
    return courseId_.empty() ? nullptr : workspace_.findCourse(courseId_);
}

void LearnPanel::updateReading() {
    const course::Course* course = currentCourse();
    const bool wanted = windowActive_ && screenShown_ && readerShown() && course && lessonIndex_ &&
                        workspace_.signedIn() && workspace_.hasDatabase();
    if (!wanted) {
        stopReading();
        return;
    }
    const std::string& lessonId = course->lessons.at(*lessonIndex_).id;
    const std::int64_t personId = workspace_.signedIn()->id;
    if (reading_ && reading_->personId == personId && reading_->courseId == courseId_ &&
        reading_->lessonId == lessonId)
        return;
    stopReading();
    const course::ProgressOutcome outcome =
        workspace_.progress().openLesson(personId, *course, lessonId);
    if (!outcome.ok()) {
        reportRefusal(outcome);
        return;
    }
    reading_ = Session{personId, courseId_, lessonId};
}

void LearnPanel::stopReading() {
    if (!reading_) return;
    const Session session = *reading_;
    reading_.reset();
    const course::Course* course = workspace_.findCourse(session.courseId);
    if (!course || !workspace_.hasDatabase()) return;
    // The person may have signed out since; the session is still theirs.
    const course::ProgressOutcome outcome =
        workspace_.progressStore().stopReading(session.personId, *course, session.lessonId);
    if (!outcome.ok()) reportRefusal(outcome);
}

void LearnPanel::showCurrentLesson() {
    const course::Course* course = currentCourse();
    if (!course || !lessonIndex_) return;
    std::optional<course::CourseStatus> status;
    if (workspace_.signedIn() && workspace_.hasDatabase())
        status = workspace_.progress().status(workspace_.signedIn()->id, *course);
    reader_->showLesson(*course, *lessonIndex_, wxString::FromUTF8(workspace_.quizTitle(*course)),
                        status ? &*status : nullptr);
}

void LearnPanel::reportRefusal(const course::ProgressOutcome& outcome) {
    reader_->setNote(wxString::Format(_("Your progress could not be saved: %s"),
                                      wxString::FromUTF8(outcome.refusal->message)),
                     false);
}

}  // namespace tqm::gui
