// A live competition in the database: every accepted event is in the log before submit()
// returns, and reopening folds the log back to exactly the same state.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Statement.h>

#include "../store/store_test_support.h"
#include "compete/live_session.h"
#include "store/live_event_repository.h"

using namespace tqm::compete;
using tqm::FakeClock;
using tqm::store::Database;
using tqm::storetest::knownMoment;
using tqm::storetest::TempFolder;
using Scores = std::vector<int>;

namespace {

const std::filesystem::path kCup = TQM_TEST_DATA_DIR "/cli/compete/cup.xml";

std::string column(Database& db, const std::string& sql) {
    SQLite::Statement query(db.sql(), sql);
    std::string out;
    while (query.executeStep()) {
        for (int i = 0; i < query.getColumnCount(); ++i)
            out += (i ? "|" : "") + query.getColumn(i).getString();
        out += ";";
    }
    return out;
}

}  // namespace

TEST_CASE("a resumed competition ends exactly where it was, buzz order and timeline included") {
    TempFolder folder;
    FakeClock wall(knownMoment());
    FakeLiveClock steady(50'000);
    LiveState before;
    {
        auto opened = Database::open(folder / "tqm.db", wall);
        REQUIRE(opened.ok());
        auto started = LiveSession::openOrResume(*opened.database, kCup, steady);
        REQUIRE(started.session);
        CHECK_FALSE(started.resumed);
        LiveSession& session = *started.session;
        for (int i = 0; i < 3; ++i) {
            REQUIRE_FALSE(session.submit(ShowQuestion{}));
            REQUIRE_FALSE(session.submit(Judge{i != 1}));
            REQUIRE_FALSE(session.submit(Next{}));
        }
        REQUIRE_FALSE(session.submit(ShowQuestion{}));
        steady.advance(2000);
        REQUIRE_FALSE(session.submit(OpenBuzzing{}));
        REQUIRE_FALSE(session.pressKey("3", 50'000 + 3250));
        REQUIRE_FALSE(session.pressKey("2", 50'000 + 3240));
        CHECK(session.pressKey("9", 50'000 + 3300)->code == "unknown-key");
        before = session.state();
        CHECK(before.answering == 1);
        CHECK(before.scores == Scores{110, 95, 110});
    }                   // dropped without closing anything, as a killed program would leave it
    steady.set(7'000);  // a steady clock starts anew after a restart
    auto reopened = Database::open(folder / "tqm.db", wall);
    REQUIRE(reopened.ok());
    auto resumed = LiveSession::openOrResume(*reopened.database, kCup, steady);
    REQUIRE(resumed.session);
    CHECK(resumed.resumed);
    LiveSession& session = *resumed.session;
    const LiveState& after = session.state();
    CHECK(after.scores == before.scores);
    CHECK(after.phase == Phase::Answering);
    CHECK(after.answering == 1);
    CHECK(after.round == 1);
    REQUIRE(after.buzz.order().size() == 2);
    CHECK(after.buzz.order()[0].sinceOpenMs == 1240);
    CHECK(after.buzz.order()[1].sinceOpenMs == 1250);
    // The timeline goes on from the last event (at 3250 ms after its start... on the old clock).
    CHECK(session.nowMs() == 3250);
    CHECK(column(*reopened.database, "SELECT count(*) FROM live_competition") == "1;");
    CHECK(column(*reopened.database,
                 "SELECT seq, kind, payload, at_ms FROM live_event WHERE seq >= 11") ==
          "11|open|{}|2000;12|buzz|{\"team\":\"green\"}|3250;13|buzz|{\"team\":\"blue\"}|3240;");
}

TEST_CASE("a refused event is not written to the log") {
    FakeClock wall(knownMoment());
    FakeLiveClock steady;
    auto opened = Database::open(tqm::store::kInMemory, wall);
    REQUIRE(opened.ok());
    auto started = LiveSession::start(*opened.database, kCup, steady);
    REQUIRE(started.session);
    CHECK(started.session->submit(Next{})->code == "wrong-phase");
    CHECK(started.session->submit(Undo{})->code == "nothing-to-undo");
    CHECK(column(*opened.database, "SELECT count(*) FROM live_event") == "0;");
    REQUIRE_FALSE(started.session->submit(ShowQuestion{}));
    REQUIRE_FALSE(started.session->submit(Undo{}));
    CHECK(column(*opened.database, "SELECT seq, kind FROM live_event") == "1|show;2|undo;");
}

TEST_CASE("the event log refuses any change to a written event") {
    FakeClock wall(knownMoment());
    FakeLiveClock steady;
    auto opened = Database::open(tqm::store::kInMemory, wall);
    REQUIRE(opened.ok());
    auto started = LiveSession::start(*opened.database, kCup, steady);
    REQUIRE(started.session);
    REQUIRE_FALSE(started.session->submit(ShowQuestion{}));
    CHECK_THROWS_WITH(opened.database->sql().exec("DELETE FROM live_event"),
                      "the event log of a competition is append-only");
    CHECK_THROWS_WITH(opened.database->sql().exec("UPDATE live_event SET kind = 'next'"),
                      "the event log of a competition is append-only");
}

TEST_CASE("a competition file with errors is not started") {
    FakeClock wall(knownMoment());
    FakeLiveClock steady;
    auto opened = Database::open(tqm::store::kInMemory, wall);
    REQUIRE(opened.ok());
    auto started = LiveSession::start(*opened.database, "/nonexistent/contest.xml", steady);
    CHECK_FALSE(started.session);
    REQUIRE(started.diagnostics.size() == 1);
    CHECK(started.diagnostics[0].code == "file-not-found");
    CHECK(column(*opened.database, "SELECT count(*) FROM live_competition") == "0;");
}

TEST_CASE(
    "a competition resumes with its bank questions as they were started, even when the "
    "bank is gone") {
    TempFolder folder;
    std::filesystem::copy_file(TQM_SOURCE_DIR "/question-bank/banks/tqm-demo.xml",
                               folder / "bank.xml");
    std::string contest = tqm::storetest::bytesOf(TQM_SOURCE_DIR "/content/demo-team-contest.xml");
    const std::string bankRef = "../question-bank/banks/tqm-demo.xml";
    contest.replace(contest.find(bankRef), bankRef.size(), "bank.xml");
    tqm::storetest::writeBytes(folder / "contest.xml", contest);
    FakeClock wall(knownMoment());
    FakeLiveClock steady;
    auto opened = Database::open(folder / "tqm.db", wall);
    REQUIRE(opened.ok());
    {
        auto started = LiveSession::start(*opened.database, folder / "contest.xml", steady);
        REQUIRE(started.session);
        REQUIRE_FALSE(started.session->submit(ShowQuestion{}));
    }
    std::filesystem::remove(folder / "bank.xml");
    auto resumed = LiveSession::resume(*opened.database, steady);
    for (const auto& d : resumed.diagnostics) INFO(tqm::formatDiagnostic(d));
    REQUIRE(resumed.session);
    const ContestQuestion* shown =
        currentQuestion(resumed.session->contest(), resumed.session->state());
    REQUIRE(shown);
    CHECK(shown->id == "basics-001");
    CHECK(shown->answer == "D");
    CHECK(shown->text.find("D. 全自动化的质量管理") != std::string::npos);
    CHECK(resumed.session->contest().rounds[3].questions.size() == 9);
}

TEST_CASE("an event the database could not write is not shown") {
    FakeClock wall(knownMoment());
    FakeLiveClock steady;
    auto opened = Database::open(tqm::store::kInMemory, wall);
    REQUIRE(opened.ok());
    auto started = LiveSession::start(*opened.database, kCup, steady);
    REQUIRE(started.session);
    LiveSession& session = *started.session;
    REQUIRE_FALSE(session.submit(ShowQuestion{}));
    opened.database->sql().exec("PRAGMA query_only = ON");  // every write now fails
    CHECK_THROWS(session.submit(Judge{true}));
    CHECK(session.state().phase == Phase::Shown);
    CHECK(session.state().scores == Scores{100, 100, 100});
    opened.database->sql().exec("PRAGMA query_only = OFF");
    REQUIRE_FALSE(session.submit(Judge{true}));
    CHECK(session.state().scores == Scores{110, 100, 100});
    CHECK(column(*opened.database, "SELECT seq, kind FROM live_event") == "1|show;2|judge;");
}
