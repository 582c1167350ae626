#include "course/course_checks.h"

#include <algorithm>
#include <map>
#include <set>

namespace tqm::course {

namespace {

std::string inQuotes(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

void errorAt(std::vector<Diagnostic>& out, const Course& course, TextPosition pos, std::string code,
             std::string message) {
    out.push_back({course.manifestFile, pos.line, pos.column, Severity::Error, std::move(code),
                   std::move(message)});
}

// Depth-first search over the prerequisite graph. A course reached again while it is still on
// the path closes a cycle: the path from that course on.
class CycleFinder {
  public:
    explicit CycleFinder(const std::vector<Course>& courses) {
        for (const Course& course : courses)
            if (!course.id.empty()) byId_.emplace(course.id, &course);
    }

    std::vector<std::vector<std::string>> run(const std::vector<Course>& courses) {
        for (const Course& course : courses)
            if (!course.id.empty() && !done_.contains(course.id)) visit(course);
        return std::move(cycles_);
    }

  private:
    void visit(const Course& course) {
        path_.push_back(course.id);
        for (const Reference& prerequisite : course.prerequisites) {
            const auto onPath = std::find(path_.begin(), path_.end(), prerequisite.id);
            if (onPath != path_.end()) {
                addCycle(std::vector<std::string>(onPath, path_.end()));
                continue;
            }
            const auto next = byId_.find(prerequisite.id);
            if (next != byId_.end() && !done_.contains(prerequisite.id)) visit(*next->second);
        }
        path_.pop_back();
        done_.insert(course.id);
    }

    void addCycle(std::vector<std::string> ids) {
        std::vector<std::string> key = ids;
        std::sort(key.begin(), key.end());
        if (!seen_.insert(key).second) return;
        ids.push_back(ids.front());
        cycles_.push_back(std::move(ids));
    }

    std::map<std::string, const Course*, std::less<>> byId_;
    std::vector<std::string> path_;
    std::set<std::string, std::less<>> done_;
    std::set<std::vector<std::string>> seen_;
    std::vector<std::vector<std::string>> cycles_;
};

std::string joinedCycle(const std::vector<std::string>& cycle) {
    std::string text;
    for (const std::string& id : cycle) {
        if (!text.empty()) text += " → ";
        text += id;
    }
    return text;
}

}  // namespace

std::vector<std::vector<std::string>> prerequisiteCycles(const std::vector<Course>& courses) {
    return CycleFinder(courses).run(courses);
}

void checkPrerequisites(const std::vector<Course>& courses, std::vector<Diagnostic>& out) {
    std::map<std::string_view, const Course*> byId;
    for (const Course& course : courses) byId.emplace(course.id, &course);
    for (const Course& course : courses) {
        for (const Reference& prerequisite : course.prerequisites) {
            if (!prerequisite.id.empty() && !byId.contains(prerequisite.id))
                errorAt(out, course, prerequisite.pos, "unknown-prerequisite",
                        "prerequisite " + inQuotes(prerequisite.id) +
                            " is not a course in the content folder");
        }
    }
    for (const std::vector<std::string>& cycle : prerequisiteCycles(courses)) {
        const Course& first = *byId.at(cycle[0]);
        const auto reference = std::find_if(first.prerequisites.begin(), first.prerequisites.end(),
                                            [&](const Reference& r) { return r.id == cycle[1]; });
        errorAt(out, first, reference->pos, "prerequisite-cycle",
                "course " + inQuotes(first.id) + " requires itself: " + joinedCycle(cycle));
    }
}

void checkQuestionSources(const std::vector<Course>& courses, const QuestionSources& sources,
                          std::vector<Diagnostic>& out) {
    for (const Course& course : courses) {
        if (!course.bank.id.empty()) {
            const bank::Bank* bank = sources.findBank(course.bank.id);
            if (!bank) {
                errorAt(out, course, course.bank.pos, "unknown-bank",
                        "no bank in the banks folder has the id " + inQuotes(course.bank.id));
            } else {
                for (const Reference& category : course.categories)
                    if (!category.id.empty() && !bank->findCategory(category.id))
                        errorAt(out, course, category.pos, "unknown-category",
                                "bank " + inQuotes(course.bank.id) + " has no category " +
                                    inQuotes(category.id));
            }
        }
        if (!course.quizBlueprint.id.empty() &&
            !sources.blueprintIds.contains(course.quizBlueprint.id))
            errorAt(out, course, course.quizBlueprint.pos, "unknown-blueprint",
                    "no blueprint in the blueprints folder has the id " +
                        inQuotes(course.quizBlueprint.id));
    }
}

CheckedCatalog checkCatalog(const std::filesystem::path& contentDir,
                            const std::filesystem::path& banksDir,
                            const std::filesystem::path& blueprintsDir) {
    CheckedCatalog checked{
        readCourses(contentDir), readQuestionSources(banksDir, blueprintsDir), {}};
    checked.diagnostics = checked.sources.diagnostics;
    checked.diagnostics.insert(checked.diagnostics.end(), checked.catalog.diagnostics.begin(),
                               checked.catalog.diagnostics.end());
    checkQuestionSources(checked.catalog.courses, checked.sources, checked.diagnostics);
    sortDiagnostics(checked.diagnostics);
    return checked;
}

std::vector<Course> inStudyOrder(std::vector<Course> courses) {
    std::set<std::string> known;
    for (const Course& course : courses) known.insert(course.id);
    std::set<std::string> placed;
    std::vector<Course> ordered;
    std::vector<bool> taken(courses.size(), false);
    const auto ready = [&](const Course& course) {
        return std::all_of(
            course.prerequisites.begin(), course.prerequisites.end(),
            [&](const Reference& p) { return !known.count(p.id) || placed.count(p.id) > 0; });
    };
    // Each pass takes the first course whose prerequisites are all placed, so the given order
    // decides between courses that could come next.
    for (bool progress = true; progress;) {
        progress = false;
        for (std::size_t i = 0; i < courses.size(); ++i) {
            if (taken[i] || !ready(courses[i])) continue;
            taken[i] = true;
            placed.insert(courses[i].id);
            ordered.push_back(std::move(courses[i]));
            progress = true;
            break;
        }
    }
    for (std::size_t i = 0; i < courses.size(); ++i)
        if (!taken[i]) ordered.push_back(std::move(courses[i]));
    return ordered;
}

}  // namespace tqm::course
