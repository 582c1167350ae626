#include "bank/interchange/moodle/moodle_categories.h"

#include <array>

#include "base/text_normalize.h"

namespace tqm::bank {

namespace {

constexpr std::array<std::string_view, 4> kContextPrefixes{"$course$/", "$module$/", "$system$/",
                                                           "$coursecategory$/"};

}  // namespace

std::vector<std::string> splitMoodleCategoryPath(std::string_view path) {
    path = trimSpaces(path);
    for (const std::string_view prefix : kContextPrefixes) {
        if (path.starts_with(prefix)) {
            path.remove_prefix(prefix.size());
            break;
        }
    }
    std::vector<std::string> titles;
    std::string current;
    const auto finishTitle = [&] {
        const std::string_view title = trimSpaces(current);
        if (!title.empty()) titles.emplace_back(title);
        current.clear();
    };
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (path[i] != '/') {
            current += path[i];
        } else if (i + 1 < path.size() && path[i + 1] == '/') {
            current += '/';
            ++i;
        } else {
            finishTitle();
        }
    }
    finishTitle();
    if (!titles.empty() && titles.front() == "top") titles.erase(titles.begin());
    return titles;
}

std::string joinMoodleCategoryPath(const std::vector<std::string_view>& titles) {
    std::string path = "$course$/top";
    for (const std::string_view title : titles) {
        path += '/';
        for (const char c : title) {
            path += c;
            if (c == '/') path += '/';
        }
    }
    return path;
}

}  // namespace tqm::bank
