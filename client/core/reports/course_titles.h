// How the reports name a course: by the title the training classes' plans give it (a whole
// course taken into a plan carries the courseware's title), else by its id.
#pragma once

#include <map>
#include <string>

#include "store/database.h"

namespace tqm::reports {

using CourseTitles = std::map<std::string, std::string>;  // course id → title

// The titles of every whole course in any class's plan; the latest class's wins when two differ.
CourseTitles loadCourseTitles(store::Database& database);

// The title known for `courseId`, else the id itself.
const std::string& courseName(const CourseTitles& titles, const std::string& courseId);

}  // namespace tqm::reports
