#include "base/text_store.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace tqm {

namespace {
constexpr std::size_t kBlockSize = 64 * 1024;
}

std::string_view TextStore::keep(std::string_view text) {
    if (text.empty()) return {};
    if (text.size() > remaining_) {
        const std::size_t size = std::max(kBlockSize, text.size());
        blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
        cursor_ = blocks_.back().get();
        remaining_ = size;
        bytesHeld_ += size;
    }
    std::memcpy(cursor_, text.data(), text.size());
    std::string_view kept(cursor_, text.size());
    cursor_ += text.size();
    remaining_ -= text.size();
    bytesKept_ += text.size();
    return kept;
}

void TextStore::absorb(TextStore&& other) {
    blocks_.insert(blocks_.end(), std::make_move_iterator(other.blocks_.begin()),
                   std::make_move_iterator(other.blocks_.end()));
    buffers_.insert(buffers_.end(), std::make_move_iterator(other.buffers_.begin()),
                    std::make_move_iterator(other.buffers_.end()));
    bytesHeld_ += other.bytesHeld_;
    bytesKept_ += other.bytesKept_;
    other.blocks_.clear();
    other.buffers_.clear();
    other.cursor_ = nullptr;
    other.remaining_ = other.bytesHeld_ = other.bytesKept_ = 0;
}

char* TextStore::adopt(std::unique_ptr<char[]> buffer) {
    blocks_.push_back(std::move(buffer));
    return blocks_.back().get();
}

char* TextStore::adopt(ByteBuffer buffer) {
    buffers_.push_back(std::move(buffer));
    return buffers_.back().get();
}

}  // namespace tqm
