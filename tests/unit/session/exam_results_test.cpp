// Attempts allowed and how they combine, scoring on submission, essays pending until marked,
// results per person and per answer, item-analysis input, and the questions seen recently.
#include <catch2/catch.hpp>

#include "session/exam_results.h"
#include "session_test_support.h"

using namespace std::chrono_literals;
using namespace tqm::exam;
using tqm::session::ExamResults;
using tqm::session::QuestionRef;
using tqm::session::Refusal;
using tqm::sessiontest::assembled;
using tqm::sessiontest::Fixture;
using tqm::sessiontest::kStart;
using tqm::sessiontest::samplePaper;
using tqm::store::SubmittedBy;

namespace {

constexpr std::int64_t kMinute = 60000;

// Answers 1 right, 2 wrong, 3 half right, 4 right, 5 written: 2 + 0 + 1 + 2 = 5 points and an
// essay pending.
void answerSome(Fixture& f, std::int64_t attempt) {
    f.service.answer(attempt, 1, ChoiceAnswer{{1}});
    f.service.answer(attempt, 2, TrueFalseAnswer{false});
    f.service.answer(attempt, 3, ChoiceAnswer{{0}});
    f.service.answer(attempt, 4, BlankAnswer{{"pdca", "戴明"}});
    f.service.answer(attempt, 5, EssayAnswer{"整理、整顿、清扫"});
}

// Answers only question 1, right: 2 points.
void answerOne(Fixture& f, std::int64_t attempt) {
    f.service.answer(attempt, 1, ChoiceAnswer{{1}});
}

tqm::store::ExamSettings combining(tqm::store::AttemptsCombine combine) {
    tqm::store::ExamSettings settings = tqm::sessiontest::sampleSettings();
    settings.combine = combine;
    return settings;
}

}  // namespace

TEST_CASE("submission scores every question and lists the ones answered wrong or partly") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    f.clock.advance(12min);
    answerSome(f, attempt);
    const auto result = f.service.submit(attempt);
    REQUIRE(result.submission);
    const auto& s = *result.submission;
    CHECK(s.questionScores == std::vector<QuestionScore>{{200, 200, ScoreStatus::Correct},
                                                         {0, 100, ScoreStatus::Wrong},
                                                         {100, 200, ScoreStatus::PartiallyCorrect},
                                                         {200, 200, ScoreStatus::Correct},
                                                         {0, 1000, ScoreStatus::Pending}});
    CHECK(s.wrong == std::vector<QuestionRef>{{"tqm-demo", "q2"}, {"tqm-demo", "q3"}});
    CHECK(s.score.earned == 500);
    CHECK(s.score.max == 1700);
    CHECK(s.score.verdict == Verdict::Pending);
    CHECK(s.attempt.submittedAt == kStart + 12 * kMinute);
    CHECK(s.attempt.submittedBy == SubmittedBy::Person);
    CHECK(s.attempt.verdict == Verdict::Pending);
}

TEST_CASE("an essay stays pending until marked, then the total and verdict follow the mark") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    answerSome(f, attempt);
    CHECK(*f.service.markEssay(attempt, 5, 800, "王老师").refusal ==
          Refusal{"not-submitted",
                  "attempt 1 is still in progress; essays are marked after submission."});
    f.service.submit(attempt);
    f.clock.advance(1h);
    CHECK(*f.service.markEssay(attempt, 5, 1200, "王老师").refusal ==
          Refusal{"invalid-mark", "a mark of 12 is outside 0 to 10 for q5."});
    CHECK(*f.service.markEssay(attempt, 1, 100, "王老师").refusal ==
          Refusal{"invalid-mark", "q1 is not a short-answer question: only essays take a mark."});
    CHECK(*f.service.markEssay(attempt, 5, 800, "").refusal ==
          Refusal{"no-marker", "a mark must name its marker."});

    const auto marked = f.service.markEssay(attempt, 5, 400, "王老师");
    REQUIRE(marked.submission);
    CHECK(marked.submission->attempt.earned == 900);
    CHECK(marked.submission->attempt.verdict == Verdict::Fail);
    f.clock.advance(1min);
    const auto remarked = f.service.markEssay(attempt, 5, 800, "李老师");
    CHECK(remarked.submission->attempt.earned == 1300);
    CHECK(remarked.submission->attempt.verdict == Verdict::Pass);
    CHECK(remarked.submission->questionScores[4] ==
          QuestionScore{800, 1000, ScoreStatus::PartiallyCorrect});
    CHECK(f.count("SELECT count(*) FROM essay_mark WHERE attempt_id = 1 AND seq = 5 AND "
                  "mark = 400 AND marker = '王老师' AND marked_at = " +
                  std::to_string(kStart + 60 * kMinute)) == 1);
    CHECK(f.count("SELECT count(*) FROM essay_mark WHERE mark = 800 AND marker = '李老师' AND "
                  "marked_at = " +
                  std::to_string(kStart + 61 * kMinute)) == 1);
}

