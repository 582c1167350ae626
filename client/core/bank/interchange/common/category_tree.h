// The bank's category tree as an importer meets category paths such as "工具/老七种工具/排列图"
// (GIFT, CSV) or "$course$/top/Quality/Tools" (Moodle, split by moodle_categories.h).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bank/bank.h"
#include "bank/interchange/common/stable_ids.h"

namespace tqm::bank {

// Builds the tree so that the same file always yields the same ids: a category's id is the one the
// file gives it (a Moodle idnumber) when there is one, otherwise its parent's id, ".", and the slug
// of its title ("c" + a hash of the whole path when the title has no ASCII letter or digit). Ids
// are made unique with "-2", "-3", ...
class CategoryTreeBuilder {
  public:
    explicit CategoryTreeBuilder(Bank& bank) : bank_(bank) {}

    // The id of the category at `titles` (root first, not empty), creating it and its missing
    // parents with `pos`. `givenId`, when not empty, is the id of the last category if it is
    // created here.
    std::string_view ensure(const std::vector<std::string>& titles, SourcePos pos,
                            std::string_view givenId = {});

  private:
    struct Node {
        std::vector<std::size_t> path;  // child indexes from bank.categories down to it
        std::string_view id;
    };
    Category& at(const std::vector<std::size_t>& path);

    Bank& bank_;
    std::unordered_map<std::string, Node> nodes_;  // by the titles from the root, '\n'-joined
    IdAllocator ids_;
};

// Splits a category path on "/" (and the full-width "／"); "//" stands for a "/" inside a title,
// as in Moodle. Segments are trimmed; empty ones are dropped.
std::vector<std::string> splitCategoryPath(std::string_view path);

}  // namespace tqm::bank
