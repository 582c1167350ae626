// Reading courseware: one course folder, or every course in a content folder, with every problem
// reported as a Diagnostic (file, line, column, code, message; codes in content/README.md).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "course/course.h"

namespace tqm::course {

struct CourseReadResult {
    Course course;                        // whatever could be read, even when there are errors
    std::vector<Diagnostic> diagnostics;  // by file, then line and column
    bool ok() const { return !hasErrors(diagnostics); }
};

// Reads `folder`/course.xml and the lesson files it names: the manifest's fields, each lesson's
// opening heading and its images. The course id must be the folder's name. Diagnostics name
// files as `folder` / relative path, so a relative folder gives relative names.
CourseReadResult readCourse(const std::filesystem::path& folder);

struct CatalogReadResult {
    std::vector<Course> courses;          // by folder name, including courses with errors
    std::vector<Diagnostic> diagnostics;  // by file, then line and column
    bool ok() const { return !hasErrors(diagnostics); }
    const Course* find(std::string_view id) const;
};

// Reads every course of `contentDir`: each sub-folder holding a course.xml (other folders, such
// as schema/, are not courses). Checks prerequisites across them too (unknown-prerequisite,
// prerequisite-cycle).
CatalogReadResult readCourses(const std::filesystem::path& contentDir);

// A lesson as HTML for the lesson view (lesson_markdown.h: tables, images as absolute file
// URLs); nothing when the file cannot be read or is not UTF-8.
std::optional<std::string> renderLesson(const Course& course, const Lesson& lesson);

// Orders diagnostics by file, then line, then column, keeping the order of equal ones.
void sortDiagnostics(std::vector<Diagnostic>& diagnostics);

}  // namespace tqm::course