TEST_CASE("an unanswered essay has nothing to mark") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    f.service.submit(attempt);
    CHECK(*f.service.markEssay(attempt, 5, 500, "王老师").refusal ==
          Refusal{"nothing-to-mark",
                  "question 5 (q5) of attempt 1 was not answered; there is nothing to mark."});
}

TEST_CASE("a person may start only as many attempts as the exam allows, one at a time") {
    Fixture f;
    const std::int64_t first = f.startFor(f.zhang);
    CHECK(*f.service.start(f.examId, f.zhang, assembled()).refusal ==
          Refusal{"attempt-in-progress",
                  "person 1 already has attempt 1 of exam 1 (质量月考试) in progress; resume it "
                  "instead of starting another."});
    f.service.submit(first);
    const auto second = f.service.start(f.examId, f.zhang, assembled());
    REQUIRE(second.attempt);
    CHECK(second.attempt->attempt.attemptNo == 2);
    f.service.submit(second.attempt->attempt.id);
    CHECK(*f.service.start(f.examId, f.zhang, assembled()).refusal ==
          Refusal{"no-attempts-left",
                  "person 1 has used all 2 attempts allowed for exam 1 (质量月考试)."});
    CHECK(f.service.start(f.examId, f.li, assembled()).attempt);
    CHECK(*f.service.start(5, f.li, assembled()).refusal ==
          Refusal{"no-such-exam", "there is no exam 5."});
}

TEST_CASE("no attempt starts once the exam has closed") {
    tqm::store::ExamSettings settings = tqm::sessiontest::sampleSettings();
    settings.closesAt = kStart + 60 * kMinute;
    Fixture f(settings);
    f.clock.advance(59min);
    CHECK(f.service.start(f.examId, f.zhang, assembled()).attempt);
    f.clock.advance(1min);
    CHECK(*f.service.start(f.examId, f.li, assembled()).refusal ==
          Refusal{"exam-closed",
                  "exam 1 (质量月考试) closed at 2026-11-24T11:30:00.000Z; no "
                  "attempt can be started."});
}

TEST_CASE("an exam with wrong settings is refused with every problem") {
    Fixture f;
    tqm::store::ExamSettings settings;
    settings.title = " ";
    settings.passMark = -100;
    settings.attemptsAllowed = 0;
    settings.blueprintRow = 9;
    const auto created = f.service.createExam(settings);
    CHECK_FALSE(created.examId);
    CHECK(created.problems ==
          std::vector<Refusal>{
              {"no-title", "an exam needs a title."},
              {"bad-time-limit", "the time limit must be longer than zero, not 0 ms."},
              {"bad-pass-mark", "the pass mark must not be negative: -1 was given."},
              {"bad-attempts", "at least one attempt must be allowed, not 0."},
              {"no-such-blueprint", "there is no imported blueprint 9."}});
    CHECK(f.service.listExams().size() == 1);
}

TEST_CASE("a blueprint is stored once per text and an exam made from it reads back as created") {
    Fixture f;
    const std::string xml = "<blueprint id=\"monthly\"><title>质量月</title></blueprint>";
    const std::int64_t row = f.service.importBlueprint("monthly", "质量月", xml);
    CHECK(f.service.importBlueprint("monthly", "质量月", xml) == row);
    CHECK(f.service.importBlueprint("monthly", "质量月", xml + "\n") != row);
    tqm::store::ExamSettings settings = tqm::sessiontest::sampleSettings();
    settings.blueprintRow = row;
    settings.closesAt = kStart + 7 * 24 * 60 * kMinute;
    settings.timerPolicy = TimerPolicy::PausedWhileDown;
    settings.paperMode = tqm::store::PaperMode::PerPerson;
    settings.showAnswers = tqm::store::ShowAnswers::Never;
    settings.combine = tqm::store::AttemptsCombine::Last;
    f.clock.advance(1s);
    const std::int64_t id = *f.service.createExam(settings).examId;
    CHECK(*f.service.exam(id) == tqm::store::ExamRecord{id, settings, kStart + 1000});
    CHECK(f.service.listExams().back().id == id);
    const auto stored = tqm::store::ExamRepository(f.db).findBlueprint(row);
    CHECK(stored->xml == xml);
    CHECK(stored->sha256.size() == 64);
    CHECK(stored->importedAt == kStart);
}

