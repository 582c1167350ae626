// Owns the characters that a Bank's string_views point into: whole parse buffers (a native bank
// is parsed in place, so its text is never copied) and strings added later by importers and
// editors. Append-only; a view handed out stays valid as long as the store lives.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "base/byte_buffer.h"

namespace tqm {

class TextStore {
  public:
    TextStore() = default;
    TextStore(const TextStore&) = delete;
    TextStore& operator=(const TextStore&) = delete;

    // Copies `text` into the store and returns a view of the copy.
    std::string_view keep(std::string_view text);

    // Takes ownership of a buffer (for example the one a parser worked on in place).
    char* adopt(std::unique_ptr<char[]> buffer);
    char* adopt(ByteBuffer buffer);

    // Takes over everything `other` holds; views into it stay valid, and `other` is left empty.
    // Text kept from here on goes on filling this store's current block.
    void absorb(TextStore&& other);

    // The storage allocated, in blocks of 64 KiB or more.
    std::size_t bytesHeld() const { return bytesHeld_; }
    // The characters keep() has copied in so far.
    std::size_t bytesKept() const { return bytesKept_; }

  private:
    std::vector<std::unique_ptr<char[]>> blocks_;
    std::vector<ByteBuffer> buffers_;
    char* cursor_ = nullptr;
    std::size_t remaining_ = 0;
    std::size_t bytesHeld_ = 0;
    std::size_t bytesKept_ = 0;
};

}  // namespace tqm
