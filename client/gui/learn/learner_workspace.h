// What the learner screens share: the database (or why it could not be opened), the courses of
// the content folder, and the person signed in. Every rule stays in client/core; this only holds
// the objects the screens call.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/clock.h"
#include "cert/roster_import.h"
#include "course/course_progress.h"
#include "course/course_reader.h"
#include "store/database.h"
#include "store/people_repository.h"

namespace tqm::gui {

// A lesson of a course, by the course's id and the lesson's place in it.
struct LessonPlace {
    std::string courseId;
    std::size_t lessonIndex = 0;
};

class LearnerWorkspace {
  public:
    // The clock every screen and the database use from now on (a test's FakeClock); it must
    // outlive the workspace. Call before openDatabase().
    void useClock(Clock& clock) { clock_ = &clock; }
    // Opens `databaseFile` (kInMemory for a database that lives only as long as the program);
    // a file that cannot be opened is left as it was and its message kept for databaseError().
    void openDatabase(const std::filesystem::path& databaseFile);
    // No database: `message` says why.
    void reportNoDatabase(std::string message);
    // Reads every course of `contentDir`; the demo roster is looked for there too. The courses'
    // quizzes are named from the blueprints in `blueprintDir`.
    void loadCourses(const std::filesystem::path& contentDir,
                     const std::filesystem::path& blueprintDir);

    bool hasDatabase() const { return database_.has_value(); }
    // The file openDatabase() was given (kInMemory for a database in memory).
    const std::filesystem::path& databaseFile() const { return databaseFile_; }
    // The database, for the screens that read and write it; nullptr without one.
    store::Database* database() { return database_ ? &*database_ : nullptr; }
    Clock& clock() { return *clock_; }
    // Where the exams' blueprints are read from (question-bank/blueprints beside the content).
    const std::filesystem::path& blueprintDir() const { return blueprintDir_; }
    // The core's message for a database that could not be opened; empty otherwise.
    const std::string& databaseError() const { return databaseError_; }
    const std::filesystem::path& contentDir() const { return contentDir_; }
    const std::vector<course::Course>& courses() const { return catalog_.courses; }
    const course::Course* findCourse(std::string_view id) const { return catalog_.find(id); }
    // The title of the course's quiz blueprint; its id when the blueprint cannot be read.
    std::string quizTitle(const course::Course& course) const;

    // Everyone on the roster, by 工号; empty without a database.
    std::vector<store::Person> people();
    std::optional<std::filesystem::path> demoRosterFile() const;
    // Imports the demo roster; nothing when there is no database or no roster file to read.
    std::optional<cert::RosterImportResult> importDemoRoster();

    void signIn(const store::Person& person) { signedIn_ = person; }
    void signOut() { signedIn_.reset(); }
    const std::optional<store::Person>& signedIn() const { return signedIn_; }

    // Progress of the signed-in person; only while someone is signed in and there is a database.
    course::CourseProgress& progress();
    // Where the signed-in person left off: the lesson they were in last, or the one after it
    // when they finished it and the next one is not finished yet.
    std::optional<LessonPlace> continueLesson();
    // Progress of anyone, such as the person who was signed in until a moment ago; only while
    // there is a database.
    course::CourseProgress& progressStore();

  private:
    SystemClock systemClock_;
    Clock* clock_ = &systemClock_;
    std::optional<store::Database> database_;
    std::filesystem::path databaseFile_;
    std::optional<course::CourseProgress> progress_;
    std::string databaseError_;
    std::filesystem::path contentDir_;
    std::filesystem::path blueprintDir_;
    std::map<std::string, std::string, std::less<>> quizTitles_;  // by blueprint id
    course::CatalogReadResult catalog_;
    std::optional<store::Person> signedIn_;
};

// The content folder when none is given: the first folder holding content/schema/course.xsd
// above the current folder, then above the program, then beside the bank folder's
// question-bank/ folder, then an installed share/tqm-trainer/content.
std::optional<std::filesystem::path> findContentFolder(const std::filesystem::path& bankFolder);

}  // namespace tqm::gui
