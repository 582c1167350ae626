#include "report/qr_code.h"

#include <memory>

#include <qrencode.h>

namespace tqm::report {

std::optional<QrCode> encodeQr(std::string_view text) {
    // Version 0 lets libqrencode pick the smallest version that holds the text.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> encoded(
        QRcode_encodeData(static_cast<int>(text.size()),
                          reinterpret_cast<const unsigned char*>(text.data()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!encoded) return std::nullopt;
    QrCode code;
    code.size = encoded->width;
    const auto modules = static_cast<std::size_t>(code.size) * static_cast<std::size_t>(code.size);
    code.dark.resize(modules);
    // libqrencode sets bit 0 of each byte for a dark module; the other bits say what it is part of.
    for (std::size_t i = 0; i < modules; ++i) code.dark[i] = (encoded->data[i] & 1) != 0;
    return code;
}

}  // namespace tqm::report
