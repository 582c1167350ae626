#include "reports/course_titles.h"

#include "store/training_class_repository.h"

namespace tqm::reports {

CourseTitles loadCourseTitles(store::Database& database) {
    CourseTitles titles;
    // list() runs by start date, so a later class's title replaces an earlier one.
    for (const training::TrainingClass& c : store::TrainingClassRepository(database).list())
        for (const training::PlanItem& item : c.plan)
            if (item.lessonId.empty() && !item.title.empty()) titles[item.courseId] = item.title;
    return titles;
}

const std::string& courseName(const CourseTitles& titles, const std::string& courseId) {
    const auto found = titles.find(courseId);
    return found == titles.end() ? courseId : found->second;
}

}  // namespace tqm::reports
