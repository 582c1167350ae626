// Warnings: key positions without certificates, single points of failure, what falls due.
#include <catch2/catch.hpp>

#include "cert/certificate_warnings.h"
#include "plant_book.h"

using cert_test::certificate;
using cert_test::certificateType;
using cert_test::day;
using tqm::cert::AssignmentWarning;
using tqm::cert::CertificateBookIndex;
using tqm::cert::CoverageProblem;
using tqm::cert::CoverageWarning;
using tqm::cert::DueItem;
using tqm::cert::DueKind;
using tqm::cert::Status;

TEST_CASE("assigning a person to a key position without its certificate warns before saving") {
    const auto book = cert_test::plantBook();
    const CertificateBookIndex index(book);
    const auto warnings =
        tqm::cert::checkAssignment(index, cert_test::assignment(0, 2, 12, "2026-04-01"));
    CHECK(warnings == std::vector<AssignmentWarning>{
                          {2, 12, 100, Status::Missing, std::nullopt, day("2026-04-01")}});
    SECTION("days allowed show as the day it must be held from") {
        const auto allowed =
            tqm::cert::checkAssignment(index, cert_test::assignment(0, 2, 10, "2026-04-01"));
        CHECK(allowed == std::vector<AssignmentWarning>{{2, 10, 100, Status::NotYetRequired,
                                                         std::nullopt, day("2026-05-01")}});
    }
    SECTION("a holder of the certificate is not warned") {
        CHECK(tqm::cert::checkAssignment(index, cert_test::assignment(0, 1, 12, "2026-04-01"))
                  .empty());
    }
    SECTION("a position that is not key is not checked") {
        CHECK(tqm::cert::checkAssignment(index, cert_test::assignment(0, 2, 11, "2026-04-01"))
                  .empty());
    }
}

TEST_CASE("people in key positions without a mandatory certificate are listed") {
    const auto book = cert_test::plantBook();
    const CertificateBookIndex index(book);
    CHECK(tqm::cert::uncertifiedAssignments(index, day("2026-03-15")) ==
          std::vector<AssignmentWarning>{
              {2, 10, 100, Status::Missing, std::nullopt, day("2026-01-31")}});
    CHECK(tqm::cert::uncertifiedAssignments(index, day("2026-03-05")) ==
          std::vector<AssignmentWarning>{
              {2, 10, 100, Status::Missing, std::nullopt, day("2026-01-31")},
              {3, 10, 100, Status::NotYetRequired, 4, day("2026-03-31")}});
}

TEST_CASE(
    "a key position with one qualified person is a single point of failure, none is uncovered") {
    const auto book = cert_test::plantBook();
    const CertificateBookIndex index(book);
    CHECK(tqm::cert::coverageWarnings(index, day("2026-03-15")) ==
          std::vector<CoverageWarning>{{12, CoverageProblem::NotCovered, 0, {}}});
    CHECK(tqm::cert::coverageWarnings(index, day("2026-03-05")) ==
          std::vector<CoverageWarning>{{12, CoverageProblem::NotCovered, 0, {}},
                                       {10, CoverageProblem::SinglePointOfFailure, 3, {1}}});
}

namespace {

// people 1 E001 and 2 E002; types QC (24 months, grace 15), SAFE (review every 12 months,
// grace 30), CAQ (12 months, grace 15).
tqm::cert::CertificateBook dueBook() {
    tqm::cert::CertificateBook book;
    book.people = {cert_test::person(1, "E001", "张三"), cert_test::person(2, "E002", "李四")};
    book.types = {certificateType(100, "QC", 24, std::nullopt, 30, 15),
                  certificateType(101, "SAFE", 36, 12, 30, 30),
                  certificateType(102, "CAQ", 12, std::nullopt, 30, 15)};
    book.certificates = {
        certificate(1, 1, 100, "2024-05-11", "2026-05-10"),  // expires in 51 days
        certificate(2, 2, 100, "2024-04-21", "2026-04-20"),  // renewed by #3
        certificate(3, 2, 100, "2026-04-21", "2028-04-20"),
        certificate(4, 2, 101, "2025-06-01", "2028-05-31"),  // review due 2026-06-01
        certificate(5, 1, 101, "2025-03-01", "2028-02-29"),  // review overdue since 2026-03-01
        certificate(6, 2, 102, "2025-03-11", "2026-03-10"),  // in grace until 2026-03-25
        certificate(7, 1, 102, "2024-01-01", "2024-12-31"),  // long expired
    };
    return book;
}

}  // namespace

TEST_CASE("due lists expiries and reviews within the days, overdue ones still accepted first") {
    const auto book = dueBook();
    const CertificateBookIndex index(book);
    const DueItem overdueReview{5,  1, 101, DueKind::Review, day("2026-03-01"), Status::ReviewDue,
                                -19};
    const DueItem inGrace{6, 2, 102, DueKind::Expiry, day("2026-03-10"), Status::InGrace, -10};
    const DueItem expiring{1, 1, 100, DueKind::Expiry, day("2026-05-10"), Status::Valid, 51};
    const DueItem review{4, 2, 101, DueKind::Review, day("2026-06-01"), Status::Valid, 73};
    CHECK(tqm::cert::due(index, day("2026-03-20"), 30) ==
          std::vector<DueItem>{overdueReview, inGrace});
    CHECK(tqm::cert::due(index, day("2026-03-20"), 60) ==
          std::vector<DueItem>{overdueReview, inGrace, expiring});
    CHECK(tqm::cert::due(index, day("2026-03-20"), 90) ==
          std::vector<DueItem>{overdueReview, inGrace, expiring, review});
}

TEST_CASE("a certificate already renewed is not due") {
    auto book = dueBook();
    const CertificateBookIndex withRenewal(book);
    const auto items = tqm::cert::due(withRenewal, day("2026-04-10"), 30);
    CHECK(std::none_of(items.begin(), items.end(),
                       [](const DueItem& item) { return item.certificateId == 2; }));
    book.certificates.erase(book.certificates.begin() + 2);  // without #3, #2 is due
    const CertificateBookIndex withoutRenewal(book);
    const auto due = tqm::cert::due(withoutRenewal, day("2026-04-10"), 30);
    CHECK(std::count_if(due.begin(), due.end(), [](const DueItem& item) {
              return item.certificateId == 2 && item.dueOn == day("2026-04-20") &&
                     item.status == Status::RenewalOpen && item.daysLeft == 10;
          }) == 1);
}
