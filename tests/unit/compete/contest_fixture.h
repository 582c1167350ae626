// Workstations for the contest tests: each its own in-memory database on a fake clock with its
// own in-memory signing key, the people E001 张三 and E005 钱七 of 一车间 and E002 李四 of
// 二车间, and the competition made from a mini bank of true/false questions (5 points each)
// written into a shared temporary folder.
#pragma once

#include <chrono>
#include <string>

#include <catch2/catch.hpp>

#include "../session/sitting_test_support.h"
#include "admin/key_store.h"
#include "compete/contest_setup.h"
#include "contest_sitting.h"
#include "exam/answer.h"

namespace tqm::contesttest {

constexpr std::int64_t kOpens = sittingtest::kStart - 60 * sittingtest::kMinute;
constexpr std::int64_t kCloses = sittingtest::kStart + 24 * 60 * sittingtest::kMinute;

// A bank of 10 questions and a blueprint drawing 4 of them, the same paper for every seat.
struct ContestFiles {
    ContestFiles() {
        storetest::writeBytes(folder / "mini.xml", sittingtest::miniBank(10));
        storetest::writeBytes(folder / "mini-exam.xml", sittingtest::miniBlueprint(4));
    }
    storetest::TempFolder folder;
};

struct Workstation {
    Workstation() {
        store::PeopleRepository people(db);
        people.upsert({"E001", "张三", std::string("一车间"), {}, {}});
        people.upsert({"E002", "李四", std::string("二车间"), {}, {}});
        people.upsert({"E005", "钱七", std::string("一车间"), {}, {}});
    }

    // Makes the competition (joining `id` when given) and returns it.
    compete::Competition create(const ContestFiles& files, std::optional<std::string> id = {},
                                std::int64_t seed = 42, std::string name = "质量知识竞赛") {
        compete::ContestSetup setup;
        setup.blueprintFile = files.folder / "mini-exam.xml";
        setup.name = std::move(name);
        setup.opensAt = kOpens;
        setup.closesAt = kCloses;
        setup.timeLimit = std::chrono::minutes(30);
        setup.seed = seed;
        setup.id = std::move(id);
        const compete::ContestSetupResult made = compete::createContest(service, setup);
        INFO(made.diagnostics.size() << " diagnostics, " << made.problems.size() << " problems");
        REQUIRE(made.ok());
        return *made.competition;
    }

    // The person sits the competition (testsupport::sitContest).
    void sit(const compete::Competition& competition, const std::string& employeeNo, int right,
             int minutes) {
        testsupport::sitContest(service, db, clock, competition, employeeNo, right, minutes);
    }

    int count(const std::string& sql) { return db.sql().execAndGet(sql).getInt(); }

    FakeClock clock{storetest::knownMoment()};
    store::Database db = std::move(*store::Database::open(store::kInMemory, clock).database);
    admin::KeyStore keys;  // in memory: each workstation its own key
    session::ExamService service{db, keys};
};

}  // namespace tqm::contesttest
