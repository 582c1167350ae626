// Moodle category paths ("$course$/top/Quality/Tools") and the category tree they build.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "bank/bank.h"

namespace tqm::bank {

// The titles of a Moodle category path, root first: the context prefix ("$course$/", "$module$/",
// "$system$/", "$coursecategory$/") and a leading "top" are dropped, "//" stands for a "/" inside
// a title, titles are trimmed and empty ones skipped.
std::vector<std::string> splitMoodleCategoryPath(std::string_view path);

// "$course$/top/<title>/<title>...", escaping "/" inside titles as Moodle does.
std::string joinMoodleCategoryPath(const std::vector<std::string_view>& titles);

// Builds the bank's category tree as category pseudo-questions arrive, so that the same file
// always gives the same ids: a category's id is its Moodle idnumber when it has one, otherwise its
// parent's id, ".", and the slug of its title ("c" + a hash of the path for titles that are not
// plain ASCII). Ids are made unique with "-2", "-3", ...
class MoodleCategoryTree {
  public:
    explicit MoodleCategoryTree(Bank& bank) : bank_(bank) {}

    // The id of the category at `titles` (not empty), creating it and its missing parents with
    // `pos`. `idnumber`, when not empty, names the last category if it is created here.
    std::string_view enter(const std::vector<std::string>& titles, std::string_view idnumber,
                           SourcePos pos);

    // The category for questions that come before any category: id "default", title "Default".
    std::string_view fallback(SourcePos pos);

  private:
    Category& at(const std::vector<std::size_t>& indexes);
    std::string uniqueId(std::string base);

    Bank& bank_;
    // The titles from the root joined by '\n' -> the child indexes from bank.categories down.
    std::unordered_map<std::string, std::vector<std::size_t>> byPath_;
    std::unordered_set<std::string> usedIds_;
};

}  // namespace tqm::bank
