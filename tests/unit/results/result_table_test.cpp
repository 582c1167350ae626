// The results table of an exam: one row per person, the attempt that counts or the one in
// progress, filters, sorting, figures and charts' data.
#include <catch2/catch.hpp>

#include "results/result_query.h"
#include "results/result_statistics.h"
#include "results/result_table.h"
#include "results_test_support.h"

using namespace tqm;
using namespace tqm::results;
using resultstest::kMinuteMs;
using resultstest::kStartMs;

namespace {

struct Sample {
    FakeClock clock{fromUnixMillis(kStartMs)};
    store::Database db{std::move(*store::Database::open(store::kInMemory, clock).database)};
    resultstest::SampleExam exam = resultstest::fillSampleExam(db, clock);
    std::vector<ResultRow> rows = loadResultRows(db, exam.examId);
};

std::vector<std::string> employeeNos(const std::vector<ResultRow>& rows,
                                     const std::vector<std::size_t>& order) {
    std::vector<std::string> numbers;
    for (std::size_t i : order) numbers.push_back(rows[i].employeeNo);
    return numbers;
}

std::vector<std::size_t> everyRow(const std::vector<ResultRow>& rows) {
    std::vector<std::size_t> order(rows.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    return order;
}

}  // namespace

TEST_CASE("the results table has a row per person: the counting attempt or the one in progress") {
    Sample s;
    REQUIRE(s.rows.size() == 6);
    const ResultRow& zhang = s.rows[0];
    CHECK(zhang.employeeNo == "E001");
    CHECK(zhang.name == "张三");
    CHECK(zhang.unit == "一车间");
    CHECK(zhang.positions == "质检员");
    CHECK(zhang.attemptNo == 1);
    CHECK(zhang.earned == 7000);
    CHECK(zhang.max == 10000);
    CHECK(zhang.verdict == exam::Verdict::Pass);
    CHECK(zhang.state == ResultState::Submitted);
    CHECK(zhang.timeUsedMs == 20 * kMinuteMs);
    CHECK(zhang.submittedAt == kStartMs + 20 * kMinuteMs);
    CHECK(s.rows[1].positions == "班组长、质检员");
    // The higher of E003's two attempts counts.
    CHECK(s.rows[2].attemptNo == 2);
    CHECK(s.rows[2].earned == 4000);
    CHECK(s.rows[2].timeUsedMs == 15 * kMinuteMs);
    const ResultRow& sun = s.rows[5];
    CHECK(sun.employeeNo == "E006");
    CHECK(sun.state == ResultState::InProgress);
    CHECK(sun.attemptNo == 1);
    CHECK_FALSE(sun.timeUsedMs);
    CHECK_FALSE(sun.submittedAt);
}

TEST_CASE("an attempt with an essay still unmarked is awaiting marking and not scored") {
    FakeClock clock{fromUnixMillis(kStartMs)};
    auto db = std::move(*store::Database::open(store::kInMemory, clock).database);
    const auto sample = resultstest::fillSampleExam(db, clock);
    session::ExamService service(db);
    std::vector<exam::PaperQuestion> paper = resultstest::resultsPaper();
    paper[4].type = bank::QuestionType::ShortAnswer;
    paper[4].referenceAnswer = "不能";
    store::ExamSettings settings = service.exam(sample.examId)->settings;
    settings.title = "论述";
    const std::int64_t essayExam = *service.createExam(settings).examId;
    const std::int64_t attempt =
        service
            .start(essayExam, sample.people[0], {paper, 1, "tqm-demo", "1", std::string(64, 'a')})
            .attempt->attempt.id;
    service.answer(attempt, 5, exam::EssayAnswer{"检验不能提高质量"});
    service.submit(attempt);
    const std::vector<ResultRow> rows = loadResultRows(db, essayExam);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].state == ResultState::AwaitingMarking);
    CHECK_FALSE(rows[0].scored());
    CHECK(summarize(rows, everyRow(rows)).scored == 0);
}

TEST_CASE("the exam list gives each exam's people, submitted attempts and attempts in progress") {
    Sample s;
    const std::vector<ExamChoice> choices = listExamChoices(s.db);
    REQUIRE(choices.size() == 1);
    CHECK(choices[0].exam.settings.title == "质量月考试");
    CHECK(choices[0].people == 6);
    CHECK(choices[0].submitted == 6);
    CHECK(choices[0].inProgress == 1);
}

