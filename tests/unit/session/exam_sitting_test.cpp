// Sitting down to an exam made from a blueprint: the first sitting assembles the person's paper
// from the exam's bank and starts an attempt, a later one resumes it or submits it at its
// deadline, and a bank that is gone or can no longer make the paper is refused with the reason.
#include <catch2/catch.hpp>

#include <algorithm>
#include <iterator>

#include "base/sha256.h"
#include "exam/blueprint_reader.h"
#include "exam/paper_assembly.h"
#include "session/exam_paper_source.h"
#include "session/exam_sitting.h"
#include "sitting_test_support.h"

using namespace std::chrono_literals;
using tqm::Diagnostic;
using tqm::Severity;
using tqm::session::openSitting;
using tqm::session::Refusal;
using tqm::sittingtest::demoBank;
using tqm::sittingtest::demoBlueprint;
using tqm::sittingtest::demoSetup;
using tqm::sittingtest::kExamSeed;
using tqm::sittingtest::kMinute;
using tqm::sittingtest::kStart;
using tqm::sittingtest::miniBank;
using tqm::sittingtest::miniBlueprint;
using tqm::sittingtest::Sitting;
using tqm::storetest::TempFolder;
using tqm::storetest::writeBytes;

namespace {

using Ids = std::vector<std::string>;

Ids sorted(Ids ids) {
    std::sort(ids.begin(), ids.end());
    return ids;
}

// An exam of the mini blueprint in `folder`, drawing `draw` of the bank's `bankSize` questions.
std::int64_t miniExam(Sitting& s, const TempFolder& folder, int bankSize, int draw, int avoidRecent,
                      int attemptsAllowed) {
    writeBytes(folder / "mini.xml", miniBank(bankSize));
    writeBytes(folder / "mini-exam.xml", miniBlueprint(draw, avoidRecent));
    tqm::session::ExamSetup setup = demoSetup();
    setup.blueprintFile = folder / "mini-exam.xml";
    setup.passMark = 0;
    setup.attemptsAllowed = attemptsAllowed;
    return s.createExam(setup);
}

// Starts (or resumes) the person's attempt, submits it a minute later and returns its questions.
Ids sitAndSubmit(Sitting& s, std::int64_t examId, const tqm::store::Person& person) {
    const auto sitting = openSitting(s.service, examId, person);
    REQUIRE(sitting.attempt);
    const std::int64_t attempt = sitting.attempt->attempt.id;
    s.clock.advance(1min);
    REQUIRE(s.service.submit(attempt).submission);
    return s.questionIds(attempt);
}

}  // namespace

TEST_CASE("the first sitting starts an attempt with the person's paper from the exam's bank") {
    Sitting s;
    const std::int64_t examId = s.createExam(demoSetup());
    const auto sitting = openSitting(s.service, examId, s.zhang);
    REQUIRE(sitting.attempt);
    CHECK_FALSE(sitting.resumed);
    CHECK_FALSE(sitting.autoSubmitted);
    CHECK_FALSE(sitting.refusal);
    CHECK(sitting.diagnostics.empty());
    CHECK(sitting.attempt->questionCount == 30);

    const tqm::store::AttemptRow& row = sitting.attempt->attempt;
    const auto blueprint = tqm::exam::readBlueprintFile(demoBlueprint());
    REQUIRE(blueprint.ok());
    CHECK(row.examId == examId);
    CHECK(row.personId == s.zhang.id);
    CHECK(row.attemptNo == 1);
    CHECK(row.seed == static_cast<std::int64_t>(tqm::exam::paperSeed(
                          blueprint.blueprint.options, std::uint64_t{kExamSeed}, "E001")));
    CHECK(row.seed != kExamSeed);
    CHECK(row.bankId == "tqm-demo");
    CHECK(row.bankVersion == "1.0.0");
    CHECK(row.bankSha256 == tqm::sha256OfFile(demoBank()).hex);
    CHECK(row.startedAt == kStart);
    CHECK(row.deadline == kStart + 60 * kMinute);
    CHECK_FALSE(row.submitted());
    CHECK(sitting.attempt->timer.remaining == 60min);

    // The paper is the one the exam's blueprint and bank make for 工号 E001.
    auto source = tqm::session::ExamPaperSource::open(blueprint.blueprint, demoBank());
    REQUIRE(source.source);
    const auto expected = source.source->assemble(std::uint64_t{kExamSeed}, "E001", {});
    Ids expectedIds;
    for (const auto& question : expected.questions) expectedIds.push_back(question.questionId);
    CHECK(s.questionIds(row.id) == expectedIds);
    const auto paper = s.service.attempts().paper(row.id);
    REQUIRE(paper.size() == 30);
    tqm::exam::Centipoints total = 0;
    for (const auto& question : paper) total += question.points;
    CHECK(total == 10000);
    CHECK(std::count_if(paper.begin(), paper.end(), [](const auto& q) {
              return q.questionId == "basics-001" || q.questionId == "qc-004";
          }) == 2);
    CHECK(s.count("SELECT count(*) FROM attempt") == 1);
}

