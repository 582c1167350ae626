#include "cert/desk_defaults.h"

#include <chrono>

#include "cert/certificate_issue.h"

namespace tqm::cert {

std::optional<Date> defaultValidUntil(const CertificateType& type, Date validFrom) {
    if (!type.validityMonths) return std::nullopt;
    return periodEnd(validFrom, *type.validityMonths);
}

Date renewalStart(const Certificate& old, Date issuedOn) {
    return old.validUntil ? *old.validUntil + std::chrono::days{1} : issuedOn;
}

}  // namespace tqm::cert
