// Ids that importers derive from what a file says, so that importing the same file again, on any
// machine and in any release, gives the same ids.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace tqm::bank {

// Lower-case ASCII letters and digits of `text`; every other run of characters becomes one "-".
// Empty when `text` has no ASCII letter or digit (Chinese titles).
std::string slugify(std::string_view text);

// `prefix` followed by the first `hexDigits` hex digits of the SHA-256 of `text`, e.g.
// "q-1f3a09c2".
std::string hashId(std::string_view prefix, std::string_view text, std::size_t hexDigits = 8);

// Hands out ids unique within one import: the first request gets `base`, later ones for the same
// base get "base-2", "base-3", ...
class IdAllocator {
  public:
    void reserve(std::string_view id) { used_.emplace(id); }
    std::string claim(std::string_view base);

  private:
    std::unordered_set<std::string> used_;
};

}  // namespace tqm::bank
