// The status of one certificate as of a day: every status and each of its boundary days.
#include <catch2/catch.hpp>

#include "cert/certificate_status.h"
#include "cert_book_builder.h"

using cert_test::certificate;
using cert_test::certificateType;
using cert_test::day;
using cert_test::review;
using tqm::cert::certificateStatus;
using tqm::cert::Ending;
using tqm::cert::ReviewResult;
using tqm::cert::Status;

namespace {

// 24 months, no review, renewal opens 30 days before the end, 15 grace days.
const auto kTwoYears = certificateType(1, "QC", 24, std::nullopt, 30, 15);
// 36 months, a review every 12 months, 30 days' renewal window, 30 grace days.
const auto kReviewed = certificateType(2, "SAFE", 36, 12, 30, 30);

Status statusOn(const tqm::cert::Certificate& held, const tqm::cert::CertificateType& type,
                std::string_view text) {
    return certificateStatus(held, type, day(text)).status;
}

}  // namespace

TEST_CASE("a certificate is not yet valid before valid-from and valid from that day") {
    const auto held = certificate(1, 1, 1, "2026-01-01", "2027-12-31");
    CHECK(statusOn(held, kTwoYears, "2025-12-31") == Status::NotYetValid);
    CHECK(statusOn(held, kTwoYears, "2026-01-01") == Status::Valid);
    CHECK(statusOn(held, kTwoYears, "2027-12-01") == Status::Valid);
}

TEST_CASE("renewal opens the given number of days before expiry, the last valid day included") {
    const auto held = certificate(1, 1, 1, "2026-01-01", "2027-12-31");
    const auto status = certificateStatus(held, kTwoYears, day("2027-12-02"));
    CHECK(status.status == Status::RenewalOpen);
    CHECK(status.renewalOpensOn == day("2027-12-02"));
    CHECK(status.validUntil == day("2027-12-31"));
    CHECK(status.graceEndsOn == day("2028-01-15"));
    CHECK(status.ending == Ending::Expiry);
    CHECK(statusOn(held, kTwoYears, "2027-12-01") == Status::Valid);
    CHECK(statusOn(held, kTwoYears, "2027-12-31") == Status::RenewalOpen);
}

TEST_CASE("after the last valid day a certificate is in grace for the grace days, then expired") {
    const auto held = certificate(1, 1, 1, "2026-01-01", "2027-12-31");
    CHECK(statusOn(held, kTwoYears, "2028-01-01") == Status::InGrace);
    CHECK(statusOn(held, kTwoYears, "2028-01-15") == Status::InGrace);
    CHECK(statusOn(held, kTwoYears, "2028-01-16") == Status::Expired);
}

TEST_CASE("a type without grace days expires the day after the last valid day") {
    const auto type = certificateType(3, "GOV", 12, std::nullopt, 0, 0);
    const auto held = certificate(1, 1, 3, "2026-05-01", "2027-04-30");
    CHECK(statusOn(held, type, "2027-04-30") == Status::Valid);
    CHECK(statusOn(held, type, "2027-05-01") == Status::Expired);
    CHECK_FALSE(certificateStatus(held, type, day("2027-05-01")).graceEndsOn);
    CHECK_FALSE(certificateStatus(held, type, day("2027-05-01")).renewalOpensOn);
}

TEST_CASE("leap days count in the renewal window and in grace") {
    const auto type = certificateType(4, "LEAP", 24, std::nullopt, 30, 1);
    const auto leap = certificate(1, 1, 4, "2026-03-16", "2028-03-15");
    CHECK(certificateStatus(leap, type, day("2028-02-15")).renewalOpensOn == day("2028-02-15"));
    CHECK(statusOn(leap, type, "2028-02-14") == Status::Valid);
    CHECK(statusOn(leap, type, "2028-02-15") == Status::RenewalOpen);
    const auto common = certificate(2, 1, 4, "2025-03-16", "2027-03-15");
    CHECK(certificateStatus(common, type, day("2027-02-14")).renewalOpensOn == day("2027-02-14"));

    const auto endsOnLeapDay = certificate(3, 1, 4, "2026-03-01", "2028-02-29");
    CHECK(statusOn(endsOnLeapDay, type, "2028-02-29") == Status::RenewalOpen);
    CHECK(statusOn(endsOnLeapDay, type, "2028-03-01") == Status::InGrace);
    CHECK(statusOn(endsOnLeapDay, type, "2028-03-02") == Status::Expired);
}

TEST_CASE("a certificate without an end stays valid") {
    const auto type = certificateType(5, "LIFE", std::nullopt, std::nullopt, 30, 30);
    const auto held = certificate(1, 1, 5, "2020-01-01", std::nullopt);
    const auto status = certificateStatus(held, type, day("2099-12-31"));
    CHECK(status.status == Status::Valid);
    CHECK(status.ending == Ending::None);
    CHECK_FALSE(status.validUntil);
    CHECK_FALSE(status.renewalOpensOn);
    CHECK_FALSE(status.graceEndsOn);
}

TEST_CASE("a revoked certificate is revoked from the day of revocation, even in its validity") {
    auto held = certificate(1, 1, 1, "2026-01-01", "2027-12-31");
    held.revokedOn = day("2026-06-01");
    held.revokedReason = "违规操作";
    CHECK(statusOn(held, kTwoYears, "2026-05-31") == Status::Valid);
    const auto status = certificateStatus(held, kTwoYears, day("2026-06-01"));
    CHECK(status.status == Status::Revoked);
    CHECK(status.ending == Ending::Revocation);
    CHECK(status.revokedOn == day("2026-06-01"));
    CHECK(statusOn(held, kTwoYears, "2029-01-01") == Status::Revoked);
}

