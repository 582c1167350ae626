// Certificates: inserted whole with their reviews, numbered atomically from a counter, found,
// listed, revoked once; and the refusals with the messages a person reads.
#include <catch2/catch.hpp>

#include <cstdio>

#include "cert_store_fixture.h"
#include "store/certificate_repository.h"
#include "store/certificate_type_repository.h"
#include "store/write_scope.h"

using tqm::cert::Certificate;
using tqm::cert::CertificateSource;
using tqm::cert::ReviewEvent;
using tqm::cert::ReviewResult;
using tqm::store::CertificateRepository;
using tqm::store::Refusal;
using tqm::store::RefusalCode;
using tqm::storetest::CertStore;
using tqm::storetest::day;

namespace {

struct Fixture : CertStore {
    CertificateRepository certificates{db};
    std::int64_t personId = person("E001");
    std::int64_t typeId = [this] {
        tqm::cert::CertificateType type;
        type.code = "QC";
        type.name = "质量检验员";
        type.validityMonths = 36;
        return tqm::store::CertificateTypeRepository(db).upsert(type).value->type.id;
    }();

    Certificate certificate(const std::string& number) const {
        Certificate c;
        c.number = number;
        c.personId = personId;
        c.certificateTypeId = typeId;
        c.issuedOn = day("2026-01-10");
        c.validFrom = day("2026-01-10");
        c.validUntil = day("2029-01-09");
        c.issuer = "中国质量协会";
        c.source = CertificateSource::External;
        return c;
    }
};

std::string tqmNumber(std::int64_t sequence) {
    char text[32];
    std::snprintf(text, sizeof text, "TQM-2026-%06lld", static_cast<long long>(sequence));
    return text;
}

}  // namespace

TEST_CASE("a certificate is written with its reviews and read back the same") {
    Fixture f;
    Certificate c = f.certificate("CAQ-0001");
    c.evidenceFile = "scans/caq-0001.pdf";
    c.verificationCode = "code";
    c.reviews = {ReviewEvent{0, 0, day("2028-01-10"), {}, {}, {}, "第二次复审"},
                 ReviewEvent{0, 0, day("2027-01-10"), day("2027-01-05"), ReviewResult::Passed,
                             day("2030-01-09"), "第一次复审"}};
    const auto written = f.certificates.insert(c);
    REQUIRE(written.ok());
    const Certificate& stored = *written.value;
    CHECK(stored.id == 1);
    REQUIRE(stored.reviews.size() == 2);
    CHECK(stored.reviews[0] == ReviewEvent{stored.reviews[0].id, 1, day("2027-01-10"),
                                           day("2027-01-05"), ReviewResult::Passed,
                                           day("2030-01-09"), "第一次复审"});
    CHECK(f.certificates.findByNumber("CAQ-0001") == stored);
    CHECK(f.certificates.find(1) == stored);
    CHECK(f.rows("SELECT number, issued_on, valid_from, valid_until, source, attempt_id, "
                 "revoked_on, revoked_reason, created_at FROM certificate") ==
          "CAQ-0001|2026-01-10|2026-01-10|2029-01-09|external|NULL|NULL|NULL|1795516200000");
    CHECK(f.rows("SELECT certificate_id, due_on, done_on, result, valid_until FROM "
                 "certificate_review ORDER BY id") ==
          "1|2027-01-10|2027-01-05|passed|2030-01-09;1|2028-01-10|NULL|NULL|NULL");
}

TEST_CASE("a certificate number already taken is refused, naming the number") {
    Fixture f;
    REQUIRE(f.certificates.insert(f.certificate("TQM-2026-000001")).ok());
    CHECK(f.certificates.insert(f.certificate("TQM-2026-000001")).refusal ==
          Refusal{RefusalCode::DuplicateNumber,
                  "certificate number TQM-2026-000001 is already taken"});
    CHECK(f.count("certificate") == 1);
}

