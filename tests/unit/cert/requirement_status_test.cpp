// Person × requirement statuses as of a day, and "was P qualified for X on D?".
#include <catch2/catch.hpp>

#include "cert/requirement_status.h"
#include "plant_book.h"

using cert_test::day;
using cert_test::plantBook;
using tqm::cert::CertificateBookIndex;
using tqm::cert::isQualified;
using tqm::cert::RequirementLevel;
using tqm::cert::RequirementStatusRow;
using tqm::cert::Status;
using tqm::cert::statusesAsOf;

namespace {

struct Brief {
    std::int64_t person, position, type;
    RequirementLevel level;
    Status status;
    std::optional<std::int64_t> certificate;
    bool operator==(const Brief&) const = default;
};

std::vector<Brief> brief(const std::vector<RequirementStatusRow>& rows) {
    std::vector<Brief> out;
    for (const auto& row : rows)
        out.push_back({row.personId, row.positionId, row.certificateTypeId, row.level, row.status,
                       row.certificateId});
    return out;
}

constexpr auto M = RequirementLevel::Mandatory;
constexpr auto R = RequirementLevel::Recommended;

}  // namespace

TEST_CASE("every person × requirement is listed by 工号, position name and type code") {
    const auto book = plantBook();
    const auto rows = statusesAsOf(book, day("2026-03-15"));
    CHECK(brief(rows) == std::vector<Brief>{
                             {2, 10, 100, M, Status::Missing, std::nullopt},
                             {2, 10, 101, R, Status::Missing, std::nullopt},
                             {1, 11, 101, M, Status::Valid, 3},
                             {1, 10, 100, M, Status::Valid, 1},
                             {1, 10, 101, R, Status::Valid, 3},
                             {3, 10, 100, M, Status::Valid, 4},
                             {3, 10, 101, R, Status::Missing, std::nullopt},
                         });
    CHECK(rows[0].assignedFrom == day("2026-01-01"));
    CHECK(rows[0].requiredFrom == day("2026-01-31"));
    CHECK(rows[2].certificate.nextReviewDue == day("2027-01-01"));
    CHECK(rows[3].certificate.validUntil == day("2026-05-31"));
}

TEST_CASE("a requirement is not yet required during the days allowed after assignment") {
    auto book = plantBook();
    book.certificates.clear();
    const auto on = [&](std::string_view text) { return statusesAsOf(book, day(text))[0].status; };
    CHECK(on("2026-01-01") == Status::NotYetRequired);
    CHECK(on("2026-01-30") == Status::NotYetRequired);
    CHECK(on("2026-01-31") == Status::Missing);
}

TEST_CASE("a certificate that starts later is not yet required while the days allowed run") {
    const auto book = plantBook();
    const CertificateBookIndex index(book);
    const auto rows = tqm::cert::personStatusesAsOf(index, 3, day("2026-03-05"));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].status == Status::NotYetRequired);
    CHECK(rows[0].certificateId == 4);
    CHECK(rows[0].certificate.status == Status::NotYetValid);
    CHECK(rows[0].requiredFrom == day("2026-03-31"));
}

TEST_CASE("assignments that follow each other without a gap count as one time in the position") {
    auto book = plantBook();
    const CertificateBookIndex index(book);
    CHECK(tqm::cert::assignedSince(index, 1, 10, day("2026-03-15")) == day("2025-01-01"));
    CHECK(tqm::cert::assignedSince(index, 1, 10, day("2025-06-01")) == day("2025-01-01"));
    CHECK_FALSE(tqm::cert::assignedSince(index, 1, 12, day("2026-03-15")));

    book.assignments[1].to = day("2025-12-30");  // one day off: a new time in the position
    const CertificateBookIndex withGap(book);
    CHECK(tqm::cert::assignedSince(withGap, 1, 10, day("2026-03-15")) == day("2026-01-01"));
}

TEST_CASE("the best certificate of a type is the one with the best status") {
    const auto book = plantBook();
    const CertificateBookIndex index(book);
    const auto renewalOpen = tqm::cert::bestCertificate(index, 1, 100, day("2026-05-15"));
    REQUIRE(renewalOpen);
    CHECK(renewalOpen->certificate->id == 1);
    CHECK(renewalOpen->status.status == Status::RenewalOpen);
    const auto renewed = tqm::cert::bestCertificate(index, 1, 100, day("2026-06-01"));
    REQUIRE(renewed);
    CHECK(renewed->certificate->id == 2);
    CHECK(renewed->status.status == Status::Valid);
    CHECK_FALSE(tqm::cert::bestCertificate(index, 2, 100, day("2026-06-01")));
}

TEST_CASE("a person is qualified when every mandatory requirement has a qualifying certificate") {
    auto book = plantBook();
    CHECK(isQualified(book, 1, 10, day("2026-03-15")));
    CHECK_FALSE(isQualified(book, 2, 10, day("2026-03-15")));
    SECTION("a recommended requirement does not count") {
        CHECK(isQualified(book, 3, 10, day("2026-03-15")));
    }
    SECTION("not yet required is not qualified") {
        CHECK_FALSE(isQualified(book, 3, 10, day("2026-03-05")));
    }
    SECTION("in grace still counts, expired does not") {
        book.certificates.erase(book.certificates.begin() + 1);  // no renewal of #1
        CHECK(isQualified(book, 1, 10, day("2026-06-15")));
        CHECK_FALSE(isQualified(book, 1, 10, day("2026-06-16")));
    }
    SECTION("qualification is about certificates, whether or not the person is assigned") {
        CHECK(isQualified(book, 1, 12, day("2026-03-15")));
    }
    SECTION("a position without mandatory requirements asks nothing") {
        book.positions.push_back(cert_test::position(13, "仓管员", false));
        CHECK(isQualified(book, 2, 13, day("2026-03-15")));
    }
}
