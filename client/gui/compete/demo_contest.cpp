#include "compete/demo_contest.h"

#include <chrono>
#include <fstream>
#include <string_view>

#include "admin/key_store.h"
#include "compete/contest_setup.h"
#include "compete/package_export.h"
#include "compete/package_repository.h"
#include "session/practice_feedback.h"
#include "store/database.h"

namespace tqm::gui {

namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kSeed = 20261124;
constexpr std::size_t kPeoplePerSeat = 6;

struct Sitter {
    std::size_t rightAnswers;
    int minutes;
};

// How the demo's people do, seat by seat: scores and times that make ties and a spread.
constexpr Sitter kSitters[] = {{92, 41}, {88, 52}, {88, 47}, {75, 58}, {81, 39}, {64, 60},
                               {95, 44}, {88, 47}, {70, 55}, {79, 50}, {58, 33}, {83, 49}};

compete::ContestSetup demoSetup(LearnerWorkspace& workspace, std::int64_t now) {
    compete::ContestSetup setup;
    setup.blueprintFile = workspace.blueprintDir() / "competition-individual.xml";
    setup.name = "2026 年全面质量管理知识竞赛（个人赛）";
    setup.opensAt = now - 60 * 60 * 1000;
    setup.closesAt = now + 8 * 60 * 60 * 1000;
    setup.timeLimit = std::chrono::minutes(60);
    setup.seed = kSeed;
    return setup;
}

bool writeText(const fs::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << text;
    return bool(out);
}

// One workstation: its people sit the competition, and its package is written to `file`.
std::string runSeat(const compete::ContestSetup& made, const std::vector<store::Person>& people,
                    std::size_t first, TimePoint start, store::Database& organizer,
                    const std::string& label, const fs::path& file) {
    FakeClock clock(start);
    auto opened = store::Database::open(store::kInMemory, clock);
    if (!opened.database) return "a workstation database could not be made";
    store::Database& db = *opened.database;
    admin::KeyStore keys;
    session::ExamService service(db, keys);
    store::PeopleRepository roster(db);
    for (std::size_t i = first; i < first + kPeoplePerSeat && i < people.size(); ++i)
        roster.upsert({people[i].employeeNo, people[i].name, people[i].unit, {}, {}});
    const compete::ContestSetupResult joined = compete::createContest(service, made);
    if (!joined.ok()) return "the demo competition could not be joined";
    for (std::size_t i = first; i < first + kPeoplePerSeat && i < people.size(); ++i) {
        const Sitter sitter = kSitters[i % std::size(kSitters)];
        const store::Person person = *roster.findByEmployeeNo(people[i].employeeNo);
        const session::SittingResult sitting =
            compete::openContestSitting(service, *joined.competition, person);
        if (!sitting.attempt) return "a demo sitting could not start";
        const std::int64_t attempt = sitting.attempt->attempt.id;
        const std::vector<exam::PaperQuestion> paper = service.attempts().paper(attempt);
        for (std::size_t q = 0; q < paper.size() && q < sitter.rightAnswers; ++q)
            service.answer(attempt, q + 1, session::correctAnswerOf(paper[q]));
        clock.advance(std::chrono::minutes(sitter.minutes) + std::chrono::seconds(7 * i));
        service.submit(attempt);
        clock.advance(std::chrono::minutes(2));
    }
    const compete::PackageExport exported =
        compete::exportPackage(db, keys, joined.competition->id);
    if (exported.refusal) return exported.refusal->message;
    if (compete::writePackageFile(file, exported)) return "a demo package could not be written";
    compete::PackageRepository(organizer).trust(keys.signingKeys().key->publicKey(), label);
    return {};
}

}  // namespace

std::optional<DemoContest> makeDemoContest(LearnerWorkspace& workspace, const fs::path& folder,
                                           std::string& problem) {
    store::Database* database = workspace.database();
    if (!database) {
        problem = "no database";
        return std::nullopt;
    }
    std::error_code ignored;
    fs::create_directories(folder, ignored);
    const TimePoint now = workspace.clock().now();
    compete::ContestSetup setup = demoSetup(workspace, unixMillis(now));
    admin::KeyStore organizerKeys;
    session::ExamService service(*database, organizerKeys);
    const compete::ContestSetupResult made = compete::createContest(service, setup);
    if (!made.ok()) {
        problem = made.problems.empty() ? "the demo competition could not be made"
                                        : made.problems.front().message;
        return std::nullopt;
    }
    setup.id = made.competition->id;
    const std::vector<store::Person> people = workspace.people();
    DemoContest demo{*made.competition, {}};
    const std::pair<std::string, std::string> seats[] = {{"一车间机房", "一车间机房.json"},
                                                         {"质检楼机房", "质检楼机房.json"}};
    for (std::size_t seat = 0; seat < std::size(seats); ++seat) {
        const fs::path file = folder / seats[seat].second;
        problem =
            runSeat(setup, people, seat * kPeoplePerSeat, now, *database, seats[seat].first, file);
        if (!problem.empty()) return std::nullopt;
        demo.packages.push_back(file);
    }
    // The first package once more under another name, and a copy with one score raised.
    const fs::path copy = folder / "一车间机房（副本）.json";
    const fs::path altered = folder / "三车间机房.json";
    std::ifstream in(demo.packages.front(), std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string changed = text;
    // One digit of the first score changed: the signature no longer matches.
    constexpr std::string_view kScore = "\"scoreHundredths\": 9";
    if (const auto at = changed.find(kScore); at != std::string::npos)
        changed[at + kScore.size() - 1] = '8';
    if (!writeText(copy, text) || !writeText(altered, changed)) {
        problem = "the demo packages could not be copied";
        return std::nullopt;
    }
    demo.packages.push_back(copy);
    demo.packages.push_back(altered);
    return demo;
}

}  // namespace tqm::gui
