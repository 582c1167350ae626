// What the host console asks before it enables a control: whether an event would be accepted,
// without applying or logging it; and the list of live competitions it offers to resume.
#include <catch2/catch.hpp>

#include "../store/store_test_support.h"
#include "compete/live_session.h"
#include "store/live_event_repository.h"
#include "team_fixture.h"

using namespace tqm::compete;
using namespace tqm::compete::test;
using tqm::FakeClock;
using tqm::store::Database;
using tqm::store::LiveEventRepository;
using tqm::storetest::knownMoment;

namespace {

const std::filesystem::path kCup = TQM_TEST_DATA_DIR "/cli/compete/cup.xml";

}  // namespace

TEST_CASE("checking an event tells the engine's refusal and leaves the state as it was") {
    const TeamContest contest = contestOf({roundOf(RoundKind::BuzzIn, {}, 2)});
    Driver driver(contest);
    REQUIRE(driver.apply(0, ShowQuestion{}).empty());

    const auto judge = wouldRefuse(driver.engine, {10, Judge{true}});
    REQUIRE(judge);
    CHECK(judge->code == "wrong-phase");
    CHECK_FALSE(wouldRefuse(driver.engine, {10, OpenBuzzing{}}));
    CHECK_FALSE(wouldRefuse(driver.engine, {10, Undo{}}));
    CHECK(driver.state().phase == Phase::Shown);
    CHECK(driver.engine.inEffect().size() == 1);
}

TEST_CASE("a session's check refuses nothing-to-undo before the first event and logs nothing") {
    FakeClock wall(knownMoment());
    FakeLiveClock steady;
    auto opened = Database::open(tqm::store::kInMemory, wall);
    REQUIRE(opened.ok());
    auto started = LiveSession::start(*opened.database, kCup, steady);
    REQUIRE(started.session);
    LiveSession& session = *started.session;
    CHECK(session.check(Undo{})->code == "nothing-to-undo");
    CHECK_FALSE(session.check(ShowQuestion{}));
    CHECK(LiveEventRepository(*opened.database).events(session.competitionId()).empty());
    REQUIRE_FALSE(session.submit(ShowQuestion{}));
    CHECK_FALSE(session.check(Undo{}));
    REQUIRE(session.inEffect().size() == 1);
    CHECK(std::holds_alternative<ShowQuestion>(session.inEffect()[0].body));
}

TEST_CASE("the live competitions are listed newest first with their number of events") {
    FakeClock wall(knownMoment());
    FakeLiveClock steady;
    auto opened = Database::open(tqm::store::kInMemory, wall);
    REQUIRE(opened.ok());
    auto first = LiveSession::start(*opened.database, kCup, steady);
    REQUIRE(first.session);
    REQUIRE_FALSE(first.session->submit(ShowQuestion{}));
    wall.advance(std::chrono::minutes(5));
    REQUIRE_FALSE(first.session->submit(Judge{true}));
    wall.advance(std::chrono::minutes(5));
    auto second = LiveSession::start(*opened.database, kCup, steady);
    REQUIRE(second.session);

    const auto rows = LiveEventRepository(*opened.database).competitions();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].id == second.session->competitionId());
    CHECK(rows[0].eventCount == 0);
    CHECK(rows[0].lastEventAt == rows[0].startedAt);
    CHECK(rows[1].id == first.session->competitionId());
    CHECK(rows[1].eventCount == 2);
    CHECK(rows[1].lastEventAt - rows[1].startedAt == 5 * 60 * 1000);
    CHECK(rows[1].title == first.session->contest().title);
}
