#include "bank/interchange/common/stable_ids.h"

#include "bank/interchange/common/stable_hash.h"

namespace tqm::bank {

std::string slugify(std::string_view text) {
    std::string slug;
    bool pendingDash = false;
    for (char c : text) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        const bool upper = c >= 'A' && c <= 'Z';
        if (letter || upper) {
            if (pendingDash && !slug.empty()) slug += '-';
            pendingDash = false;
            slug += upper ? static_cast<char>(c - 'A' + 'a') : c;
        } else {
            pendingDash = true;
        }
    }
    return slug;
}

std::string hashId(std::string_view prefix, std::string_view text, std::size_t hexDigits) {
    return std::string(prefix) + sha256Hex(text).substr(0, hexDigits);
}

std::string IdAllocator::claim(std::string_view base) {
    std::string id(base);
    for (int n = 2; used_.count(id) > 0; ++n) id = std::string(base) + "-" + std::to_string(n);
    used_.insert(id);
    return id;
}

}  // namespace tqm::bank