TEST_CASE("the highest attempt counts under highest, the latest under last") {
    for (const auto combine :
         {tqm::store::AttemptsCombine::Highest, tqm::store::AttemptsCombine::Last}) {
        Fixture f(combining(combine));
        const std::int64_t first = f.startFor(f.zhang);
        answerSome(f, first);
        f.service.submit(first);
        f.service.markEssay(first, 5, 600, "王老师");  // 11 points
        f.clock.advance(1h);
        const std::int64_t second = f.startFor(f.zhang);
        f.clock.advance(3min);
        answerOne(f, second);
        f.service.submit(second);  // 2 points
        const auto results = ExamResults(f.db).results(f.examId);
        REQUIRE(results.size() == 1);
        CHECK(results[0].attemptsSubmitted == 2);
        if (combine == tqm::store::AttemptsCombine::Highest) {
            CHECK(results[0].attemptId == first);
            CHECK(results[0].earned == 1100);
            CHECK(results[0].verdict == Verdict::Pass);
        } else {
            CHECK(results[0].attemptId == second);
            CHECK(results[0].earned == 200);
            CHECK(results[0].verdict == Verdict::Fail);
        }
    }
}

TEST_CASE("results hold per person the counting attempt, its time used and subtotals") {
    Fixture f;
    const std::int64_t li = f.startFor(f.li);
    f.clock.advance(1min);
    const std::int64_t zhang = f.startFor(f.zhang);
    f.clock.advance(20min);
    answerSome(f, zhang);
    f.service.submit(zhang);
    answerOne(f, li);
    f.clock.advance(19min);
    REQUIRE(f.service.resume(f.examId, f.li).autoSubmitted);  // li's deadline was minute 30

    ExamResults results(f.db);
    CHECK(
        results.results(f.examId) ==
        std::vector<tqm::session::PersonExamResult>{
            {f.zhang,
             {"E001", "张三", "一车间"},
             zhang,
             1,
             1,
             500,
             1700,
             Verdict::Pending,
             20 * kMinute,
             kStart + 21 * kMinute,
             SubmittedBy::Person,
             {{"basics", 200, 300, 2, 0}, {"tools", 300, 400, 2, 0}, {"practice", 0, 1000, 1, 1}}},
            {f.li,
             {"E002", "李四", "二车间"},
             li,
             1,
             1,
             200,
             1700,
             Verdict::Fail,
             30 * kMinute,
             kStart + 30 * kMinute,
             SubmittedBy::Deadline,
             {{"basics", 200, 300, 2, 0}, {"tools", 0, 400, 2, 0}, {"practice", 0, 1000, 1, 0}}}});
    CHECK(
        results.answerRows(zhang) ==
        std::vector<tqm::session::AnswerResultRow>{
            {1, "tqm-demo", "q1", "basics", "B", 200, 200, ScoreStatus::Correct},
            {2, "tqm-demo", "q2", "basics", "F", 0, 100, ScoreStatus::Wrong},
            {3, "tqm-demo", "q3", "tools", "A", 100, 200, ScoreStatus::PartiallyCorrect},
            {4, "tqm-demo", "q4", "tools", "pdca|戴明", 200, 200, ScoreStatus::Correct},
            {5, "tqm-demo", "q5", "practice", "整理、整顿、清扫", 0, 1000, ScoreStatus::Pending}});
    CHECK(results.answerRows(li)[1] == tqm::session::AnswerResultRow{2, "tqm-demo", "q2", "basics",
                                                                     "", 0, 100,
                                                                     ScoreStatus::Unanswered});
    CHECK(results.results(42).empty());
}

TEST_CASE("a paper read back from its frozen JSON scores exactly as the paper given") {
    Fixture f;
    const std::int64_t attempt = f.startFor(f.zhang);
    answerSome(f, attempt);
    const auto submitted = f.service.submit(attempt);
    const std::vector<PaperQuestion> given = samplePaper();
    const Answer answers[] = {ChoiceAnswer{{1}}, TrueFalseAnswer{false}, ChoiceAnswer{{0}},
                              BlankAnswer{{"pdca", "戴明"}}, EssayAnswer{"整理、整顿、清扫"}};
    std::vector<QuestionScore> direct;
    for (std::size_t i = 0; i < given.size(); ++i) direct.push_back(score(given[i], answers[i]));
    CHECK(submitted.submission->questionScores == direct);
    const auto stored = f.service.attempts().paper(attempt);
    REQUIRE(stored.size() == given.size());
    for (std::size_t i = 0; i < given.size(); ++i) {
        CHECK(stored[i].stem == given[i].stem);
        CHECK(score(stored[i], answers[i]) == direct[i]);
    }
}

