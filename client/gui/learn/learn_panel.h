// 学习 Learn: the course catalog and the lesson reader, and the signed-in person's progress
// recorded through course::CourseProgress as they read. A reading session runs only while a
// lesson is on screen and the window is active: leaving the lesson, the screen or the window
// ends it, and the core adds its time.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include <wx/panel.h>
#include <wx/simplebook.h>

#include "learn/course_catalog_panel.h"
#include "learn/learner_workspace.h"
#include "learn/lesson_reader_panel.h"

namespace tqm::gui {

class LearnPanel : public wxPanel {
  public:
    LearnPanel(wxWindow* parent, LearnerWorkspace& workspace);

    // Reads the courses into the catalog again.
    void showCourses();
    void showCatalog();
    // Opens the course at the person's first unfinished lesson (the first when none is).
    bool openCourse(const std::string& courseId);
    bool openLesson(const std::string& courseId, std::size_t lessonIndex);
    void finishCurrentLesson();
    // What 参加结业测验 does with the course shown (the exams screen starts its quiz).
    void setQuizHandler(std::function<void(const course::Course&)> handler) {
        onQuiz_ = std::move(handler);
    }

    // Whether the window is active and whether this screen is the one shown; reading time is
    // counted only while both hold.
    void setWindowActive(bool active);
    void setScreenShown(bool shown);
    // Ends the reading session before the person signed in changes; refreshes afterwards.
    void beforePersonChange();
    void afterPersonChange();

    bool readerShown() const;
    const course::Course* currentCourse() const;
    std::optional<std::size_t> currentLesson() const { return lessonIndex_; }
    bool reading() const { return reading_.has_value(); }
    CourseCatalogPanel* catalog() const { return catalog_; }
    LessonReaderPanel* reader() const { return reader_; }

  private:
    struct Session {
        std::int64_t personId;
        std::string courseId;
        std::string lessonId;
    };

    // Starts or ends the reading session so that one runs exactly when it should.
    void updateReading();
    void stopReading();
    void showCurrentLesson();
    void reportRefusal(const course::ProgressOutcome& outcome);

    LearnerWorkspace& workspace_;
    wxSimplebook* book_ = nullptr;
    CourseCatalogPanel* catalog_ = nullptr;
    LessonReaderPanel* reader_ = nullptr;
    std::string courseId_;
    std::optional<std::size_t> lessonIndex_;
    std::optional<Session> reading_;
    bool windowActive_ = true;
    bool screenShown_ = false;
    std::function<void(const course::Course&)> onQuiz_;
};

}  // namespace tqm::gui