TEST_CASE(
    "a certificate is refused for an unknown person, reversed dates, an attempt already "
    "certified and a revocation without a reason") {
    Fixture f;
    Certificate c = f.certificate("C-1");
    c.personId = 99;
    CHECK(f.certificates.insert(c).refusal ==
          Refusal{RefusalCode::UnknownPerson, "certificate C-1: there is no person with id 99"});
    c = f.certificate("C-1");
    c.certificateTypeId = 98;
    CHECK(f.certificates.insert(c).refusal ==
          Refusal{RefusalCode::UnknownType,
                  "certificate C-1: there is no certificate type with id 98"});
    c = f.certificate("C-1");
    c.validUntil = day("2026-01-09");
    CHECK(f.certificates.insert(c).refusal ==
          Refusal{RefusalCode::DatesOutOfOrder,
                  "certificate C-1 cannot be valid until 2026-01-09, before it is valid from "
                  "2026-01-10"});
    c = f.certificate("C-1");
    c.revokedOn = day("2026-02-01");
    CHECK(f.certificates.insert(c).refusal ==
          Refusal{RefusalCode::InvalidField,
                  "certificate C-1: a revocation needs both its day and its reason"});
    f.db.sql().exec(
        "INSERT INTO exam (id, title, time_limit_ms, pass_mark, attempts_allowed, "
        "attempts_combine, show_answers, timer_policy, paper_mode, seed, created_at) VALUES (1, "
        "'认证考试', 1800000, 6000, 1, 'highest', 'after-submit', 'deadline-runs', 'same', 42, 0);"
        "INSERT INTO attempt (id, exam_id, person_id, attempt_no, seed, bank_id, bank_version, "
        "bank_sha256, started_at, time_limit_ms, deadline, heartbeat_at) VALUES (7, 1, 1, 1, 7, "
        "'b', '1', printf('%.64c', 'a'), 0, 1800000, 1800000, 0)");
    c = f.certificate("C-1");
    c.source = CertificateSource::Exam;
    c.attemptId = 7;
    REQUIRE(f.certificates.insert(c).ok());
    c.number = "C-2";
    CHECK(f.certificates.insert(c).refusal ==
          Refusal{RefusalCode::AttemptCertified, "attempt 7 already earned certificate C-1"});
    CHECK(f.count("certificate") == 1);
}

TEST_CASE("sequences count per prefix from 1, and numbered inserts use each number once") {
    Fixture f;
    CHECK(f.certificates.nextSequence("TQM-2026-") == 1);
    CHECK(f.certificates.nextSequence("TQM-2026-") == 2);
    CHECK(f.certificates.nextSequence("QC-2026-") == 1);
    const auto first = f.certificates.insertWithNumber(f.certificate(""), "TQM-2026-", tqmNumber);
    REQUIRE(first.ok());
    CHECK(first.value->number == "TQM-2026-000003");
    CHECK(f.rows("SELECT prefix, last_seq FROM certificate_number_counter ORDER BY prefix") ==
          "QC-2026-|1;TQM-2026-|3");
}

TEST_CASE("a numbered insert passes over numbers already taken by imported certificates") {
    Fixture f;
    REQUIRE(f.certificates.insert(f.certificate("TQM-2026-000001")).ok());
    REQUIRE(f.certificates.insert(f.certificate("TQM-2026-000002")).ok());
    const auto written = f.certificates.insertWithNumber(
        f.certificate(""), "TQM-2026-", tqmNumber,
        [](Certificate& c) { c.verificationCode = "signed:" + c.number; });
    REQUIRE(written.ok());
    CHECK(written.value->number == "TQM-2026-000003");
    CHECK(f.rows("SELECT verification_code FROM certificate WHERE id = 3") ==
          "signed:TQM-2026-000003");
    CHECK(f.rows("SELECT last_seq FROM certificate_number_counter") == "3");
}

TEST_CASE("a refused numbered insert gives its sequence number back") {
    Fixture f;
    Certificate c = f.certificate("");
    c.personId = 99;
    CHECK(f.certificates.insertWithNumber(c, "TQM-2026-", tqmNumber).refusal ==
          Refusal{RefusalCode::UnknownPerson,
                  "certificate TQM-2026-000001: there is no person with id 99"});
    CHECK(f.count("certificate_number_counter") == 0);
    CHECK(
        f.certificates.insertWithNumber(f.certificate(""), "TQM-2026-", tqmNumber).value->number ==
        "TQM-2026-000001");
}

TEST_CASE("a caller's scope takes the sequence and the insert together, or neither") {
    Fixture f;
    {
        tqm::store::WriteScope scope(f.db.sql(), "issue");
        Certificate c = f.certificate(tqmNumber(f.certificates.nextSequence("TQM-2026-")));
        REQUIRE(f.certificates.insert(c).ok());
        // not committed: the scope rolls both back
    }
    CHECK(f.count("certificate") == 0);
    CHECK(f.count("certificate_number_counter") == 0);
    tqm::store::WriteScope scope(f.db.sql(), "issue");
    const std::string number = tqmNumber(f.certificates.nextSequence("TQM-2026-"));
    REQUIRE(f.certificates.insert(f.certificate(number)).ok());
    scope.commit();
    CHECK(f.rows("SELECT number FROM certificate") == "TQM-2026-000001");
    CHECK(f.rows("SELECT prefix, last_seq FROM certificate_number_counter") == "TQM-2026-|1");
}

