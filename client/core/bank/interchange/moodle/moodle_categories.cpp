#include "bank/interchange/moodle/moodle_categories.h"

#include <array>

#include "bank/interchange/common/stable_hash.h"
#include "base/text_normalize.h"

namespace tqm::bank {

namespace {

constexpr std::array<std::string_view, 4> kContextPrefixes{"$course$/", "$module$/", "$system$/",
                                                           "$coursecategory$/"};

// Lower-case letters and digits; other runs become one "-". Empty unless `title` is plain ASCII.
std::string asciiSlug(std::string_view title) {
    std::string slug;
    for (const char c : title) {
        if (static_cast<unsigned char>(c) >= 0x80) return {};
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            slug += c;
        } else if (c >= 'A' && c <= 'Z') {
            slug += static_cast<char>(c + 32);
        } else if (!slug.empty() && slug.back() != '-') {
            slug += '-';
        }
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    return slug;
}

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

std::string MoodleCategoryTree::uniqueId(std::string base) {
    std::string id = base;
    for (int n = 2; usedIds_.count(id) > 0; ++n) id = base + "-" + std::to_string(n);
    usedIds_.insert(id);
    return id;
}

Category& MoodleCategoryTree::at(const std::vector<std::size_t>& indexes) {
    Category* node = &bank_.categories[indexes.front()];
    for (std::size_t i = 1; i < indexes.size(); ++i) node = &node->children[indexes[i]];
    return *node;
}

std::string_view MoodleCategoryTree::enter(const std::vector<std::string>& titles,
                                           std::string_view idnumber, SourcePos pos) {
    std::string key;
    std::vector<std::size_t> parent;
    std::string_view parentId;
    for (std::size_t depth = 0; depth < titles.size(); ++depth) {
        if (depth > 0) key += '\n';
        key += titles[depth];
        if (auto found = byPath_.find(key); found != byPath_.end()) {
            parent = found->second;
            parentId = at(parent).id;
            continue;
        }
        const bool last = depth + 1 == titles.size();
        std::string base;
        if (last && !idnumber.empty()) {
            base = std::string(idnumber);
        } else {
            std::string slug = asciiSlug(titles[depth]);
            if (slug.empty()) slug = "c" + sha256Hex(key).substr(0, 8);
            base = parentId.empty() ? slug : std::string(parentId) + "." + slug;
        }
        Category category;
        category.id = bank_.keep(uniqueId(std::move(base)));
        category.title = bank_.keep(titles[depth]);
        category.pos = pos;
        std::vector<Category>& siblings = parent.empty() ? bank_.categories : at(parent).children;
        siblings.push_back(category);
        parent.push_back(siblings.size() - 1);
        parentId = category.id;
        byPath_.emplace(key, parent);
    }
    return parentId;
}

std::string_view MoodleCategoryTree::fallback(SourcePos pos) {
    return enter({"Default"}, "default", pos);
}

}  // namespace tqm::bank
