// The certificate desk: external certificates, renewals, revocations, reviews and assignments,
// each checked in the database.
#include <catch2/catch.hpp>

#include "cert/certificate_desk.h"
#include "lifecycle_fixture.h"
#include "store/audit_log.h"
#include "store/certificate_repository.h"
#include "store/position_repository.h"

using namespace tqm;
using lifecycletest::day;
using lifecycletest::LifecycleFixture;

namespace {

// CAQ-QM: 36 months, 复审 every 12 months, issued by 中国质量协会, earned by no exam here.
cert::CertificateType caqType(store::Database& db) {
    cert::CertificateType type;
    type.code = "CAQ-QM";
    type.name = "注册质量经理";
    type.issuerKind = cert::IssuerKind::Caq;
    type.issuerName = "中国质量协会";
    type.validityMonths = 36;
    type.reviewMonths = 12;
    type.renewalWindowDays = 90;
    type.graceDays = 30;
    return store::CertificateTypeRepository(db).upsert(type).value->type;
}

cert::ExternalCertificate external(std::int64_t person, std::int64_t type) {
    cert::ExternalCertificate request;
    request.personId = person;
    request.certificateTypeId = type;
    request.number = "CAQ-QM-2025-0088";
    request.issuedOn = day("2025-03-02");
    return request;
}

}  // namespace

TEST_CASE("an external certificate takes its dates and issuer from the type when not given") {
    LifecycleFixture f;
    const cert::CertificateType type = caqType(f.db);
    cert::CertificateDesk desk(f.db);
    const auto issued = desk.issueExternal(external(f.zhang, type.id));
    REQUIRE(issued.ok());
    CHECK(issued.value->validFrom == day("2025-03-02"));
    CHECK(issued.value->validUntil == day("2028-03-01"));
    CHECK(issued.value->issuer == "中国质量协会");
    CHECK(issued.value->source == cert::CertificateSource::External);
    REQUIRE(issued.value->reviews.size() == 1);
    CHECK(issued.value->reviews[0].dueOn == day("2026-03-02"));
    CHECK(store::CertificateRepository(f.db).findByNumber("CAQ-QM-2025-0088") == *issued.value);
}

TEST_CASE(
    "an external certificate with a bad number or dates is refused and nothing is "
    "written") {
    LifecycleFixture f;
    const cert::CertificateType type = caqType(f.db);
    cert::CertificateDesk desk(f.db);
    SECTION("an empty number") {
        cert::ExternalCertificate request = external(f.zhang, type.id);
        request.number = " ";
        CHECK(desk.issueExternal(request).refusal->code == "empty-number");
    }
    SECTION("issued on a day still to come") {
        cert::ExternalCertificate request = external(f.zhang, type.id);
        request.issuedOn = day("2026-11-25");
        CHECK(*desk.issueExternal(request).refusal ==
              cert::ActionRefusal{"issued-in-future",
                                  "certificate CAQ-QM-2025-0088 cannot be issued on 2026-11-25, "
                                  "a day still to come."});
    }
    SECTION("valid until before valid from") {
        cert::ExternalCertificate request = external(f.zhang, type.id);
        request.validUntil = day("2025-03-01");
        CHECK(desk.issueExternal(request).refusal->code == "dates-out-of-order");
    }
    SECTION("a number already taken") {
        REQUIRE(desk.issueExternal(external(f.zhang, type.id)).ok());
        CHECK(desk.issueExternal(external(f.li, type.id)).refusal->code == "duplicate-number");
        CHECK(f.count("SELECT COUNT(*) FROM certificate") == 1);
        return;
    }
    CHECK(f.count("SELECT COUNT(*) FROM certificate") == 0);
}

