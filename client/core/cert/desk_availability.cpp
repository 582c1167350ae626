#include "cert/desk_availability.h"

#include <algorithm>

namespace tqm::cert {

DeskAvailability deskAvailability(const CertificateBookIndex& index,
                                  const Certificate& certificate) {
    DeskAvailability available;
    if (certificate.revokedOn) return available;
    available.revoke = true;
    const auto& all = index.book().certificates;
    available.renew = std::none_of(all.begin(), all.end(), [&](const Certificate& other) {
        return other.renewsId == certificate.id;
    });
    const CertificateType* type = index.type(certificate.certificateTypeId);
    const bool pending = std::any_of(certificate.reviews.begin(), certificate.reviews.end(),
                                     [](const ReviewEvent& review) { return !review.doneOn; });
    available.review = pending || (type && type->reviewMonths);
    return available;
}

}  // namespace tqm::cert