TEST_CASE("two people get different papers and one person the same paper for the same seed") {
    Sitting s;
    const std::int64_t examId = s.createExam(demoSetup());
    const auto zhang = openSitting(s.service, examId, s.zhang);
    const auto li = openSitting(s.service, examId, s.li);
    REQUIRE(zhang.attempt);
    REQUIRE(li.attempt);
    const Ids zhangIds = s.questionIds(zhang.attempt->attempt.id);
    const Ids liIds = s.questionIds(li.attempt->attempt.id);
    CHECK(zhangIds.size() == 30);
    CHECK(liIds.size() == 30);
    CHECK(zhangIds != liIds);
    CHECK(zhang.attempt->attempt.seed != li.attempt->attempt.seed);

    const std::int64_t again = s.createExam(demoSetup());
    const auto zhangAgain = openSitting(s.service, again, s.zhang);
    REQUIRE(zhangAgain.attempt);
    CHECK(zhangAgain.attempt->attempt.seed == zhang.attempt->attempt.seed);
    CHECK(s.questionIds(zhangAgain.attempt->attempt.id) == zhangIds);

    tqm::session::ExamSetup otherSeed = demoSetup();
    otherSeed.seed = kExamSeed + 1;
    const auto zhangOther = openSitting(s.service, s.createExam(otherSeed), s.zhang);
    REQUIRE(zhangOther.attempt);
    CHECK(s.questionIds(zhangOther.attempt->attempt.id) != zhangIds);
}

TEST_CASE("a second sitting resumes the open attempt instead of starting another") {
    Sitting s;
    const std::int64_t examId = s.createExam(demoSetup());
    const auto first = openSitting(s.service, examId, s.zhang);
    REQUIRE(first.attempt);
    s.clock.advance(5min);
    const auto second = openSitting(s.service, examId, s.zhang);
    REQUIRE(second.attempt);
    CHECK(second.resumed);
    CHECK_FALSE(second.refusal);
    CHECK_FALSE(second.autoSubmitted);
    CHECK(second.diagnostics.empty());
    CHECK(second.attempt->attempt.id == first.attempt->attempt.id);
    CHECK(second.attempt->attempt.attemptNo == 1);
    CHECK(second.attempt->attempt.heartbeatAt == kStart + 5 * kMinute);
    CHECK(second.attempt->questionCount == 30);
    CHECK(second.attempt->timer.remaining == 55min);
    CHECK(s.questionIds(first.attempt->attempt.id).size() == 30);
    CHECK(s.count("SELECT count(*) FROM attempt") == 1);
}

