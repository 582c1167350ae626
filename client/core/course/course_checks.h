// Checks that look beyond one course: prerequisites against the other courses of the folder, and
// the questions and the quiz against the banks and blueprints. Problems are reported at the line
// of the manifest that names the missing thing.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "course/course.h"
#include "course/course_reader.h"
#include "course/question_sources.h"

namespace tqm::course {

// unknown-prerequisite for a prerequisite that names no course in `courses`; prerequisite-cycle
// once for each cycle, with the cycle named ("pdca → tqm-basics → pdca") at the first course's
// reference to the next.
void checkPrerequisites(const std::vector<Course>& courses, std::vector<Diagnostic>& out);

// unknown-bank, unknown-category (a category of the course's bank) and unknown-blueprint.
void checkQuestionSources(const std::vector<Course>& courses, const QuestionSources& sources,
                          std::vector<Diagnostic>& out);

// The cycles among the prerequisites that a depth-first search in the order of `courses` meets
// (at least one in every group of courses that require each other), each as the ids around it
// with the first repeated at the end, and each once.
std::vector<std::vector<std::string>> prerequisiteCycles(const std::vector<Course>& courses);

// The courses in an order a learner can study them: every course after its prerequisites, and
// otherwise in the given order (folder names). Courses caught in a cycle come last, in the given
// order.
std::vector<Course> inStudyOrder(std::vector<Course> courses);

// A content folder read and checked completely, as `tqm course lint` does: readCourses(),
// readQuestionSources() and checkQuestionSources(), every problem in one sorted list.
struct CheckedCatalog {
    CatalogReadResult catalog;
    QuestionSources sources;
    std::vector<Diagnostic> diagnostics;  // all of them, by file, then line and column
    bool ok() const { return !hasErrors(diagnostics); }
};

CheckedCatalog checkCatalog(const std::filesystem::path& contentDir,
                            const std::filesystem::path& banksDir,
                            const std::filesystem::path& blueprintsDir);

}  // namespace tqm::course
