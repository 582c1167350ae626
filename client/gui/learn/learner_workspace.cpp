#include "learn/learner_workspace.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

#include <wx/stdpaths.h>

#include "course/course_checks.h"
#include "exam/blueprint_reader.h"

namespace tqm::gui {

namespace fs = std::filesystem;

namespace {

constexpr const char* kDemoRoster = "demo-roster.csv";

bool isContentFolder(const fs::path& folder) {
    std::error_code ignored;
    return fs::is_regular_file(folder / "schema" / "course.xsd", ignored);
}

std::optional<fs::path> contentFolderAbove(fs::path start) {
    for (fs::path folder = start; !folder.empty(); folder = folder.parent_path()) {
        if (isContentFolder(folder / "content")) return folder / "content";
        if (folder == folder.parent_path()) break;
    }
    return std::nullopt;
}

}  // namespace

void LearnerWorkspace::openDatabase(const fs::path& databaseFile) {
    signedIn_.reset();
    progress_.reset();
    database_.reset();
    databaseError_.clear();
    databaseFile_ = databaseFile;
    store::OpenResult opened = store::Database::open(databaseFile, *clock_);
    if (!opened.ok()) {
        databaseError_ = opened.error->message;
        return;
    }
    database_ = std::move(opened.database);
    progress_.emplace(*database_, *clock_);
}

void LearnerWorkspace::reportNoDatabase(std::string message) {
    signedIn_.reset();
    progress_.reset();
    database_.reset();
    databaseError_ = std::move(message);
}

void LearnerWorkspace::loadCourses(const fs::path& contentDir, const fs::path& blueprintDir) {
    contentDir_ = contentDir;
    blueprintDir_ = blueprintDir;
    catalog_ = course::readCourses(contentDir);
    catalog_.courses = course::inStudyOrder(std::move(catalog_.courses));
    quizTitles_.clear();
    for (const course::Course& course : catalog_.courses) {
        const std::string& id = course.quizBlueprint.id;
        if (id.empty() || quizTitles_.contains(id)) continue;
        // Blueprint files are named after their id (question-bank/README.md).
        std::error_code ignored;
        const fs::path file = blueprintDir / (id + ".xml");
        if (!fs::is_regular_file(file, ignored)) continue;
        const exam::BlueprintReadResult read = exam::readBlueprintFile(file);
        if (read.blueprint.id == id && !read.blueprint.title.empty())
            quizTitles_.emplace(id, read.blueprint.title);
    }
}

std::string LearnerWorkspace::quizTitle(const course::Course& course) const {
    const auto found = quizTitles_.find(course.quizBlueprint.id);
    return found == quizTitles_.end() ? course.quizBlueprint.id : found->second;
}

std::vector<store::Person> LearnerWorkspace::people() {
    if (!database_) return {};
    return store::PeopleRepository(*database_).list();
}

std::optional<fs::path> LearnerWorkspace::demoRosterFile() const {
    std::error_code ignored;
    const fs::path file = contentDir_ / kDemoRoster;
    if (contentDir_.empty() || !fs::is_regular_file(file, ignored)) return std::nullopt;
    return file;
}

std::optional<cert::RosterImportResult> LearnerWorkspace::importDemoRoster() {
    const auto file = demoRosterFile();
    if (!database_ || !file) return std::nullopt;
    std::ifstream in(*file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in) return std::nullopt;
    store::PeopleRepository people(*database_);
    return cert::importRoster(bytes.str(), file->string(), people);
}

course::CourseProgress& LearnerWorkspace::progress() {
    wxASSERT_MSG(progress_ && signedIn_, "progress needs a database and a person signed in");
    return *progress_;
}

std::optional<LessonPlace> LearnerWorkspace::continueLesson() {
    if (!signedIn_ || !progress_) return std::nullopt;
    std::optional<LessonPlace> latest;
    std::int64_t latestTime = 0;
    bool latestFinished = false;
    for (const course::Course& course : catalog_.courses) {
        const course::CourseStatus status = progress_->status(signedIn_->id, course);
        for (const store::LessonProgressRow& row : status.lessons) {
            const std::int64_t touched =
                std::max({row.openedAt, row.readingSince.value_or(0), row.finishedAt.value_or(0)});
            if (latest && touched <= latestTime) continue;
            for (std::size_t i = 0; i < course.lessons.size(); ++i) {
                if (course.lessons[i].id != row.lessonId) continue;
                latest = LessonPlace{course.id, i};
                latestTime = touched;
                latestFinished = row.finishedAt.has_value();
            }
        }
        if (latest && latest->courseId == course.id && latestFinished &&
            latest->lessonIndex + 1 < course.lessons.size()) {
            const std::string& nextId = course.lessons[latest->lessonIndex + 1].id;
            bool nextFinished = false;
            for (const store::LessonProgressRow& row : status.lessons)
                if (row.lessonId == nextId) nextFinished = row.finishedAt.has_value();
            if (!nextFinished) {
                ++latest->lessonIndex;
                latestFinished = false;
            }
        }
    }
    return latest;
}

course::CourseProgress& LearnerWorkspace::progressStore() {
    wxASSERT_MSG(progress_, "progress needs a database");
    return *progress_;
}

std::optional<fs::path> findContentFolder(const fs::path& bankFolder) {
    std::error_code error;
    const fs::path here = fs::current_path(error);
    if (!error)
        if (auto found = contentFolderAbove(here)) return found;
    const fs::path program(wxStandardPaths::Get().GetExecutablePath().utf8_string());
    if (auto found = contentFolderAbove(program.parent_path())) return found;
    // The bank folder is question-bank/banks; content/ sits beside question-bank/.
    const fs::path beside = bankFolder.parent_path().parent_path() / "content";
    if (isContentFolder(beside)) return beside;
    const fs::path installed = program.parent_path().parent_path() / "share" / "tqm-trainer";
    if (isContentFolder(installed / "content")) return installed / "content";
    return std::nullopt;
}

}  // namespace tqm::gui