TEST_CASE("a sitting after the deadline submits the open attempt at its deadline") {
    Sitting s;
    const std::int64_t examId = s.createExam(demoSetup());
    const auto first = openSitting(s.service, examId, s.zhang);
    REQUIRE(first.attempt);
    s.clock.advance(3h);
    const auto late = openSitting(s.service, examId, s.zhang);
    CHECK_FALSE(late.attempt);
    CHECK_FALSE(late.resumed);
    CHECK_FALSE(late.refusal);
    REQUIRE(late.autoSubmitted);
    const tqm::store::AttemptRow& row = late.autoSubmitted->attempt;
    CHECK(row.id == first.attempt->attempt.id);
    CHECK(row.submittedAt == kStart + 60 * kMinute);
    CHECK(row.submittedAt == first.attempt->attempt.deadline);
    CHECK(row.submittedBy == tqm::store::SubmittedBy::Deadline);
    CHECK(row.earned == 0);
    CHECK(row.maxPoints == 10000);

    // The exam allows two attempts: the next sitting starts the second.
    const auto next = openSitting(s.service, examId, s.zhang);
    REQUIRE(next.attempt);
    CHECK_FALSE(next.resumed);
    CHECK(next.attempt->attempt.attemptNo == 2);
    CHECK(next.attempt->attempt.startedAt == kStart + 180 * kMinute);
}

TEST_CASE("with every attempt used a sitting gives the service's refusal") {
    Sitting s;
    tqm::session::ExamSetup setup = demoSetup();
    setup.attemptsAllowed = 1;
    const std::int64_t examId = s.createExam(setup);
    sitAndSubmit(s, examId, s.zhang);
    const auto refused = openSitting(s.service, examId, s.zhang);
    CHECK_FALSE(refused.attempt);
    CHECK_FALSE(refused.resumed);
    CHECK_FALSE(refused.autoSubmitted);
    REQUIRE(refused.refusal);
    CHECK(*refused.refusal == Refusal{"no-attempts-left",
                                      "person 1 has used all 1 attempts allowed for exam 1 "
                                      "(全面质量管理知识考试（演示）)."});
    CHECK(s.count("SELECT count(*) FROM attempt") == 1);
}

TEST_CASE("a sitting of an exam that does not exist is refused") {
    Sitting s;
    const auto refused = openSitting(s.service, 9, s.zhang);
    REQUIRE(refused.refusal);
    CHECK(*refused.refusal == Refusal{"no-such-exam", "there is no exam 9."});
    CHECK_FALSE(refused.attempt);
}

TEST_CASE("a bank file deleted after the exam was made is refused and named") {
    TempFolder folder;
    Sitting s;
    const std::int64_t examId = miniExam(s, folder, 4, 2, 0, 1);
    const std::string bankFile = s.service.exam(examId)->settings.bankFile;
    REQUIRE(std::filesystem::remove(bankFile));
    const auto refused = openSitting(s.service, examId, s.zhang);
    CHECK_FALSE(refused.attempt);
    REQUIRE(refused.refusal);
    CHECK(*refused.refusal ==
          Refusal{"bank-unusable", "the bank of exam 1 (" + bankFile +
                                       ") cannot make a paper; see the problems listed."});
    CHECK(refused.diagnostics ==
          std::vector<Diagnostic>{{bankFile, 0, 0, Severity::Error, "bank-unreadable",
                                   "the bank file of blueprint \"mini-exam\" cannot be read; it "
                                   "was recorded when the exam was created. Put the bank back "
                                   "at this path."}});
    CHECK(s.count("SELECT count(*) FROM attempt") == 0);
}

TEST_CASE("a bank that lost questions after the exam was made cannot make the paper") {
    TempFolder folder;
    Sitting s;
    const std::int64_t examId = miniExam(s, folder, 4, 3, 0, 1);
    writeBytes(folder / "mini.xml", miniBank(2));
    const auto refused = openSitting(s.service, examId, s.zhang);
    CHECK_FALSE(refused.attempt);
    REQUIRE(refused.refusal);
    CHECK(*refused.refusal == Refusal{"paper-unsatisfiable",
                                      "no paper can be made for exam 1 from its bank as it "
                                      "is now; see the problems listed."});
    REQUIRE(refused.diagnostics.size() == 1);
    CHECK(refused.diagnostics[0].code == "rule-unsatisfiable");
    CHECK(refused.diagnostics[0].message ==
          "section 1 \"一、判断题\", rule 1 (category basics (with sub-categories), type 判断): 3 "
          "questions requested, only 2 available");
    CHECK(s.count("SELECT count(*) FROM attempt") == 0);
}

