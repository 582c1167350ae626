#include "bank/interchange/common/base64.h"

#include <sodium.h>

#include "bank/interchange/common/stable_hash.h"

namespace tqm::bank {

namespace {

std::optional<std::string> decodeVariant(std::string_view text, int variant) {
    std::string out(text.size() / 4 * 3 + 3, '\0');
    std::size_t length = 0;
    const char* end = nullptr;
    const int status =
        sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                          text.size(), " \t\r\n", &length, &end, variant);
    if (status != 0 || end != text.data() + text.size()) return std::nullopt;
    out.resize(length);
    return out;
}

}  // namespace

std::optional<std::string> decodeBase64(std::string_view text) {
    ensureSodiumReady();
    if (auto padded = decodeVariant(text, sodium_base64_VARIANT_ORIGINAL)) return padded;
    return decodeVariant(text, sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
}

std::string encodeBase64(std::string_view bytes) {
    ensureSodiumReady();
    const std::size_t size =
        sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    std::string out(size, '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                      bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    out.resize(size - 1);  // the terminating NUL sodium writes
    return out;
}

}  // namespace tqm::bank
