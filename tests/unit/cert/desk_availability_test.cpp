// Which desk actions a screen offers for a certificate.
#include <catch2/catch.hpp>

#include "cert/desk_availability.h"
#include "cert_book_builder.h"

using namespace tqm;
using cert_test::certificate;
using cert_test::certificateType;
using cert_test::day;
using cert_test::review;

namespace {

// Type 1 asks for 复审 every 12 months; type 2 asks for none.
cert::CertificateBook bookWith(std::vector<cert::Certificate> certificates) {
    cert::CertificateBook book;
    book.people.push_back(cert_test::person(1, "D0001", "赵明远"));
    book.types.push_back(certificateType(1, "INT-QI", 24, 12, 60, 15));
    book.types.push_back(certificateType(2, "INT-WI", 12, std::nullopt, 30, 15));
    book.certificates = std::move(certificates);
    return book;
}

cert::DeskAvailability availability(const cert::CertificateBook& book, std::size_t which) {
    const cert::CertificateBookIndex index(book);
    return cert::deskAvailability(index, book.certificates.at(which));
}

}  // namespace

TEST_CASE("a current certificate of a type with reviews may be renewed, reviewed and revoked") {
    const cert::CertificateBook book = bookWith({certificate(1, 1, 1, "2025-01-10", "2027-01-09")});
    CHECK(availability(book, 0) == cert::DeskAvailability{true, true, true});
}

TEST_CASE("a revoked certificate offers no action") {
    cert::Certificate revoked = certificate(1, 1, 1, "2025-01-10", "2027-01-09");
    revoked.revokedOn = day("2026-01-05");
    revoked.revokedReason = "违规操作";
    CHECK(availability(bookWith({revoked}), 0) == cert::DeskAvailability{false, false, false});
}

TEST_CASE("a certificate renewed already is not renewed a second time") {
    cert::Certificate renewal = certificate(2, 1, 2, "2026-03-03", "2027-03-02");
    renewal.renewsId = 1;
    const cert::CertificateBook book =
        bookWith({certificate(1, 1, 2, "2025-03-03", "2026-03-02"), renewal});
    CHECK(availability(book, 0) == cert::DeskAvailability{false, false, true});
    CHECK(availability(book, 1) == cert::DeskAvailability{true, false, true});
}

TEST_CASE("a type without reviews is reviewed only when a review is pending on the certificate") {
    cert::Certificate pending = certificate(1, 1, 2, "2025-03-03", "2026-03-02");
    pending.reviews.push_back(review("2025-09-03", std::nullopt, std::nullopt));
    CHECK(availability(bookWith({pending}), 0).review);
    pending.reviews.front().doneOn = day("2025-09-01");
    pending.reviews.front().result = cert::ReviewResult::Passed;
    CHECK_FALSE(availability(bookWith({pending}), 0).review);
}
