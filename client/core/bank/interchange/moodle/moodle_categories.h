// Moodle category paths ("$course$/top/Quality/Tools"); common/category_tree.h builds the tree.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tqm::bank {

// The titles of a Moodle category path, root first: the context prefix ("$course$/", "$module$/",
// "$system$/", "$coursecategory$/") and a leading "top" are dropped, "//" stands for a "/" inside
// a title, titles are trimmed and empty ones skipped.
std::vector<std::string> splitMoodleCategoryPath(std::string_view path);

// "$course$/top/<title>/<title>...", escaping "/" inside titles as Moodle does.
std::string joinMoodleCategoryPath(const std::vector<std::string_view>& titles);

}  // namespace tqm::bank
