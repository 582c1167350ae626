// Which desk actions (cert/certificate_desk.h) make sense for a certificate, so that a screen
// offers only those: a revoked certificate is neither renewed, reviewed nor revoked again; a
// renewed one is not renewed a second time; only a type with 复审, or a certificate with a
// review pending, is reviewed. The desk refuses the same requests.
#pragma once

#include "cert/certificate_book_index.h"

namespace tqm::cert {

struct DeskAvailability {
    bool renew = false;
    bool review = false;
    bool revoke = false;

    bool operator==(const DeskAvailability&) const = default;
};

DeskAvailability deskAvailability(const CertificateBookIndex& index,
                                  const Certificate& certificate);

}  // namespace tqm::cert
