// Certificate types by code and the requirements positions make of them.
#include <catch2/catch.hpp>

#include "cert_store_fixture.h"
#include "store/certificate_type_repository.h"
#include "store/position_repository.h"

using tqm::cert::CertificateType;
using tqm::cert::IssuerKind;
using tqm::cert::Requirement;
using tqm::cert::RequirementLevel;
using tqm::store::CertificateTypeRepository;
using tqm::store::Refusal;
using tqm::store::RefusalCode;
using tqm::store::UpsertOutcome;
using tqm::storetest::CertStore;

namespace {

CertificateType qcType() {
    CertificateType type;
    type.code = "QC-INTERNAL";
    type.name = "质量管理小组活动推进者";
    type.issuerKind = IssuerKind::Caq;
    type.issuerName = "中国质量协会";
    type.validityMonths = 36;
    type.reviewMonths = 12;
    type.renewalWindowDays = 90;
    type.graceDays = 30;
    type.numberPattern = "QC-{yyyy}-{seq:6}";
    return type;
}

}  // namespace

TEST_CASE("a certificate type is stored by code with every field, and read back the same") {
    CertStore s;
    CertificateTypeRepository types(s.db);
    const auto written = types.upsert(qcType());
    REQUIRE(written.ok());
    CHECK(written.value->outcome == UpsertOutcome::Added);
    CertificateType expected = qcType();
    expected.id = written.value->type.id;
    CHECK(written.value->type == expected);
    CHECK(types.findByCode("QC-INTERNAL") == expected);
    CHECK_FALSE(types.findByCode("qc-internal").has_value());
    CHECK(s.rows("SELECT code, issuer_kind, validity_months, review_months, renewal_window_days, "
                 "grace_days, exam_id, created_at, updated_at FROM certificate_type") ==
          "QC-INTERNAL|caq|36|12|90|30|NULL|1795516200000|1795516200000");
}

TEST_CASE("a type written again updates in place, and only a real change moves updated_at") {
    CertStore s;
    CertificateTypeRepository types(s.db);
    const auto id = types.upsert(qcType()).value->type.id;
    s.clock.advance(std::chrono::minutes(1));
    CHECK(types.upsert(qcType()).value->outcome == UpsertOutcome::Unchanged);
    CertificateType changed = qcType();
    changed.validityMonths.reset();
    changed.issuerKind = IssuerKind::Government;
    const auto updated = types.upsert(changed);
    CHECK(updated.value->outcome == UpsertOutcome::Updated);
    CHECK(updated.value->type.id == id);
    CHECK(s.rows("SELECT id, issuer_kind, validity_months, created_at, updated_at FROM "
                 "certificate_type") ==
          std::to_string(id) + "|government|NULL|1795516200000|1795516260000");
}

TEST_CASE(
    "a type is refused for empty names, intervals under a month, negative days and an "
    "unknown exam") {
    CertStore s;
    CertificateTypeRepository types(s.db);
    CertificateType type = qcType();
    type.validityMonths = 0;
    CHECK(types.upsert(type).refusal ==
          Refusal{RefusalCode::InvalidField,
                  "certificate type 'QC-INTERNAL': the validity must be at least one month, or "
                  "none"});
    type = qcType();
    type.graceDays = -1;
    CHECK(types.upsert(type).refusal ==
          Refusal{RefusalCode::InvalidField,
                  "certificate type 'QC-INTERNAL': the grace days cannot be negative"});
    type = qcType();
    type.code.clear();
    CHECK(types.upsert(type).refusal ==
          Refusal{RefusalCode::InvalidField, "a certificate type needs a code"});
    type = qcType();
    type.examId = 5;
    CHECK(types.upsert(type).refusal ==
          Refusal{RefusalCode::UnknownExam,
                  "certificate type 'QC-INTERNAL' names exam 5, which does not exist"});
    CHECK(s.count("certificate_type") == 0);
}

TEST_CASE("types are listed by code") {
    CertStore s;
    CertificateTypeRepository types(s.db);
    CertificateType b = qcType();
    b.code = "B";
    CertificateType a = qcType();
    a.code = "A";
    types.upsert(b);
    types.upsert(a);
    const auto listed = types.list();
    REQUIRE(listed.size() == 2);
    CHECK((listed[0].code == "A" && listed[1].code == "B"));
}

TEST_CASE("a requirement is set, replaced, listed and removed") {
    CertStore s;
    CertificateTypeRepository types(s.db);
    tqm::store::PositionRepository positions(s.db);
    const auto inspector = positions.upsert({0, "质检员", true, ""}).value->id;
    const auto lead = positions.upsert({0, "班组长", false, ""}).value->id;
    const auto type = types.upsert(qcType()).value->type.id;
    CHECK(types.setRequirement({lead, type, RequirementLevel::Recommended, 0}) == std::nullopt);
    CHECK(types.setRequirement({inspector, type, RequirementLevel::Mandatory, 30}) == std::nullopt);
    CHECK(types.setRequirement({inspector, type, RequirementLevel::Mandatory, 60}) == std::nullopt);
    CHECK(types.requirements() ==
          std::vector<Requirement>{{inspector, type, RequirementLevel::Mandatory, 60},
                                   {lead, type, RequirementLevel::Recommended, 0}});
    CHECK(s.rows("SELECT position_id, level, days_allowed FROM certificate_requirement ORDER BY "
                 "1") ==
          std::to_string(inspector) + "|mandatory|60;" + std::to_string(lead) + "|recommended|0");
    CHECK(types.removeRequirement(lead, type));
    CHECK_FALSE(types.removeRequirement(lead, type));
    CHECK(s.count("certificate_requirement") == 1);
}

TEST_CASE("a requirement is refused for an unknown position or type and negative days") {
    CertStore s;
    CertificateTypeRepository types(s.db);
    const auto inspector =
        tqm::store::PositionRepository(s.db).upsert({0, "质检员", true, ""}).value->id;
    const auto type = types.upsert(qcType()).value->type.id;
    CHECK(types.setRequirement({9, type, RequirementLevel::Mandatory, 0}) ==
          Refusal{RefusalCode::UnknownPosition, "there is no position with id 9"});
    CHECK(types.setRequirement({inspector, 8, RequirementLevel::Mandatory, 0}) ==
          Refusal{RefusalCode::UnknownType, "there is no certificate type with id 8"});
    CHECK(types.setRequirement({inspector, type, RequirementLevel::Mandatory, -1}) ==
          Refusal{RefusalCode::InvalidField,
                  "the days allowed to obtain a certificate cannot be negative"});
    CHECK(s.count("certificate_requirement") == 0);
}
