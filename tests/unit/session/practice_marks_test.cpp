// Each part of a checked practice answer marked for the answer controls: options chosen right or
// wrong and correct ones missed, blanks with their accepted texts, ordering items with their right
// places, matching prompts with their right answers.
#include <catch2/catch.hpp>

#include "../store/store_test_support.h"
#include "practice_bank.h"
#include "session/practice_session.h"
#include "store/people_repository.h"

using tqm::session::MarkedPart;
using tqm::session::PartMark;
using tqm::session::PracticeSession;

namespace {

struct Fixture {
    tqm::FakeClock clock{tqm::storetest::knownMoment()};
    tqm::store::Database db =
        std::move(*tqm::store::Database::open(tqm::store::kInMemory, clock).database);
    std::int64_t person = [this] {
        tqm::store::PeopleRepository people(db);
        people.upsert({"E001", "张三", {}, {}, {}});
        return people.findByEmployeeNo("E001")->id;
    }();
    tqm::bank::Bank bank = tqm::session::testing::practiceBank();
    // Bank order; seed 0 shows the ordering items as 执行 处理 检查 计划 (key DACB) and the
    // matching answers as 找主要问题 判稳定 找原因 (key A=1,B=3,C=2).
    const std::vector<tqm::session::CategoryChoice> all{{"basics", true}, {"tools", true}};
    PracticeSession session{db, clock, bank, person,
                            tqm::session::selectByCategories(bank, all, {}).items};

    std::vector<MarkedPart> marks(std::size_t index, std::string_view text) {
        const auto result = session.answerText(index, text);
        REQUIRE(result.errors.empty());
        return result.feedback->parts;
    }
};

enum Q : std::size_t { S1, M1, TF, FB, OR, MA, SA, NUM };

MarkedPart mark(PartMark mark) {
    return {mark, {}, 0};
}

}  // namespace

TEST_CASE("a multiple choice marks chosen options right or wrong and correct ones missed") {
    Fixture f;  // 找主要问题 ✓, 体现二八原则 ✓, 判断过程稳定 ✗
    CHECK(f.marks(M1, "AC") == std::vector<MarkedPart>{mark(PartMark::Right),
                                                       mark(PartMark::Missed),
                                                       mark(PartMark::Wrong)});
}

TEST_CASE("a skipped single choice marks its correct option missed and the others plain") {
    Fixture f;
    const auto feedback = f.session.answer(S1, tqm::exam::NoAnswer{});
    CHECK(feedback.parts == std::vector<MarkedPart>{mark(PartMark::Missed), mark(PartMark::Plain),
                                                    mark(PartMark::Plain)});
}

TEST_CASE("true/false marks the true row, then the false row") {
    Fixture f;  // the statement is true
    CHECK(f.marks(TF, "错") ==
          std::vector<MarkedPart>{mark(PartMark::Missed), mark(PartMark::Wrong)});
}

TEST_CASE("blanks are marked one by one with every accepted text beside them") {
    Fixture f;
    CHECK(f.marks(FB, "鱼骨|戴明") == std::vector<MarkedPart>{{PartMark::Right, "鱼刺 / 鱼骨", 0},
                                                              {PartMark::Wrong, "石川", 0}});
    SECTION("an empty blank is missed") {
        Fixture g;
        CHECK(g.marks(FB, "鱼刺|") == std::vector<MarkedPart>{{PartMark::Right, "鱼刺 / 鱼骨", 0},
                                                              {PartMark::Missed, "石川", 0}});
    }
    SECTION("a numeric blank is judged within its tolerance") {
        CHECK(f.marks(NUM, "3.6") == std::vector<MarkedPart>{{PartMark::Wrong, "3.4 ± 0.1", 0}});
    }
}

TEST_CASE("ordering items are marked in their shown order with their right places") {
    Fixture f;  // A 执行 B 处理 C 检查 D 计划; the right order D A C B
    CHECK(f.marks(OR, "DCAB") == std::vector<MarkedPart>{{PartMark::Wrong, "", 1},
                                                         {PartMark::Right, "", 3},
                                                         {PartMark::Wrong, "", 2},
                                                         {PartMark::Right, "", 0}});
}

TEST_CASE("matching prompts are marked with their right answers, unmatched ones missed") {
    Fixture f;
    CHECK(f.marks(MA, "A=1,B=2,C=3") == std::vector<MarkedPart>{{PartMark::Right, "", 0},
                                                                {PartMark::Wrong, "", 2},
                                                                {PartMark::Wrong, "", 1}});
    Fixture g;
    CHECK(g.marks(MA, "A=1") == std::vector<MarkedPart>{{PartMark::Right, "", 0},
                                                        {PartMark::Missed, "", 2},
                                                        {PartMark::Missed, "", 1}});
}

TEST_CASE("an essay has no parts to mark") {
    Fixture f;
    CHECK(f.marks(SA, "持续改进很重要。").empty());
}