TEST_CASE("item analysis takes the counting attempts that share one paper") {
    Fixture f;
    const std::int64_t zhang = f.startFor(f.zhang);
    answerSome(f, zhang);
    f.service.submit(zhang);
    const std::int64_t li = f.startFor(f.li);
    answerOne(f, li);
    f.service.submit(li);

    const auto groups = ExamResults(f.db).itemAnalysisInput(f.examId);
    REQUIRE(groups.size() == 1);
    const auto& group = groups[0];
    CHECK(group.questions == std::vector<QuestionRef>{{"tqm-demo", "q1"},
                                                      {"tqm-demo", "q2"},
                                                      {"tqm-demo", "q3"},
                                                      {"tqm-demo", "q4"},
                                                      {"tqm-demo", "q5"}});
    CHECK(group.optionCounts == std::vector<std::size_t>{3, 0, 3, 0, 0});
    CHECK(group.attemptIds == std::vector<std::int64_t>{zhang, li});
    REQUIRE(group.people.size() == 2);
    CHECK(group.people[0].total == 500);
    CHECK(group.people[1].total == 200);
    std::vector<bool> correct;
    std::vector<std::vector<std::size_t>> chosen;
    for (const auto& person : group.people) {
        for (const auto& item : person.items) {
            correct.push_back(item.correct);
            chosen.push_back(item.chosenOptions);
        }
    }
    CHECK(correct == std::vector<bool>{true, false, false, true, false,  //
                                       true, false, false, false, false});
    CHECK(chosen == std::vector<std::vector<std::size_t>>{{1},
                                                          {},
                                                          {0},
                                                          {},
                                                          {},  //
                                                          {1},
                                                          {},
                                                          {},
                                                          {},
                                                          {}});
    const auto stats = analyzeItems(group.optionCounts, group.people);
    CHECK(stats[0].facility == 1.0);
    CHECK(stats[0].optionChosen == std::vector<std::size_t>{0, 2, 0});
    CHECK(stats[2].optionChosen == std::vector<std::size_t>{1, 0, 0});
}

TEST_CASE("item analysis of per-person papers groups by question and matches options by text") {
    tqm::store::ExamSettings settings = tqm::sessiontest::sampleSettings();
    settings.paperMode = tqm::store::PaperMode::PerPerson;
    Fixture f(settings);
    const std::int64_t zhang = f.startFor(f.zhang);
    f.service.answer(zhang, 1, ChoiceAnswer{{1}});
    f.service.submit(zhang);
    std::vector<PaperQuestion> shuffled = samplePaper();
    shuffled[0].options = {{"执行", true}, {"检查", false}, {"计划", false}};
    shuffled[4] = shuffled[1];
    shuffled[4].questionId = "q6";
    const std::int64_t li =
        f.service.start(f.examId, f.li, assembled(shuffled, 8)).attempt->attempt.id;
    f.service.answer(li, 1, ChoiceAnswer{{1}});  // 检查: wrong
    f.service.submit(li);

    const auto groups = ExamResults(f.db).itemAnalysisInput(f.examId);
    REQUIRE(groups.size() == 6);
    CHECK(groups[0].questions == std::vector<QuestionRef>{{"tqm-demo", "q1"}});
    CHECK(groups[0].attemptIds == std::vector<std::int64_t>{zhang, li});
    CHECK(groups[0].people[0].items[0].chosenOptions == std::vector<std::size_t>{1});
    CHECK(groups[0].people[1].items[0].chosenOptions == std::vector<std::size_t>{2});
    CHECK(groups[0].people[1].items[0].correct == false);
    CHECK(groups[4].attemptIds == std::vector<std::int64_t>{zhang});
    CHECK(groups[5].questions == std::vector<QuestionRef>{{"tqm-demo", "q6"}});
    CHECK(groups[5].attemptIds == std::vector<std::int64_t>{li});
}

TEST_CASE("the questions a person saw are listed with how many attempts ago") {
    tqm::store::ExamSettings settings = tqm::sessiontest::sampleSettings();
    settings.attemptsAllowed = 3;
    settings.paperMode = tqm::store::PaperMode::PerPerson;
    Fixture f(settings);
    f.service.submit(f.startFor(f.zhang));
    std::vector<PaperQuestion> later = samplePaper();
    for (std::size_t i = 0; i < later.size(); ++i)
        later[i].questionId = "q" + std::to_string(i + 3);
    f.service.start(f.examId, f.zhang, assembled(later, 9));  // still open: seen all the same

    ExamResults results(f.db);
    using Seen = std::map<std::string, int>;
    CHECK(results.recentlySeen(f.examId, f.zhang, 1) ==
          Seen{{"q3", 1}, {"q4", 1}, {"q5", 1}, {"q6", 1}, {"q7", 1}});
    CHECK(results.recentlySeen(f.examId, f.zhang, 2) ==
          Seen{{"q1", 2}, {"q2", 2}, {"q3", 1}, {"q4", 1}, {"q5", 1}, {"q6", 1}, {"q7", 1}});
    CHECK(results.recentlySeen(f.examId, f.zhang, 5) == results.recentlySeen(f.examId, f.zhang, 2));
    CHECK(results.recentlySeen(f.examId, f.li, 3).empty());
    CHECK(results.recentlySeen(f.examId, f.zhang, 0).empty());
}
