#include "bank/interchange/common/stable_hash.h"

#include "base/sha256.h"

namespace tqm::bank {

// The importers' names for the base digests, kept so their callers read as before.
void ensureSodiumReady() {
    tqm::ensureSodiumReady();
}

std::string sha256Hex(std::string_view bytes) {
    return tqm::sha256Hex(bytes);
}

}  // namespace tqm::bank
