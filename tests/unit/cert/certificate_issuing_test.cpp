// Issuing certificates on passed exams, through the exam service as a screen submits.
#include <catch2/catch.hpp>

#include "cert/certificate_issuing.h"
#include "cert/verification_code.h"
#include "lifecycle_fixture.h"
#include "store/certificate_repository.h"

using namespace tqm;
using lifecycletest::day;
using lifecycletest::LifecycleFixture;

TEST_CASE(
    "a pass issues TQM-2026-000001 at once, valid 24 months, with a code the public key "
    "verifies") {
    LifecycleFixture f;
    const cert::CertificateType type = f.addType();
    const session::SubmitResult submitted = f.sit(f.zhang, true);
    REQUIRE(submitted.submission->score.verdict == exam::Verdict::Pass);
    REQUIRE(submitted.submission->certificate);
    const cert::AttemptIssue& issue = *submitted.submission->certificate;
    CHECK(issue.state == cert::AttemptIssueState::Issued);
    REQUIRE(issue.certificate);
    const cert::Certificate& certificate = *issue.certificate;
    CHECK(certificate.number == "TQM-2026-000001");
    CHECK(certificate.personId == f.zhang);
    CHECK(certificate.certificateTypeId == type.id);
    CHECK(certificate.issuedOn == day("2026-11-24"));
    CHECK(certificate.validFrom == day("2026-11-24"));
    CHECK(certificate.validUntil == day("2028-11-23"));
    CHECK(certificate.issuer == "本公司质量部");
    CHECK(certificate.source == cert::CertificateSource::Exam);
    CHECK(certificate.attemptId == submitted.submission->attempt.id);
    CHECK_FALSE(certificate.renewsId);

    const auto verified = cert::verifyVerificationCode(certificate.verificationCode,
                                                       f.keys.signingKeys().key->publicKey());
    REQUIRE(verified.fields);
    CHECK(verified.fields->number == "TQM-2026-000001");
    CHECK(verified.fields->employeeNo == "E001");
    CHECK(verified.fields->personName == "张三");
    CHECK(verified.fields->typeCode == "QC-TQM");
    CHECK(verified.fields->validUntil == day("2028-11-23"));
    CHECK(f.count("SELECT COUNT(*) FROM certificate") == 1);
    CHECK(store::CertificateRepository(f.db).findByNumber("TQM-2026-000001") == certificate);
}

TEST_CASE(
    "issuing again for the same attempt returns the certificate already issued and adds "
    "none") {
    LifecycleFixture f;
    f.addType();
    const session::SubmitResult submitted = f.sit(f.zhang, true);
    const std::int64_t attempt = submitted.submission->attempt.id;
    const cert::AttemptIssue again = cert::issueForAttempt(f.db, f.keys, attempt);
    CHECK(again.state == cert::AttemptIssueState::AlreadyIssued);
    CHECK(again.certificate->number == "TQM-2026-000001");
    CHECK(again.type->code == "QC-TQM");
    CHECK(cert::issuePendingCertificates(f.db, f.keys).empty());
    CHECK(f.count("SELECT COUNT(*) FROM certificate") == 1);
    CHECK(f.count("SELECT last_seq FROM certificate_number_counter") == 1);
}

TEST_CASE("a fail issues nothing") {
    LifecycleFixture f;
    f.addType();
    const session::SubmitResult submitted = f.sit(f.zhang, false);
    CHECK(submitted.submission->score.verdict == exam::Verdict::Fail);
    CHECK_FALSE(submitted.submission->certificate);
    const cert::AttemptIssue issue =
        cert::issueForAttempt(f.db, f.keys, submitted.submission->attempt.id);
    CHECK(issue.state == cert::AttemptIssueState::NotPassed);
    CHECK(f.count("SELECT COUNT(*) FROM certificate") == 0);
}

TEST_CASE("a pass of an exam no certificate type names issues nothing") {
    LifecycleFixture f;
    const session::SubmitResult submitted = f.sit(f.zhang, true);
    REQUIRE(submitted.submission->certificate);
    CHECK(submitted.submission->certificate->state == cert::AttemptIssueState::NotCertifying);
    CHECK(f.count("SELECT COUNT(*) FROM certificate") == 0);
}

TEST_CASE("a pass inside the renewal window runs the new certificate from the old expiry + 1") {
    LifecycleFixture f;
    const cert::CertificateType type = f.addType();
    cert::Certificate old;
    old.number = "TQM-2024-000007";
    old.personId = f.zhang;
    old.certificateTypeId = type.id;
    old.issuedOn = day("2025-01-01");
    old.validFrom = day("2025-01-01");
    old.validUntil = day("2026-12-31");  // the window of 60 days opened on 2026-11-01
    const std::int64_t oldId = store::CertificateRepository(f.db).insert(old).value->id;

    const session::SubmitResult submitted = f.sit(f.zhang, true);
    const cert::AttemptIssue& issue = *submitted.submission->certificate;
    REQUIRE(issue.state == cert::AttemptIssueState::Issued);
    CHECK(issue.certificate->number == "TQM-2026-000001");
    CHECK(issue.certificate->issuedOn == day("2026-11-24"));
    CHECK(issue.certificate->validFrom == day("2027-01-01"));
    CHECK(issue.certificate->validUntil == day("2028-12-31"));
    CHECK(issue.certificate->renewsId == oldId);
}