TEST_CASE("a manual renewal runs from the day after the old expiry and links to the old one") {
    LifecycleFixture f;
    const cert::CertificateType type = caqType(f.db);
    cert::CertificateDesk desk(f.db);
    const std::int64_t oldId = desk.issueExternal(external(f.zhang, type.id)).value->id;
    const auto renewed = desk.renew(oldId, {"CAQ-QM-2026-0107", day("2026-11-20"), {}, {}, {}, {}});
    REQUIRE(renewed.ok());
    CHECK(renewed.value->renewsId == oldId);
    CHECK(renewed.value->personId == f.zhang);
    CHECK(renewed.value->validFrom == day("2028-03-02"));
    CHECK(renewed.value->validUntil == day("2031-03-01"));
    CHECK(renewed.value->issuer == "中国质量协会");

    const auto early =
        desk.renew(oldId, {"CAQ-QM-2026-0108", day("2026-11-20"), day("2025-03-02"), {}, {}, {}});
    CHECK(early.refusal->code == "renewal-not-later");
    CHECK(f.count("SELECT COUNT(*) FROM certificate") == 2);
}

TEST_CASE(
    "revoking writes the revocation and exactly one audit row; a second revocation "
    "writes nothing") {
    LifecycleFixture f;
    const cert::CertificateType type = caqType(f.db);
    cert::CertificateDesk desk(f.db);
    const std::int64_t id = desk.issueExternal(external(f.zhang, type.id)).value->id;
    const auto revoked = desk.revoke(id, day("2026-11-20"), "违规操作");
    REQUIRE(revoked.ok());
    CHECK(revoked.value->revokedOn == day("2026-11-20"));
    CHECK(revoked.value->revokedReason == "违规操作");
    const std::vector<store::AuditEntry> log = store::AuditLog(f.db).list();
    REQUIRE(log.size() == 1);
    CHECK(log[0].action == "revoke-certificate");
    CHECK(log[0].subject == "CAQ-QM-2025-0088");
    CHECK(log[0].detail == "2026-11-20: 违规操作");

    CHECK(desk.revoke(id, day("2026-11-21"), "again").refusal->code == "already-revoked");
    CHECK(desk.revoke(id, day("2026-11-21"), "").refusal->code == "already-revoked");
    CHECK(store::AuditLog(f.db).list().size() == 1);
}

TEST_CASE("a review is recorded on the pending one, or on the one due that day when none is") {
    LifecycleFixture f;
    const cert::CertificateType type = caqType(f.db);
    cert::CertificateDesk desk(f.db);
    const std::int64_t id = desk.issueExternal(external(f.zhang, type.id)).value->id;
    const auto first = desk.recordReview(
        id, {day("2026-02-20"), cert::ReviewResult::Passed, day("2029-03-01"), "复审合格"});
    REQUIRE(first.ok());
    CHECK(first.value->dueOn == day("2026-03-02"));
    CHECK(first.value->doneOn == day("2026-02-20"));
    CHECK(first.value->validUntil == day("2029-03-01"));
    CHECK(first.value->note == "复审合格");

    // Nothing pending now: the next review is due 12 months after the passed one.
    const auto second =
        desk.recordReview(id, {day("2026-11-20"), cert::ReviewResult::Failed, {}, {}});
    REQUIRE(second.ok());
    CHECK(second.value->dueOn == day("2027-02-20"));
    CHECK(second.value->result == cert::ReviewResult::Failed);
    CHECK(f.count("SELECT COUNT(*) FROM certificate_review") == 2);

    CHECK(desk.recordReview(id, {day("2026-11-25"), cert::ReviewResult::Passed, {}, {}})
              .refusal->code == "done-in-future");
}

