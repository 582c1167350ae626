// Making an exam from a blueprint file: its bank is found beside it, the blueprint's text and
// the exam's settings are stored, and a blueprint that cannot make a paper is refused before any
// exam exists.
#include <catch2/catch.hpp>

#include "base/sha256.h"
#include "exam/blueprint_reader.h"
#include "session/exam_setup.h"
#include "sitting_test_support.h"
#include "store/exam_repository.h"

using namespace std::chrono_literals;
using tqm::Diagnostic;
using tqm::Severity;
using tqm::session::createExamFromBlueprint;
using tqm::session::ExamSetup;
using tqm::session::findBankFor;
using tqm::session::Refusal;
using tqm::sittingtest::demoBank;
using tqm::sittingtest::demoBlueprint;
using tqm::sittingtest::demoSetup;
using tqm::sittingtest::kStart;
using tqm::sittingtest::miniBank;
using tqm::sittingtest::miniBlueprint;
using tqm::sittingtest::Sitting;
using tqm::storetest::bytesOf;
using tqm::storetest::TempFolder;
using tqm::storetest::writeBytes;

namespace fs = std::filesystem;

TEST_CASE("the demo blueprint's bank is found in the banks folder beside its own folder") {
    CHECK(findBankFor("tqm-demo", demoBlueprint()) == demoBank());
    CHECK(demoBank().filename() == "tqm-demo.xml");
    CHECK(demoBank().parent_path().filename() == "banks");
}

TEST_CASE("no bank is found for an id that no bank beside the blueprint has") {
    CHECK(findBankFor("no-such-bank", demoBlueprint()) == std::nullopt);
    CHECK(findBankFor("tqm-demo-exam", demoBlueprint()) == std::nullopt);
}

TEST_CASE("a bank in the blueprint's own folder is preferred to one in the banks folder") {
    TempFolder folder;
    fs::create_directories(folder / "blueprints");
    fs::create_directories(folder / "banks");
    const fs::path blueprint = folder / "blueprints" / "mini-exam.xml";
    writeBytes(blueprint, miniBlueprint(2));
    writeBytes(folder / "banks" / "a-mini.xml", miniBank(3));
    writeBytes(folder / "banks" / "b-other.xml", miniBank(3, "other"));

    SECTION("only the banks folder has it") {
        CHECK(findBankFor("mini", blueprint) == (folder / "banks" / "a-mini.xml"));
        CHECK(findBankFor("other", blueprint) == (folder / "banks" / "b-other.xml"));
    }
    SECTION("both folders have it") {
        writeBytes(folder / "blueprints" / "z-mini-copy.xml", miniBank(4));
        CHECK(findBankFor("mini", blueprint) == (folder / "blueprints" / "z-mini-copy.xml"));
    }
    SECTION("two banks of one folder have it: the first by file name") {
        writeBytes(folder / "banks" / "0-mini-new.xml", miniBank(5));
        CHECK(findBankFor("mini", blueprint) == (folder / "banks" / "0-mini-new.xml"));
    }
}

