// The whole certificate book, as the status rules read it, loaded in one pass.
#include <catch2/catch.hpp>

#include "cert_store_fixture.h"
#include "store/certificate_repository.h"
#include "store/certificate_type_repository.h"
#include "store/position_repository.h"

using tqm::cert::Assignment;
using tqm::cert::Certificate;
using tqm::cert::CertificateBook;
using tqm::cert::PersonSummary;
using tqm::cert::Position;
using tqm::cert::Requirement;
using tqm::cert::RequirementLevel;
using tqm::cert::ReviewEvent;
using tqm::cert::ReviewResult;
using tqm::storetest::CertStore;
using tqm::storetest::day;

TEST_CASE("an empty database has an empty book") {
    CertStore s;
    const CertificateBook book = tqm::store::CertificateRepository(s.db).loadBook();
    CHECK(book.people.empty());
    CHECK(book.positions.empty());
    CHECK(book.assignments.empty());
    CHECK(book.types.empty());
    CHECK(book.requirements.empty());
    CHECK(book.certificates.empty());
}

TEST_CASE(
    "the book holds every person, position, assignment, type, requirement, certificate "
    "and review, each in id order, reviews with their certificates") {
    CertStore s;
    const auto zhang = s.person("E002", {"质检员"});
    const auto li = s.person("E001");
    tqm::store::PositionRepository positions(s.db);
    const auto inspector = positions.upsert({0, "质检员", true, "出厂检验"}).value->id;
    positions.addAssignment(li, inspector, day("2025-01-01"), day("2025-12-31"));
    tqm::store::CertificateTypeRepository types(s.db);
    tqm::cert::CertificateType qc;
    qc.code = "QC";
    qc.name = "质量检验员";
    qc.validityMonths = 24;
    qc.id = types.upsert(qc).value->type.id;
    types.setRequirement({inspector, qc.id, RequirementLevel::Mandatory, 30});
    tqm::store::CertificateRepository certificates(s.db);
    Certificate first;
    first.number = "QC-0001";
    first.personId = li;
    first.certificateTypeId = qc.id;
    first.issuedOn = first.validFrom = day("2025-02-01");
    first.validUntil = day("2027-01-31");
    Certificate second = first;
    second.number = "QC-0002";
    second.personId = zhang;
    second.reviews = {
        ReviewEvent{0, 0, day("2026-02-01"), day("2026-01-20"), ReviewResult::Passed, {}, ""}};
    const auto one = *certificates.insert(first).value;
    const auto two = *certificates.insert(second).value;
    const auto review = certificates.addReview(one.id, day("2026-02-01")).value;
    const auto earlier = certificates.addReview(one.id, day("2025-08-01")).value;
    certificates.revoke(one.id, day("2026-03-01"), "离岗");

    const CertificateBook book = certificates.loadBook();
    CHECK(book.people == std::vector<PersonSummary>{{zhang, "E002", "员工E002", "一车间", "质检科"},
                                                    {li, "E001", "员工E001", "一车间", "质检科"}});
    CHECK(book.positions == std::vector<Position>{{inspector, "质检员", true, "出厂检验"}});
    CHECK(book.assignments ==
          std::vector<Assignment>{{1, zhang, inspector, day("2026-11-24"), {}},
                                  {2, li, inspector, day("2025-01-01"), day("2025-12-31")}});
    CHECK(book.types == std::vector<tqm::cert::CertificateType>{qc});
    CHECK(book.requirements ==
          std::vector<Requirement>{{inspector, qc.id, RequirementLevel::Mandatory, 30}});
    REQUIRE(book.certificates.size() == 2);
    Certificate revoked = one;
    revoked.revokedOn = day("2026-03-01");
    revoked.revokedReason = "离岗";
    revoked.reviews = {*earlier, *review};  // by due date, whatever order they were added in
    CHECK(book.certificates[0] == revoked);
    CHECK(book.certificates[1] == two);
}
