#include "compete/contest.h"

#include <sodium.h>

#include <algorithm>
#include <array>

#include "base/sha256.h"

namespace tqm::compete {

std::string_view seatPaperName(SeatPaper mode) {
    return mode == SeatPaper::Same ? "same" : "per-seat";
}

std::optional<SeatPaper> seatPaperFromName(std::string_view name) {
    if (name == "same") return SeatPaper::Same;
    if (name == "per-seat") return SeatPaper::PerSeat;
    return std::nullopt;
}

std::string newCompetitionId() {
    ensureSodiumReady();
    std::array<unsigned char, 16> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x40);  // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80);  // RFC 4122 variant
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) id += '-';
        id += kHex[bytes[i] >> 4];
        id += kHex[bytes[i] & 0x0F];
    }
    return id;
}

bool isCompetitionId(std::string_view text) {
    if (text.size() != 36) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    }
    return true;
}

}  // namespace tqm::compete