TEST_CASE("an exam made from the demo blueprint stores the blueprint's text and its settings") {
    Sitting s;
    s.clock.advance(1s);
    ExamSetup setup = demoSetup();
    setup.closesAt = kStart + 7 * 24 * 60 * tqm::sittingtest::kMinute;
    const auto created = createExamFromBlueprint(s.service, setup);
    REQUIRE(created.ok());
    CHECK(created.diagnostics.empty());
    CHECK(created.problems.empty());
    CHECK(created.bankFile == demoBank());
    CHECK(created.bankFile.is_absolute());

    const auto exam = s.service.exam(*created.examId);
    REQUIRE(exam);
    REQUIRE(exam->settings.blueprintRow);
    tqm::store::ExamSettings expected;
    expected.title = "全面质量管理知识考试（演示）";
    expected.blueprintRow = exam->settings.blueprintRow;
    expected.bankFile = demoBank().string();
    expected.timeLimit = 60min;
    expected.passMark = 6000;
    expected.attemptsAllowed = 2;
    expected.combine = tqm::store::AttemptsCombine::Highest;
    expected.showAnswers = tqm::store::ShowAnswers::AfterSubmit;
    expected.timerPolicy = tqm::exam::TimerPolicy::DeadlineRuns;
    expected.paperMode = tqm::store::PaperMode::PerPerson;
    expected.seed = 20261124;
    expected.closesAt = setup.closesAt;
    CHECK(*exam == tqm::store::ExamRecord{*created.examId, expected, kStart + 1000});

    const std::string xml = bytesOf(demoBlueprint());
    const auto stored = s.service.blueprint(*exam->settings.blueprintRow);
    REQUIRE(stored);
    CHECK(*stored == tqm::store::BlueprintRecord{*exam->settings.blueprintRow, "tqm-demo-exam",
                                                 "全面质量管理知识考试（演示）", xml,
                                                 tqm::sha256Hex(xml), kStart + 1000});
    CHECK(stored->sha256 == tqm::sha256OfFile(demoBlueprint()).hex);
    CHECK(s.count("SELECT count(*) FROM blueprint") == 1);
    CHECK(s.count("SELECT count(*) FROM exam") == 1);
}

TEST_CASE("a title given for the exam replaces the blueprint's, a second exam reuses its text") {
    Sitting s;
    ExamSetup setup = demoSetup();
    setup.title = "一车间质量月考试";
    setup.bankFile = demoBank();
    const std::int64_t first = s.createExam(setup);
    setup.title.clear();
    setup.seed = 7;
    const std::int64_t second = s.createExam(setup);
    CHECK(s.service.exam(first)->settings.title == "一车间质量月考试");
    CHECK(s.service.exam(second)->settings.title == "全面质量管理知识考试（演示）");
    CHECK(s.service.exam(second)->settings.seed == 7);
    CHECK(s.service.exam(first)->settings.blueprintRow ==
          s.service.exam(second)->settings.blueprintRow);
    CHECK(s.count("SELECT count(*) FROM blueprint") == 1);
}

TEST_CASE("a same-paper blueprint makes a same-paper exam") {
    TempFolder folder;
    writeBytes(folder / "mini.xml", miniBank(4));
    writeBytes(folder / "mini-exam.xml", miniBlueprint(2));
    Sitting s;
    ExamSetup setup = demoSetup();
    setup.blueprintFile = folder / "mini-exam.xml";
    setup.passMark = 1000;  // the paper's whole 10 points
    const auto created = createExamFromBlueprint(s.service, setup);
    REQUIRE(created.ok());
    CHECK(created.bankFile == fs::absolute(folder / "mini.xml").lexically_normal());
    const auto exam = s.service.exam(*created.examId);
    CHECK(exam->settings.paperMode == tqm::store::PaperMode::Same);
    CHECK(exam->settings.bankFile == created.bankFile.string());
    CHECK(exam->settings.title == "小测验");
}

TEST_CASE("a blueprint file that cannot be read makes no exam") {
    TempFolder folder;
    Sitting s;
    ExamSetup setup = demoSetup();
    setup.blueprintFile = folder / "missing.xml";
    const auto created = createExamFromBlueprint(s.service, setup);
    CHECK_FALSE(created.ok());
    CHECK(created.diagnostics ==
          std::vector<Diagnostic>{{(folder / "missing.xml").string(), 0, 0, Severity::Error,
                                   "cannot-read", "the file cannot be opened for reading"}});
    CHECK(created.problems.empty());
    CHECK(s.count("SELECT count(*) FROM exam") == 0);
    CHECK(s.count("SELECT count(*) FROM blueprint") == 0);
}

