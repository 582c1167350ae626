// The dates the certificate desk (cert/certificate_desk.h) fills in when the organizer leaves
// them out, in one place so that a dialog can show "default: 2029-02-19" before anything is
// saved and the desk then saves exactly that.
//
// - An external certificate is valid from its issue day.
// - A renewal runs from the day after the old certificate's last valid day (so days left are
//   neither lost nor given twice), or from its issue day when the old one never expires.
// - Either ends after the type's validity months counted from valid-from (periodEnd()), or never
//   when the type has no validity.
#pragma once

#include <optional>

#include "cert/certificate_model.h"

namespace tqm::cert {

// The last valid day the type's rules give a certificate valid from `validFrom`.
std::optional<Date> defaultValidUntil(const CertificateType& type, Date validFrom);

// The first valid day of a renewal of `old` issued on `issuedOn`.
Date renewalStart(const Certificate& old, Date issuedOn);

}  // namespace tqm::cert
