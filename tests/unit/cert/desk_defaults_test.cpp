// The dates the certificate desk fills in when they are left out.
#include <catch2/catch.hpp>

#include "cert/desk_defaults.h"

using namespace tqm;

namespace {

Date day(const char* text) {
    return *parseDate(text);
}

cert::CertificateType typeValidFor(std::optional<int> months) {
    cert::CertificateType type;
    type.code = "INT-QI";
    type.validityMonths = months;
    return type;
}

}  // namespace

TEST_CASE("a certificate's default last valid day is the type's validity counted from valid-from") {
    CHECK(cert::defaultValidUntil(typeValidFor(36), day("2026-02-20")) == day("2029-02-19"));
    // From the last day of a month with no such day later: that month's last day.
    CHECK(cert::defaultValidUntil(typeValidFor(12), day("2024-02-29")) == day("2025-02-28"));
}

TEST_CASE("a type without validity gives certificates that never expire") {
    CHECK_FALSE(cert::defaultValidUntil(typeValidFor(std::nullopt), day("2026-02-20")));
}

TEST_CASE("a renewal starts the day after the old certificate's last valid day") {
    cert::Certificate old;
    old.validFrom = day("2024-03-15");
    old.validUntil = day("2026-03-14");
    CHECK(cert::renewalStart(old, day("2026-02-20")) == day("2026-03-15"));

    SECTION("or on its issue day when the old one never expires") {
        old.validUntil.reset();
        CHECK(cert::renewalStart(old, day("2026-02-20")) == day("2026-02-20"));
    }
}
