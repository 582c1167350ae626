// Item analysis rows of an exam: the questions as shown, their figures and flags, and sorting.
#include <catch2/catch.hpp>

#include "results/item_report.h"
#include "results_test_support.h"

using namespace tqm;
using namespace tqm::results;

namespace {

struct Sample {
    FakeClock clock{fromUnixMillis(resultstest::kStartMs)};
    store::Database db{std::move(*store::Database::open(store::kInMemory, clock).database)};
    resultstest::SampleExam exam = resultstest::fillSampleExam(db, clock);
    std::vector<ItemRow> rows = loadItemRows(db, exam.examId);
};

}  // namespace

TEST_CASE("item analysis lists each question with difficulty, discrimination and options chosen") {
    Sample s;
    REQUIRE(s.rows.size() == 5);
    const ItemRow& q1 = s.rows[0];
    CHECK(q1.number == 1);
    CHECK(q1.question.questionId == "q1");
    CHECK(q1.question.stem == "PDCA 循环的第二步是？");
    CHECK(q1.people == 5);
    CHECK(q1.statistics.facility == Approx(0.6));
    CHECK(*q1.statistics.discrimination == Approx(1.0));
    CHECK(q1.statistics.optionChosen == std::vector<std::size_t>{1, 3, 1});
    CHECK_FALSE(q1.flagged());
    CHECK(s.rows[2].statistics.optionChosen == std::vector<std::size_t>{2, 2, 1});
    CHECK(s.rows[3].statistics.optionChosen == std::vector<std::size_t>{5, 0, 0});
}

TEST_CASE("item analysis flags the too easy, the too hard and the negatively discriminating") {
    Sample s;
    CHECK(s.rows[1].statistics.flags == exam::ItemFlags{false, true, false});
    CHECK(s.rows[3].statistics.flags == exam::ItemFlags{true, false, false});
    CHECK(s.rows[4].statistics.flags == exam::ItemFlags{false, false, true});
    CHECK(*s.rows[4].statistics.discrimination == Approx(-1.0));
    CHECK_FALSE(s.rows[2].flagged());
}

TEST_CASE("item rows sort by any column, flagged first by flags, ties by number") {
    Sample s;
    std::vector<std::size_t> order{0, 1, 2, 3, 4};
    auto numbers = [&] {
        std::vector<std::size_t> n;
        for (std::size_t i : order) n.push_back(s.rows[i].number);
        return n;
    };
    sortItems(s.rows, order, ItemColumn::Facility, true);
    CHECK(numbers() == std::vector<std::size_t>{4, 3, 5, 1, 2});
    sortItems(s.rows, order, ItemColumn::Discrimination, false);
    CHECK(numbers() == std::vector<std::size_t>{1, 3, 2, 4, 5});
    sortItems(s.rows, order, ItemColumn::Flags, true);
    CHECK(numbers() == std::vector<std::size_t>{5, 4, 2, 1, 3});
}