TEST_CASE("a blueprint whose bank is nowhere beside it is refused with bank-not-found") {
    TempFolder folder;
    writeBytes(folder / "mini-exam.xml", miniBlueprint(2));
    writeBytes(folder / "other.xml", miniBank(4, "other"));
    Sitting s;
    ExamSetup setup = demoSetup();
    setup.blueprintFile = folder / "mini-exam.xml";
    const auto created = createExamFromBlueprint(s.service, setup);
    CHECK_FALSE(created.ok());
    CHECK(created.diagnostics ==
          std::vector<Diagnostic>{
              {(folder / "mini-exam.xml").string(), 2, 1, Severity::Error, "bank-not-found",
               "no bank with id \"mini\" was found beside the blueprint or in the banks folder "
               "next to it; name the bank file with --bank"}});
    CHECK(created.bankFile.empty());
    CHECK(s.count("SELECT count(*) FROM exam") == 0);
    CHECK(s.count("SELECT count(*) FROM blueprint") == 0);
}

TEST_CASE("a blueprint its bank cannot satisfy is refused with the rule and the counts") {
    TempFolder folder;
    writeBytes(folder / "mini.xml", miniBank(3));
    writeBytes(folder / "mini-exam.xml", miniBlueprint(4));
    Sitting s;
    ExamSetup setup = demoSetup();
    setup.blueprintFile = folder / "mini-exam.xml";
    const auto created = createExamFromBlueprint(s.service, setup);
    CHECK_FALSE(created.ok());
    CHECK(created.diagnostics ==
          std::vector<Diagnostic>{{(folder / "mini-exam.xml").string(), 6, 5, Severity::Error,
                                   "rule-unsatisfiable",
                                   "section 1 \"一、判断题\", rule 1 (category basics (with "
                                   "sub-categories), type 判断): 4 questions requested, only 3 "
                                   "available"}});
    CHECK(created.problems.empty());
    CHECK(s.count("SELECT count(*) FROM exam") == 0);
    CHECK(s.count("SELECT count(*) FROM blueprint") == 0);
}

TEST_CASE("a blueprint used with a bank named for it that has another id is refused") {
    TempFolder folder;
    writeBytes(folder / "other.xml", miniBank(4, "other"));
    writeBytes(folder / "mini-exam.xml", miniBlueprint(2));
    Sitting s;
    ExamSetup setup = demoSetup();
    setup.blueprintFile = folder / "mini-exam.xml";
    setup.bankFile = folder / "other.xml";
    const auto created = createExamFromBlueprint(s.service, setup);
    CHECK_FALSE(created.ok());
    CHECK(created.diagnostics ==
          std::vector<Diagnostic>{{(folder / "mini-exam.xml").string(), 2, 1, Severity::Error,
                                   "wrong-bank",
                                   "blueprint: it draws from bank \"mini\", but the bank given "
                                   "is \"other\""}});
    CHECK(s.count("SELECT count(*) FROM exam") == 0);
}

TEST_CASE("a pass mark above the paper's total is refused, the total itself is accepted") {
    Sitting s;
    ExamSetup setup = demoSetup();
    setup.passMark = 10001;
    const auto refused = createExamFromBlueprint(s.service, setup);
    CHECK_FALSE(refused.ok());
    CHECK(refused.diagnostics.empty());
    CHECK(refused.problems ==
          std::vector<Refusal>{{"pass-mark-above-total",
                                "the pass mark 100.01 is more than the paper's 100 points; "
                                "nobody could pass."}});
    CHECK(s.count("SELECT count(*) FROM exam") == 0);
    CHECK(s.count("SELECT count(*) FROM blueprint") == 0);

    setup.passMark = 10000;
    CHECK(createExamFromBlueprint(s.service, setup).ok());
    CHECK(s.count("SELECT count(*) FROM exam") == 1);
}

TEST_CASE("settings the exam service refuses are listed and make no exam") {
    Sitting s;
    ExamSetup setup = demoSetup();
    setup.timeLimit = 0ms;
    setup.attemptsAllowed = 0;
    const auto created = createExamFromBlueprint(s.service, setup);
    CHECK_FALSE(created.ok());
    CHECK(created.problems ==
          std::vector<Refusal>{
              {"bad-time-limit", "the time limit must be longer than zero, not 0 ms."},
              {"bad-attempts", "at least one attempt must be allowed, not 0."}});
    CHECK(s.count("SELECT count(*) FROM exam") == 0);
}