TEST_CASE("a review is due from the interval after valid-from and lasts the grace days") {
    const auto held = certificate(1, 1, 2, "2026-03-01", "2029-02-28");
    const auto before = certificateStatus(held, kReviewed, day("2027-02-28"));
    CHECK(before.status == Status::Valid);
    CHECK(before.nextReviewDue == day("2027-03-01"));
    CHECK(before.reviewDeadline == day("2027-03-31"));
    CHECK(statusOn(held, kReviewed, "2027-03-01") == Status::ReviewDue);
    CHECK(statusOn(held, kReviewed, "2027-03-31") == Status::ReviewDue);
}

TEST_CASE("a review not passed by the end of its grace days ends validity") {
    const auto held = certificate(1, 1, 2, "2026-03-01", "2029-02-28");
    const auto status = certificateStatus(held, kReviewed, day("2027-04-01"));
    CHECK(status.status == Status::Expired);
    CHECK(status.ending == Ending::ReviewMissed);
    CHECK(status.validUntil == day("2027-03-31"));
    CHECK(status.nextReviewDue == day("2027-03-01"));
    CHECK_FALSE(status.reviewDeadline);
    CHECK_FALSE(status.graceEndsOn);
}

TEST_CASE("a passed review restarts the review interval from the day it was done") {
    auto held = certificate(1, 1, 2, "2026-03-01", "2029-02-28");
    held.reviews.push_back(review("2027-03-01", "2027-03-10", ReviewResult::Passed));
    CHECK(statusOn(held, kReviewed, "2027-03-09") == Status::ReviewDue);
    const auto status = certificateStatus(held, kReviewed, day("2027-03-10"));
    CHECK(status.status == Status::Valid);
    CHECK(status.nextReviewDue == day("2028-03-10"));
    CHECK(status.validUntil == day("2029-02-28"));
}

TEST_CASE("a review passed after its grace days does not revive the certificate") {
    auto held = certificate(1, 1, 2, "2026-03-01", "2029-02-28");
    held.reviews.push_back(review("2027-03-01", "2027-04-05", ReviewResult::Passed));
    const auto status = certificateStatus(held, kReviewed, day("2027-06-01"));
    CHECK(status.status == Status::Expired);
    CHECK(status.ending == Ending::ReviewMissed);
    CHECK(status.validUntil == day("2027-03-31"));
}

TEST_CASE("a failed review ends validity on the day it was done, without grace") {
    auto held = certificate(1, 1, 2, "2026-03-01", "2029-02-28");
    held.reviews.push_back(review("2027-03-01", "2027-03-05", ReviewResult::Failed));
    CHECK(statusOn(held, kReviewed, "2027-03-04") == Status::ReviewDue);
    const auto status = certificateStatus(held, kReviewed, day("2027-03-05"));
    CHECK(status.status == Status::Expired);
    CHECK(status.ending == Ending::ReviewFailed);
    CHECK(status.validUntil == day("2027-03-04"));
    CHECK_FALSE(status.graceEndsOn);
}

TEST_CASE("a passed review with a new end moves the last valid day from the day it was done") {
    auto held = certificate(1, 1, 1, "2026-01-01", "2027-12-31");
    held.reviews.push_back(review("2027-06-01", "2027-06-01", ReviewResult::Passed, "2029-12-31"));
    CHECK(certificateStatus(held, kTwoYears, day("2027-05-31")).validUntil == day("2027-12-31"));
    const auto status = certificateStatus(held, kTwoYears, day("2028-06-01"));
    CHECK(status.status == Status::Valid);
    CHECK(status.validUntil == day("2029-12-31"));
    CHECK(status.renewalOpensOn == day("2029-12-02"));
}

TEST_CASE("a recorded review date is due even when the type has no review interval") {
    auto held = certificate(1, 1, 1, "2026-01-01", "2027-12-31");
    held.reviews.push_back(review("2026-09-01", std::nullopt, std::nullopt));
    CHECK(certificateStatus(held, kTwoYears, day("2026-08-31")).nextReviewDue == day("2026-09-01"));
    CHECK(statusOn(held, kTwoYears, "2026-08-31") == Status::Valid);
    CHECK(statusOn(held, kTwoYears, "2026-09-01") == Status::ReviewDue);
    CHECK(statusOn(held, kTwoYears, "2026-09-16") == Status::ReviewDue);
    CHECK(statusOn(held, kTwoYears, "2026-09-17") == Status::Expired);
}

TEST_CASE("a review due after the last valid day is not due: the certificate ends first") {
    const auto type = certificateType(6, "SHORT", 12, 12, 30, 10);
    const auto held = certificate(1, 1, 6, "2026-01-01", "2026-12-31");
    const auto status = certificateStatus(held, type, day("2026-12-31"));
    CHECK(status.status == Status::RenewalOpen);
    CHECK_FALSE(status.nextReviewDue);
}

TEST_CASE("as of an earlier day, a review done later is still pending") {
    auto held = certificate(1, 1, 2, "2026-03-01", "2029-02-28");
    held.reviews.push_back(review("2027-03-01", "2027-03-20", ReviewResult::Failed));
    CHECK(statusOn(held, kReviewed, "2027-03-19") == Status::ReviewDue);
    CHECK(statusOn(held, kReviewed, "2027-03-20") == Status::Expired);
}