TEST_CASE(
    "assigning to a key position without the mandatory certificate warns first and saves "
    "only when acknowledged") {
    LifecycleFixture f;
    const cert::CertificateType type = caqType(f.db);
    const cert::Position position =
        *store::PositionRepository(f.db).upsert({0, "质量经理", true, ""}).value;
    REQUIRE_FALSE(store::CertificateTypeRepository(f.db).setRequirement(
        {position.id, type.id, cert::RequirementLevel::Mandatory, 0}));
    cert::CertificateDesk desk(f.db);
    const cert::AssignmentRequest request{f.li, position.id, day("2026-12-01"), {}};

    const cert::AssignOutcome warned = desk.assign(request, false);
    REQUIRE(warned.warnings.size() == 1);
    CHECK(warned.warnings[0].certificateTypeId == type.id);
    CHECK(warned.warnings[0].status == cert::Status::Missing);
    CHECK(warned.warnings[0].requiredFrom == day("2026-12-01"));
    CHECK_FALSE(warned.saved);
    CHECK(
        *warned.refusal ==
        cert::ActionRefusal{"unacknowledged-warnings",
                            "E002 李四 does not meet 1 mandatory requirement of key position "
                            "质量经理; the assignment was not saved. Confirm to save it anyway."});
    CHECK(f.count("SELECT COUNT(*) FROM position_assignment") == 0);

    const cert::AssignOutcome saved = desk.assign(request, true);
    CHECK(saved.warnings.size() == 1);
    REQUIRE(saved.saved);
    CHECK(saved.saved->from == day("2026-12-01"));
    CHECK_FALSE(saved.refusal);
    CHECK(f.count("SELECT COUNT(*) FROM position_assignment") == 1);

    CHECK_FALSE(desk.endAssignment(saved.saved->id, day("2026-12-31")));
    CHECK(store::PositionRepository(f.db).assignmentsOf(f.li).at(0).to == day("2026-12-31"));
    CHECK(desk.endAssignment(saved.saved->id, day("2027-01-31"))->code == "assignment-ended");
}

TEST_CASE("assigning someone who holds a valid certificate saves without warnings") {
    LifecycleFixture f;
    const cert::CertificateType type = caqType(f.db);
    const cert::Position position =
        *store::PositionRepository(f.db).upsert({0, "质量经理", true, ""}).value;
    REQUIRE_FALSE(store::CertificateTypeRepository(f.db).setRequirement(
        {position.id, type.id, cert::RequirementLevel::Mandatory, 0}));
    cert::CertificateDesk desk(f.db);
    REQUIRE(desk.issueExternal(external(f.zhang, type.id)).ok());
    const cert::AssignOutcome outcome =
        desk.assign({f.zhang, position.id, day("2025-06-01"), {}}, false);
    CHECK(outcome.warnings.empty());
    CHECK(outcome.saved);
    CHECK(f.count("SELECT COUNT(*) FROM position_assignment") == 1);
}

TEST_CASE("a certificate renewed once is refused a second renewal, which saves nothing") {
    LifecycleFixture f;
    const cert::CertificateType type = caqType(f.db);
    cert::CertificateDesk desk(f.db);
    const std::int64_t oldId = desk.issueExternal(external(f.zhang, type.id)).value->id;
    REQUIRE(desk.renew(oldId, {"CAQ-QM-2026-0107", day("2026-11-20"), {}, {}, {}, {}}).ok());
    const auto again = desk.renew(oldId, {"CAQ-QM-2026-0109", day("2026-11-20"), {}, {}, {}, {}});
    REQUIRE_FALSE(again.ok());
    CHECK(*again.refusal ==
          cert::ActionRefusal{"already-renewed",
                              "Certificate CAQ-QM-2025-0088 was already renewed by "
                              "CAQ-QM-2026-0107."});
    CHECK(f.count("SELECT COUNT(*) FROM certificate") == 2);
}

TEST_CASE("a revoked certificate is refused a review, which saves nothing") {
    LifecycleFixture f;
    const cert::CertificateType type = caqType(f.db);
    cert::CertificateDesk desk(f.db);
    const std::int64_t id = desk.issueExternal(external(f.zhang, type.id)).value->id;
    REQUIRE(desk.revoke(id, day("2026-02-01"), "违规操作").ok());
    const auto review =
        desk.recordReview(id, {day("2026-02-20"), cert::ReviewResult::Passed, {}, {}});
    REQUIRE_FALSE(review.ok());
    CHECK(review.refusal->code == "review-revoked");
    CHECK(f.count("SELECT COUNT(*) FROM certificate_review WHERE done_on IS NOT NULL") == 0);
}
