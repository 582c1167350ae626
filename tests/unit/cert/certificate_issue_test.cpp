// Issuing a certificate on a passed exam, renewal by re-exam, and the refusals.
#include <catch2/catch.hpp>

#include "cert/certificate_issue.h"
#include "cert_book_builder.h"

using cert_test::certificate;
using cert_test::certificateType;
using cert_test::day;
using tqm::cert::CertificateBookIndex;
using tqm::cert::CertificateSource;
using tqm::cert::decideIssue;
using tqm::cert::IssueRefusal;
using tqm::cert::IssueRequest;
using tqm::cert::periodEnd;

namespace {

// people 1 E001 张三, 2 E002 李四 (who holds QC #9 2024-06-01..2026-05-31);
// types 100 QC (exam 7; 24 months; renewal 30 days; grace 15), 101 SAFE (exam 8; 36 months,
// review every 12), 102 EXT (no exam).
tqm::cert::CertificateBook issueBook() {
    tqm::cert::CertificateBook book;
    book.people = {cert_test::person(1, "E001", "张三"), cert_test::person(2, "E002", "李四")};
    auto qc = certificateType(100, "QC", 24, std::nullopt, 30, 15);
    qc.examId = 7;
    qc.issuerName = "内部";
    auto safe = certificateType(101, "SAFE", 36, 12, 30, 30);
    safe.examId = 8;
    book.types = {qc, safe, certificateType(102, "EXT", 12, std::nullopt, 0, 0)};
    book.certificates = {certificate(9, 2, 100, "2024-06-01", "2026-05-31")};
    return book;
}

IssueRequest passed(std::int64_t person, std::int64_t type, std::int64_t exam,
                    std::string_view on) {
    return {person, type, exam, 55, day(on)};
}

}  // namespace

TEST_CASE("a period of months ends the day before the same day, or at the end of a short month") {
    CHECK(periodEnd(day("2026-03-15"), 24) == day("2028-03-14"));
    CHECK(periodEnd(day("2026-03-01"), 1) == day("2026-03-31"));
    CHECK(periodEnd(day("2026-01-31"), 1) == day("2026-02-28"));
    CHECK(periodEnd(day("2024-02-29"), 12) == day("2025-02-28"));
    CHECK(periodEnd(day("2024-03-01"), 12) == day("2025-02-28"));
    CHECK(periodEnd(day("2023-03-01"), 12) == day("2024-02-29"));
}

TEST_CASE("a passed exam issues a certificate valid from the pass day") {
    const auto book = issueBook();
    const auto decision = decideIssue(CertificateBookIndex(book), passed(1, 100, 7, "2026-03-15"));
    REQUIRE(decision.certificate);
    const auto& issued = *decision.certificate;
    CHECK(issued.personId == 1);
    CHECK(issued.certificateTypeId == 100);
    CHECK(issued.issuedOn == day("2026-03-15"));
    CHECK(issued.validFrom == day("2026-03-15"));
    CHECK(issued.validUntil == day("2028-03-14"));
    CHECK(issued.issuer == "内部");
    CHECK(issued.source == CertificateSource::Exam);
    CHECK(issued.attemptId == 55);
    CHECK(issued.number.empty());
    CHECK(issued.reviews.empty());
    CHECK_FALSE(issued.renewsId);
    CHECK_FALSE(decision.renews);
    CHECK_FALSE(decision.refusal);
}

TEST_CASE("a type with 复审 records the first review due") {
    const auto book = issueBook();
    const auto decision = decideIssue(CertificateBookIndex(book), passed(1, 101, 8, "2026-03-15"));
    REQUIRE(decision.certificate);
    CHECK(decision.certificate->validUntil == day("2029-03-14"));
    REQUIRE(decision.certificate->reviews.size() == 1);
    CHECK(decision.certificate->reviews[0].dueOn == day("2027-03-15"));
    CHECK_FALSE(decision.certificate->reviews[0].doneOn);
}

TEST_CASE("a re-exam inside the renewal window runs on from the old expiry") {
    const auto book = issueBook();
    const auto decision = decideIssue(CertificateBookIndex(book), passed(2, 100, 7, "2026-05-02"));
    REQUIRE(decision.certificate);
    CHECK(decision.certificate->issuedOn == day("2026-05-02"));
    CHECK(decision.certificate->validFrom == day("2026-06-01"));
    CHECK(decision.certificate->validUntil == day("2028-05-31"));
    CHECK(decision.certificate->renewsId == 9);
    CHECK(decision.renews == 9);
}

TEST_CASE("a re-exam in grace runs on from the old expiry, the last grace day included") {
    const auto book = issueBook();
    const auto decision = decideIssue(CertificateBookIndex(book), passed(2, 100, 7, "2026-06-15"));
    REQUIRE(decision.certificate);
    CHECK(decision.certificate->validFrom == day("2026-06-01"));
    CHECK(decision.renews == 9);
}

TEST_CASE("a re-exam after grace starts a new certificate from the pass day") {
    const auto book = issueBook();
    const auto decision = decideIssue(CertificateBookIndex(book), passed(2, 100, 7, "2026-06-16"));
    REQUIRE(decision.certificate);
    CHECK(decision.certificate->validFrom == day("2026-06-16"));
    CHECK(decision.certificate->validUntil == day("2028-06-15"));
    CHECK_FALSE(decision.renews);
}

TEST_CASE("a re-exam before the renewal window is refused") {
    const auto book = issueBook();
    const auto decision = decideIssue(CertificateBookIndex(book), passed(2, 100, 7, "2026-05-01"));
    CHECK_FALSE(decision.certificate);
    CHECK(decision.refusal ==
          IssueRefusal{"already-valid",
                       "E002 李四 already holds certificate C-9 of type QC, valid until "
                       "2026-05-31; renewal opens on 2026-05-02."});
}

TEST_CASE("a renewal already issued is not issued twice") {
    auto book = issueBook();
    book.certificates.push_back(certificate(10, 2, 100, "2026-06-01", "2028-05-31"));
    const auto decision = decideIssue(CertificateBookIndex(book), passed(2, 100, 7, "2026-05-20"));
    CHECK(decision.refusal ==
          IssueRefusal{"already-renewed",
                       "E002 李四 already has certificate C-10 of type QC, valid from "
                       "2026-06-01."});
}

TEST_CASE("only the exam that earns a type issues it") {
    const auto book = issueBook();
    const CertificateBookIndex index(book);
    CHECK(decideIssue(index, passed(1, 100, 8, "2026-03-15")).refusal ==
          IssueRefusal{"wrong-exam", "Exam 8 does not earn certificate type QC; exam 7 does."});
    CHECK(decideIssue(index, passed(1, 102, 7, "2026-03-15")).refusal ==
          IssueRefusal{"type-not-earned-by-exam",
                       "Certificate type EXT is not earned by an exam here."});
    CHECK(decideIssue(index, passed(99, 100, 7, "2026-03-15")).refusal ==
          IssueRefusal{"no-such-person", "There is no person with id 99."});
    CHECK(decideIssue(index, passed(1, 999, 7, "2026-03-15")).refusal ==
          IssueRefusal{"no-such-type", "There is no certificate type with id 999."});
}
