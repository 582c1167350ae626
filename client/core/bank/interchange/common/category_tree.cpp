#include "bank/interchange/common/category_tree.h"

#include <utility>

#include "base/text_normalize.h"

namespace tqm::bank {

Category& CategoryTreeBuilder::at(const std::vector<std::size_t>& path) {
    Category* node = &bank_.categories[path.front()];
    for (std::size_t i = 1; i < path.size(); ++i) node = &node->children[path[i]];
    return *node;
}

std::string_view CategoryTreeBuilder::ensure(const std::vector<std::string>& titles, SourcePos pos,
                                             std::string_view givenId) {
    std::string key;
    const Node* parent = nullptr;
    for (std::size_t depth = 0; depth < titles.size(); ++depth) {
        const std::string& title = titles[depth];
        if (!key.empty()) key += '\n';
        key += title;
        if (auto found = nodes_.find(key); found != nodes_.end()) {
            parent = &found->second;
            continue;
        }
        std::string base;
        if (depth + 1 == titles.size() && !givenId.empty()) {
            base = givenId;
        } else {
            std::string segment = slugify(title);
            if (segment.empty()) segment = hashId("c", key);
            base = parent ? std::string(parent->id) + "." + segment : segment;
        }

        Category category;
        category.id = bank_.keep(ids_.claim(base));
        category.title = bank_.keep(title);
        category.pos = pos;
        Node node{parent ? parent->path : std::vector<std::size_t>{}, category.id};
        std::vector<Category>& siblings = parent ? at(parent->path).children : bank_.categories;
        node.path.push_back(siblings.size());
        siblings.push_back(std::move(category));
        parent = &nodes_.emplace(key, std::move(node)).first->second;
    }
    return parent->id;
}

std::vector<std::string> splitCategoryPath(std::string_view path) {
    std::vector<std::string> segments;
    std::string current;
    auto finish = [&] {
        std::string_view trimmed = trimSpaces(current);
        if (!trimmed.empty()) segments.emplace_back(trimmed);
        current.clear();
    };
    static constexpr std::string_view kFullWidthSlash = "\xEF\xBC\x8F";
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (path[i] == '/' && i + 1 < path.size() && path[i + 1] == '/') {
            current += '/';
            ++i;
        } else if (path[i] == '/') {
            finish();
        } else if (path.substr(i, 3) == kFullWidthSlash) {
            finish();
            i += 2;
        } else {
            current += path[i];
        }
    }
    finish();
    return segments;
}

}  // namespace tqm::bank