TEST_CASE(
    "a pass while a certificate is valid outside its renewal window is refused and "
    "issues nothing") {
    LifecycleFixture f;
    const cert::CertificateType type = f.addType();
    cert::Certificate held;
    held.number = "TQM-2026-000100";
    held.personId = f.zhang;
    held.certificateTypeId = type.id;
    held.issuedOn = day("2026-06-01");
    held.validFrom = day("2026-06-01");
    held.validUntil = day("2028-05-31");
    REQUIRE(store::CertificateRepository(f.db).insert(held).ok());

    const session::SubmitResult submitted = f.sit(f.zhang, true);
    const cert::AttemptIssue& issue = *submitted.submission->certificate;
    CHECK(issue.state == cert::AttemptIssueState::Refused);
    CHECK(issue.refusal->code == "already-valid");
    CHECK(issue.refusal->message ==
          "No certificate for attempt 1 of exam 1: E001 张三 already holds certificate "
          "TQM-2026-000100 of type QC-TQM, valid until 2028-05-31; renewal opens on 2028-04-02.");
    CHECK(f.count("SELECT COUNT(*) FROM certificate") == 1);
}

TEST_CASE("the sweep issues once for passed attempts left without a certificate") {
    LifecycleFixture f;
    // Passed before any type named the exam: as after a crash between submission and issue,
    // the attempt is passed and has no certificate.
    f.sit(f.zhang, true);
    f.sit(f.li, true);
    f.sit(f.li, false);
    CHECK(f.count("SELECT COUNT(*) FROM certificate") == 0);
    f.addType();

    const std::vector<cert::AttemptIssue> swept = cert::issuePendingCertificates(f.db, f.keys);
    REQUIRE(swept.size() == 2);
    CHECK(swept[0].state == cert::AttemptIssueState::Issued);
    CHECK(swept[0].certificate->number == "TQM-2026-000001");
    CHECK(swept[0].certificate->personId == f.zhang);
    CHECK(swept[1].certificate->number == "TQM-2026-000002");
    CHECK(swept[1].certificate->personId == f.li);
    CHECK(cert::issuePendingCertificates(f.db, f.keys).empty());
    CHECK(f.count("SELECT COUNT(*) FROM certificate") == 2);
}

TEST_CASE("an essay marked later that makes the attempt pass issues the certificate then") {
    LifecycleFixture f;
    f.addType();
    std::vector<exam::PaperQuestion> paper = sessiontest::samplePaper();  // with the essay
    const std::int64_t attempt =
        f.service.start(f.examId, f.zhang, sessiontest::assembled(paper)).attempt->attempt.id;
    f.service.answer(attempt, 5, exam::parseAnswer(paper[4], "整理、整顿").answer);
    const session::SubmitResult submitted = f.service.submit(attempt);
    CHECK(submitted.submission->score.verdict == exam::Verdict::Pending);
    CHECK_FALSE(submitted.submission->certificate);
    const session::SubmitResult marked = f.service.markEssay(attempt, 5, 800, "李老师");
    CHECK(marked.submission->score.verdict == exam::Verdict::Pass);
    REQUIRE(marked.submission->certificate);
    CHECK(marked.submission->certificate->state == cert::AttemptIssueState::Issued);
    CHECK(marked.submission->certificate->certificate->number == "TQM-2026-000001");
}

TEST_CASE(
    "an attempt submitted automatically at the deadline with a pass issues its "
    "certificate") {
    LifecycleFixture f;
    f.addType();
    const std::vector<exam::PaperQuestion> paper = lifecycletest::objectivePaper();
    const std::int64_t attempt =
        f.service.start(f.examId, f.zhang, sessiontest::assembled(paper)).attempt->attempt.id;
    const std::vector<std::string> right{"B", "T", "AC", "PDCA|戴明"};
    for (std::size_t i = 0; i < paper.size(); ++i)
        f.service.answer(attempt, i + 1, exam::parseAnswer(paper[i], right[i]).answer);
    f.clock.set(storetest::knownMoment() + std::chrono::minutes(31));
    const session::HeartbeatResult beat = f.service.heartbeat(attempt);
    REQUIRE(beat.autoSubmitted);
    CHECK(beat.autoSubmitted->attempt.submittedBy == store::SubmittedBy::Deadline);
    REQUIRE(beat.autoSubmitted->certificate);
    CHECK(beat.autoSubmitted->certificate->state == cert::AttemptIssueState::Issued);
    CHECK(f.count("SELECT COUNT(*) FROM certificate WHERE attempt_id = " +
                  std::to_string(attempt)) == 1);
}