TEST_CASE("a person's certificates come by issue date, then id, each with its reviews") {
    Fixture f;
    const auto other = f.person("E002");
    Certificate later = f.certificate("B");
    later.issuedOn = day("2026-05-01");
    f.certificates.insert(later);
    f.certificates.insert(f.certificate("A"));
    Certificate theirs = f.certificate("C");
    theirs.personId = other;
    f.certificates.insert(theirs);
    f.certificates.addReview(1, day("2027-05-01"));
    const auto listed = f.certificates.listForPerson(f.personId);
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].number == "A");
    CHECK(listed[1].number == "B");
    CHECK(listed[1].reviews.size() == 1);
    CHECK(f.certificates.listForPerson(other).size() == 1);
    CHECK(f.certificates.listForPerson(12345).empty());
}

TEST_CASE("a certificate is revoked once, with its day and reason") {
    Fixture f;
    const auto id = f.certificates.insert(f.certificate("TQM-2026-000001")).value->id;
    CHECK(f.certificates.revoke(id, day("2026-06-01"), "") ==
          Refusal{RefusalCode::InvalidField,
                  "certificate TQM-2026-000001: a revocation needs a reason"});
    CHECK(f.certificates.revoke(id, day("2026-01-09"), "弄虚作假") ==
          Refusal{RefusalCode::DatesOutOfOrder,
                  "certificate TQM-2026-000001 cannot be revoked on 2026-01-09, before it was "
                  "issued on 2026-01-10"});
    CHECK(f.certificates.revoke(id, day("2026-06-01"), "弄虚作假") == std::nullopt);
    CHECK(f.certificates.revoke(id, day("2026-07-01"), "再次撤销") ==
          Refusal{RefusalCode::AlreadyRevoked,
                  "certificate TQM-2026-000001 was already revoked on 2026-06-01"});
    CHECK(f.certificates.revoke(55, day("2026-07-01"), "x") ==
          Refusal{RefusalCode::UnknownCertificate, "there is no certificate with id 55"});
    CHECK(f.rows("SELECT revoked_on, revoked_reason FROM certificate") == "2026-06-01|弄虚作假");
}

TEST_CASE("a review is added when due and its result recorded once") {
    Fixture f;
    const auto id = f.certificates.insert(f.certificate("TQM-2026-000001")).value->id;
    const auto added = f.certificates.addReview(id, day("2027-01-10"), "年度复审");
    REQUIRE(added.ok());
    CHECK(*added.value ==
          ReviewEvent{added.value->id, id, day("2027-01-10"), {}, {}, {}, "年度复审"});
    CHECK(f.certificates.addReview(66, day("2027-01-10")).refusal ==
          Refusal{RefusalCode::UnknownCertificate, "there is no certificate with id 66"});
    const auto reviewId = added.value->id;
    CHECK(f.certificates
              .recordReview(reviewId, day("2027-01-08"), ReviewResult::Failed, day("2030-01-09"))
              .refusal == Refusal{RefusalCode::InvalidField,
                                  "the review due on 2027-01-10 of certificate TQM-2026-000001: "
                                  "a failed review cannot extend the certificate"});
    const auto recorded = f.certificates.recordReview(reviewId, day("2027-01-08"),
                                                      ReviewResult::Passed, day("2030-01-09"));
    REQUIRE(recorded.ok());
    CHECK(*recorded.value == ReviewEvent{reviewId, id, day("2027-01-10"), day("2027-01-08"),
                                         ReviewResult::Passed, day("2030-01-09"), "年度复审"});
    CHECK(f.certificates.recordReview(reviewId, day("2027-01-09"), ReviewResult::Passed).refusal ==
          Refusal{RefusalCode::ReviewRecorded,
                  "the review due on 2027-01-10 of certificate TQM-2026-000001 was already "
                  "recorded as done on 2027-01-08"});
    CHECK(f.certificates.recordReview(404, day("2027-01-09"), ReviewResult::Passed).refusal ==
          Refusal{RefusalCode::UnknownReview, "there is no review with id 404"});
    CHECK(f.rows("SELECT done_on, result, valid_until, note FROM certificate_review") ==
          "2027-01-08|passed|2030-01-09|年度复审");
    CHECK(f.rows("SELECT valid_until FROM certificate") == "2029-01-09");
}
