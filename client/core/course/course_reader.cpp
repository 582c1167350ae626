#include "course/course_reader.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "base/encoding_check.h"
#include "base/hundredths.h"
#include "base/utf8.h"
#include "course/course_checks.h"
#include "course/lesson_markdown.h"
#include "course/manifest_reader.h"

namespace tqm::course {

namespace {

std::optional<std::string> readWholeFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string inQuotes(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

void checkImage(const Course& course, const Lesson& lesson, const LessonImage& image,
                DiagnosticSink& sink) {
    const std::filesystem::path lessonFolder = course.lessonPath(lesson).parent_path();
    const std::optional<std::filesystem::path> file =
        imageFile(image.src, lessonFolder, course.folder);
    if (!file) {
        sink.error(image.pos.line, image.pos.column, "broken-image",
                   "image " + inQuotes(image.src) +
                       " is not a path inside the course folder; write a relative path such as "
                       "../images/figure.png");
        return;
    }
    std::error_code ignored;
    if (!std::filesystem::is_regular_file(*file, ignored))
        sink.error(image.pos.line, image.pos.column, "broken-image",
                   "image " + inQuotes(image.src) + " does not exist in the course folder");
}

void readLesson(const Course& course, const Lesson& lesson, DiagnosticSink& manifest,
                std::vector<Diagnostic>& out) {
    const std::filesystem::path file = course.lessonPath(lesson);
    const std::filesystem::path inside = std::filesystem::path(lesson.file).lexically_normal();
    std::error_code ignored;
    if (inside.is_absolute() || inside.empty() || *inside.begin() == ".." ||
        !std::filesystem::is_regular_file(file, ignored)) {
        manifest.error(lesson.filePos.line, lesson.filePos.column, "missing-lesson",
                       "lesson " + inQuotes(lesson.id) + ": file " + inQuotes(lesson.file) +
                           " does not exist in the course folder");
        return;
    }
    DiagnosticSink sink(out, file.string());
    const std::optional<std::string> bytes = readWholeFile(file);
    if (!bytes) {
        sink.error(0, 0, "cannot-read", "the lesson file cannot be opened for reading");
        return;
    }
    if (!reportIfNotUtf8(*bytes, "save it as UTF-8 in your editor", sink)) return;
    const LessonOutline outline = outlineLesson(withoutBom(*bytes));
    if (!outline.title || outline.title->empty())
        sink.error(1, 1, "lesson-without-title",
                   "the lesson does not start with a level-1 heading (# and its title)");
    for (const LessonImage& image : outline.images) checkImage(course, lesson, image, sink);
}

}  // namespace

const Lesson* Course::findLesson(std::string_view lessonId) const {
    const auto found = std::find_if(lessons.begin(), lessons.end(),
                                    [&](const Lesson& lesson) { return lesson.id == lessonId; });
    return found == lessons.end() ? nullptr : &*found;
}

std::string formatHours(CentiHours hours) {
    return formatHundredths(hours);
}

void sortDiagnostics(std::vector<Diagnostic>& diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         if (a.file != b.file) return a.file < b.file;
                         if (a.line != b.line) return a.line < b.line;
                         return a.column < b.column;
                     });
}

CourseReadResult readCourse(const std::filesystem::path& folder) {
    CourseReadResult result;
    Course& course = result.course;
    course.folder = folder;
    course.manifestFile = (folder / "course.xml").string();
    DiagnosticSink manifest(result.diagnostics, course.manifestFile);
    const std::optional<std::string> bytes = readWholeFile(folder / "course.xml");
    if (!bytes) {
        manifest.error(0, 0, "cannot-read",
                       "the course manifest does not exist or cannot be opened for reading");
        return result;
    }
    const std::string folderName = folder.lexically_normal().filename().empty()
                                       ? folder.lexically_normal().parent_path().filename().string()
                                       : folder.lexically_normal().filename().string();
    if (readManifest(*bytes, folderName, manifest, course)) {
        for (const Lesson& lesson : course.lessons)
            if (!lesson.file.empty()) readLesson(course, lesson, manifest, result.diagnostics);
    }
    sortDiagnostics(result.diagnostics);
    return result;
}

const Course* CatalogReadResult::find(std::string_view id) const {
    const auto found = std::find_if(courses.begin(), courses.end(),
                                    [&](const Course& course) { return course.id == id; });
    return found == courses.end() ? nullptr : &*found;
}

CatalogReadResult readCourses(const std::filesystem::path& contentDir) {
    CatalogReadResult result;
    std::vector<std::filesystem::path> folders;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(contentDir, error)) {
        std::error_code ignored;
        if (entry.is_directory(ignored) &&
            std::filesystem::is_regular_file(entry.path() / "course.xml", ignored))
            folders.push_back(entry.path());
    }
    if (error) {
        result.diagnostics.push_back({contentDir.string(), 0, 0, Severity::Error, "cannot-read",
                                      "the content folder does not exist or cannot be read"});
        return result;
    }
    std::sort(folders.begin(), folders.end());
    for (const std::filesystem::path& folder : folders) {
        CourseReadResult course = readCourse(folder);
        result.courses.push_back(std::move(course.course));
        result.diagnostics.insert(result.diagnostics.end(), course.diagnostics.begin(),
                                  course.diagnostics.end());
    }
    checkPrerequisites(result.courses, result.diagnostics);
    sortDiagnostics(result.diagnostics);
    return result;
}

std::optional<std::string> renderLesson(const Course& course, const Lesson& lesson) {
    const std::filesystem::path file = course.lessonPath(lesson);
    const std::optional<std::string> bytes = readWholeFile(file);
    if (!bytes || !isValidUtf8(*bytes)) return std::nullopt;
    return lessonHtml(withoutBom(*bytes), file.parent_path(), course.folder);
}

}  // namespace tqm::course