TEST_CASE("a same-paper exam without avoid-recent gives every attempt the same questions") {
    TempFolder folder;
    Sitting s;
    const std::int64_t examId = miniExam(s, folder, 6, 3, 0, 2);
    const Ids first = sitAndSubmit(s, examId, s.zhang);
    const Ids second = sitAndSubmit(s, examId, s.zhang);
    CHECK(first.size() == 3);
    CHECK(second == first);
    CHECK(sitAndSubmit(s, examId, s.li) == first);
}

TEST_CASE("avoid-recent: a later attempt avoids the questions of the last ones when it can") {
    TempFolder folder;
    Sitting s;
    const Ids all{"tf-01", "tf-02", "tf-03", "tf-04", "tf-05", "tf-06"};

    SECTION("the bank has enough unseen questions") {
        const std::int64_t examId = miniExam(s, folder, 6, 3, 1, 3);
        const Ids first = sorted(sitAndSubmit(s, examId, s.zhang));
        const Ids second = sorted(sitAndSubmit(s, examId, s.zhang));
        REQUIRE(first.size() == 3);
        Ids rest;
        std::set_difference(all.begin(), all.end(), first.begin(), first.end(),
                            std::back_inserter(rest));
        CHECK(second == rest);
        // Only the last attempt is avoided: the third brings back the first one's questions.
        CHECK(sorted(sitAndSubmit(s, examId, s.zhang)) == first);
        // Someone else's attempts are not avoided.
        CHECK(sorted(sitAndSubmit(s, examId, s.li)) == first);
    }
    SECTION("the bank has too few: the unseen ones are used and the others reused with a warning") {
        const std::int64_t examId = miniExam(s, folder, 4, 3, 1, 2);
        const Ids first = sorted(sitAndSubmit(s, examId, s.zhang));
        REQUIRE(first.size() == 3);
        const auto sitting = openSitting(s.service, examId, s.zhang);
        REQUIRE(sitting.attempt);
        const Ids second = sorted(s.questionIds(sitting.attempt->attempt.id));
        CHECK(second.size() == 3);
        Ids unseen;
        std::set_difference(second.begin(), second.end(), first.begin(), first.end(),
                            std::back_inserter(unseen));
        CHECK(unseen.size() == 1);
        REQUIRE(sitting.diagnostics.size() == 1);
        CHECK(sitting.diagnostics[0].severity == Severity::Warning);
        CHECK(sitting.diagnostics[0].code == "recent-questions-reused");
    }
}

TEST_CASE("an exam without a stored blueprint, or with one that no longer reads, is refused") {
    Sitting s;
    tqm::store::ExamSettings settings;
    settings.title = "手工考试";
    settings.timeLimit = 30min;
    settings.attemptsAllowed = 1;

    SECTION("no blueprint") {
        const std::int64_t examId = *s.service.createExam(settings).examId;
        const auto refused = openSitting(s.service, examId, s.zhang);
        CHECK_FALSE(refused.attempt);
        REQUIRE(refused.refusal);
        CHECK(*refused.refusal ==
              Refusal{"no-blueprint", "exam 1 has no blueprint to make a paper from."});
    }
    SECTION("a blueprint whose stored text does not read") {
        settings.blueprintRow = s.service.importBlueprint("broken", "坏的", "<blueprint id=");
        const std::int64_t examId = *s.service.createExam(settings).examId;
        const auto refused = openSitting(s.service, examId, s.zhang);
        CHECK_FALSE(refused.attempt);
        REQUIRE(refused.refusal);
        CHECK(*refused.refusal == Refusal{"blueprint-unusable",
                                          "the blueprint \"broken\" of exam 1 cannot be read; "
                                          "see the problems listed."});
        REQUIRE_FALSE(refused.diagnostics.empty());
        CHECK(refused.diagnostics[0].file == "blueprint broken");
        CHECK(refused.diagnostics[0].code == "not-well-formed");
    }
    CHECK(s.count("SELECT count(*) FROM attempt") == 0);
}