TEST_CASE("sorting by a column orders the rows either way, ties in 工号 order") {
    Sample s;
    std::vector<std::size_t> order = everyRow(s.rows);
    SECTION("score ascending puts the attempt in progress last") {
        sortRows(s.rows, order, ResultColumn::Score, true);
        CHECK(employeeNos(s.rows, order) ==
              std::vector<std::string>{"E004", "E002", "E003", "E005", "E001", "E006"});
    }
    SECTION("score descending still puts the attempt in progress last") {
        sortRows(s.rows, order, ResultColumn::Score, false);
        CHECK(employeeNos(s.rows, order) ==
              std::vector<std::string>{"E001", "E005", "E002", "E003", "E004", "E006"});
    }
    SECTION("time used") {
        sortRows(s.rows, order, ResultColumn::TimeUsed, true);
        CHECK(employeeNos(s.rows, order) ==
              std::vector<std::string>{"E005", "E003", "E001", "E002", "E004", "E006"});
    }
    SECTION("outcome: passed, failed, then in progress") {
        sortRows(s.rows, order, ResultColumn::Verdict, true);
        CHECK(employeeNos(s.rows, order) ==
              std::vector<std::string>{"E001", "E005", "E002", "E003", "E004", "E006"});
    }
    SECTION("unit descending") {
        sortRows(s.rows, order, ResultColumn::Unit, false);
        CHECK(employeeNos(s.rows, order) ==
              std::vector<std::string>{"E004", "E006", "E002", "E005", "E001", "E003"});
    }
    SECTION("state: in progress first") {
        sortRows(s.rows, order, ResultColumn::State, true);
        CHECK(employeeNos(s.rows, order) ==
              std::vector<std::string>{"E006", "E001", "E002", "E003", "E004", "E005"});
    }
}

TEST_CASE("the filter keeps rows matching every word in 工号, name or unit, outcome and unit") {
    Sample s;
    ResultFilter filter;
    filter.text = "车间";
    CHECK(employeeNos(s.rows, filterRows(s.rows, filter)) ==
          std::vector<std::string>{"E001", "E002", "E003", "E005"});
    filter.text = "ｅ00 二";  // full-width letters match, every word must match
    CHECK(employeeNos(s.rows, filterRows(s.rows, filter)) ==
          std::vector<std::string>{"E002", "E005"});
    filter = {};
    filter.outcome = OutcomeFilter::Failed;
    CHECK(employeeNos(s.rows, filterRows(s.rows, filter)) ==
          std::vector<std::string>{"E002", "E003", "E004"});
    filter.unit = "质检科";
    CHECK(employeeNos(s.rows, filterRows(s.rows, filter)) == std::vector<std::string>{"E004"});
    filter.outcome = OutcomeFilter::InProgress;
    CHECK(employeeNos(s.rows, filterRows(s.rows, filter)) == std::vector<std::string>{"E006"});
    CHECK(unitsOf(s.rows) == std::vector<std::string>{"一车间", "二车间", "质检科"});
}

TEST_CASE("the summary counts shown rows and averages the scored ones") {
    Sample s;
    const ResultSummary all = summarize(s.rows, everyRow(s.rows));
    CHECK(all.shown == 6);
    CHECK(all.total == 6);
    CHECK(all.scored == 5);
    CHECK(all.passed == 2);
    CHECK(*all.meanPoints == Approx(48.0));
    CHECK(*all.passRate == Approx(0.4));
    ResultFilter filter;
    filter.unit = "二车间";
    const ResultSummary second = summarize(s.rows, filterRows(s.rows, filter));
    CHECK(second.shown == 2);
    CHECK(*second.meanPoints == Approx(50.0));
    CHECK(*second.passRate == Approx(0.5));
    CHECK_FALSE(summarize(s.rows, std::vector<std::size_t>{5}).meanPoints);
}

TEST_CASE("the histogram has ten bins of a tenth of the maximum and a boundary score goes up") {
    Sample s;
    const ScoreHistogram histogram = scoreHistogram(s.rows, everyRow(s.rows), 6000);
    CHECK(histogram.max == 10000);
    CHECK(histogram.passMark == 6000);
    CHECK(histogram.counts == std::vector<std::size_t>{0, 0, 0, 1, 2, 0, 1, 1, 0, 0});
    CHECK(histogram.binStart(3) == Approx(30.0));
    CHECK(histogram.largest() == 2);
    ResultRow full = s.rows[0];
    full.earned = full.max;
    const std::vector<ResultRow> one{full};
    CHECK(scoreHistogram(one, std::vector<std::size_t>{0}, 6000).counts[9] == 1);
}

TEST_CASE("category shares are the mean over people of the points earned in the category") {
    Sample s;
    const std::vector<CategoryShare> shares = categoryShares(s.rows, everyRow(s.rows));
    REQUIRE(shares.size() == 2);
    CHECK(shares[0].category == "基础");
    CHECK(shares[0].share == Approx(0.7));
    CHECK(shares[0].people == 5);
    CHECK(shares[1].category == "工具");
    CHECK(shares[1].share == Approx(1.0 / 3.0));
}
