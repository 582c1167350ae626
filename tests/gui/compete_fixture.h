// The contest tests' world: a bank of ten true/false questions and a blueprint drawing four of
// them (5 points each) in a folder of the test's own; workstations, each a database in memory on
// its own clock with its own signing key and the people E001 张三 and E005 钱七 of 一车间 and
// E002 李四 of 二车间, made and sat through the core as tests/unit/compete does.
#pragma once

#include <chrono>
#include <fstream>
#include <optional>
#include <string>

#include <catch2/catch.hpp>

#include "admin/key_store.h"
#include "compete/contest_setup.h"
#include "compete/package_export.h"
#include "contest_sitting.h"
#include "exam/answer.h"
#include "exam_fixture.h"
#include "store/people_repository.h"

namespace tqm::gui::test {

inline constexpr std::int64_t kMinuteMs = 60000;

inline void writeFile(const std::filesystem::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << text;
    REQUIRE(out);
}

inline std::string readFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// mini.xml (tf-01 ... tf-10, the odd ones true) and mini-exam.xml (4 of them, 5 points each,
// the same paper for every seat) in `folder`.
inline void writeContestFiles(const std::filesystem::path& folder) {
    std::string bank =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bank format=\"1\" id=\"mini\" "
        "version=\"1.0.0\" language=\"zh-CN\">\n  <title>小题库</title>\n  <categories>\n"
        "    <category id=\"basics\" title=\"基础\"/>\n  </categories>\n  <questions>\n";
    for (int i = 1; i <= 10; ++i)
        bank += "    <true-false id=\"tf-" + std::string(i < 10 ? "0" : "") + std::to_string(i) +
                "\" category=\"basics\" answer=\"" + (i % 2 == 1 ? "true" : "false") +
                "\">\n      <stem>判断题 " + std::to_string(i) + "</stem>\n    </true-false>\n";
    bank += "  </questions>\n</bank>\n";
    writeFile(folder / "mini.xml", bank);
    writeFile(folder / "mini-exam.xml",
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<blueprint format=\"1\" id=\"mini-exam\" bank=\"mini\">\n"
              "  <title>小测验</title>\n  <options paper=\"same\"/>\n"
              "  <section title=\"一、判断题\" type=\"true-false\" points=\"5\">\n"
              "    <draw count=\"4\" category=\"basics\"/>\n  </section>\n</blueprint>\n");
}

inline void addPeople(store::Database& db) {
    store::PeopleRepository people(db);
    people.upsert({"E001", "张三", std::string("一车间"), {}, {}});
    people.upsert({"E002", "李四", std::string("二车间"), {}, {}});
    people.upsert({"E005", "钱七", std::string("一车间"), {}, {}});
}

inline compete::ContestSetup contestSetup(const std::filesystem::path& folder, std::int64_t opensAt,
                                          std::int64_t closesAt) {
    compete::ContestSetup setup;
    setup.blueprintFile = folder / "mini-exam.xml";
    setup.name = "质量知识竞赛";
    setup.opensAt = opensAt;
    setup.closesAt = closesAt;
    setup.timeLimit = std::chrono::minutes(30);
    setup.seed = 42;
    return setup;
}

struct Workstation {
    Workstation() { addPeople(db); }

    void join(compete::ContestSetup setup, const std::string& id) {
        setup.id = id;
        const compete::ContestSetupResult made = compete::createContest(service, setup);
        REQUIRE(made.ok());
        competition = *made.competition;
    }

    // The person sits the competition (testsupport::sitContest).
    void sit(const std::string& employeeNo, int right, int minutes) {
        testsupport::sitContest(service, db, clock, competition, employeeNo, right, minutes);
    }

    // Writes the signed package to `file`.
    void exportTo(const std::filesystem::path& file) {
        const compete::PackageExport exported = compete::exportPackage(db, keys, competition.id);
        REQUIRE_FALSE(exported.refusal);
        REQUIRE_FALSE(compete::writePackageFile(file, exported));
    }

    const admin::PublicKey& publicKey() { return keys.signingKeys().key->publicKey(); }

    FakeClock clock{fromUnixMillis(kExamStart)};
    store::Database db = std::move(*store::Database::open(store::kInMemory, clock).database);
    admin::KeyStore keys;
    session::ExamService service{db, keys};
    compete::Competition competition;
};

}  // namespace tqm::gui::test
