// Result packages: a workstation's export reads back exactly, and the organizer's merge takes a
// package whole, refuses every kind of bad package with the reason naming the file, and changes
// nothing when a package comes a second time.
#include <catch2/catch.hpp>

#include "compete/contest_repository.h"
#include "compete/package_export.h"
#include "compete/package_merge.h"
#include "compete/package_repository.h"
#include "compete/ranking_standings.h"
#include "contest_fixture.h"

using tqm::compete::MergeStatus;
using tqm::contesttest::ContestFiles;
using tqm::contesttest::Workstation;

namespace {

std::string exported(Workstation& w, const tqm::compete::Competition& competition) {
    const tqm::compete::PackageExport package =
        tqm::compete::exportPackage(w.db, w.keys, competition.id);
    REQUIRE_FALSE(package.refusal);
    return package.text;
}

void trust(Workstation& organizer, Workstation& w, const std::string& label) {
    tqm::compete::PackageRepository(organizer.db)
        .trust(w.keys.signingKeys().key->publicKey(), label);
}

// The organizer with the competition, workstations A (E001 right on all 4 in 12 minutes, E005
// on 1 in 20) and B (E002 right on 4 in 12 minutes), both trusted.
struct Contest {
    Contest() {
        competition = organizer.create(files);
        a.create(files, competition.id);
        b.create(files, competition.id);
        a.sit(competition, "E001", 4, 12);
        a.sit(competition, "E005", 1, 20);
        b.sit(competition, "E002", 4, 12);
        trust(organizer, a, "一车间机房");
        trust(organizer, b, "二车间机房");
    }
    tqm::compete::MergeOutcome merge(const std::string& text, const std::string& file) {
        return tqm::compete::mergePackageText(organizer.db, competition.id, text, file);
    }
    int results() { return organizer.count("SELECT count(*) FROM merged_result"); }
    int packages() { return organizer.count("SELECT count(*) FROM merged_package"); }

    ContestFiles files;
    Workstation organizer, a, b;
    tqm::compete::Competition competition;
};

}  // namespace

TEST_CASE("every workstation that joins a competition gets the same paper hash") {
    ContestFiles files;
    Workstation first, second;
    const auto made = first.create(files);
    const auto joined = second.create(files, made.id);
    CHECK(tqm::compete::isCompetitionId(made.id));
    CHECK(joined.id == made.id);
    CHECK(joined.paperSha256 == made.paperSha256);
    CHECK(second.create(files, std::nullopt, 43).paperSha256 != made.paperSha256);
}

TEST_CASE("a competition cannot be started before it opens or from its closing on") {
    ContestFiles files;
    Workstation w;
    tqm::compete::Competition competition = w.create(files);
    CHECK(tqm::compete::windowRefusal(competition, tqm::contesttest::kOpens - 1)->code ==
          "contest-not-open");
    CHECK_FALSE(tqm::compete::windowRefusal(competition, tqm::contesttest::kOpens));
    CHECK(tqm::compete::windowRefusal(competition, tqm::contesttest::kCloses)->code ==
          "contest-closed");
    w.clock.set(tqm::fromUnixMillis(tqm::contesttest::kCloses));
    const auto person = *tqm::store::PeopleRepository(w.db).findByEmployeeNo("E001");
    CHECK(tqm::compete::openContestSitting(w.service, competition, person).refusal->code ==
          "contest-closed");
    CHECK(w.count("SELECT count(*) FROM attempt") == 0);
}

TEST_CASE("a result package reads back exactly as the workstation's attempts were") {
    Contest c;
    const std::string text = exported(c.a, c.competition);
    const tqm::compete::PackageRead read = tqm::compete::readPackageText(text, "a.json");
    REQUIRE(read.package);
    tqm::compete::ResultPackage expected = tqm::compete::collectPackage(c.a.db, c.competition.id);
    expected.publicKey = c.a.keys.signingKeys().key->publicKey();
    expected.exportedAt = read.package->exportedAt;
    CHECK(*read.package == expected);
    REQUIRE(read.package->attempts.size() == 2);
    const auto& zhang = read.package->attempts[0];
    CHECK(zhang.employeeNo == "E001");
    CHECK(zhang.name == "张三");
    CHECK(zhang.unit == "一车间");
    CHECK(zhang.score == 2000);
    CHECK(zhang.maxPoints == 2000);
    CHECK(zhang.timeUsedMs == 12 * 60000);
    CHECK(zhang.paperSha256 == c.competition.paperSha256);
    REQUIRE(zhang.answers.size() == 4);
    CHECK(zhang.answers[0].seq == 1);
    CHECK(zhang.answers[0].answeredAt == zhang.startedAt + 10000);
    CHECK(read.package->attempts[1].score == 500);
}

TEST_CASE("merged packages make the ranking, and merging one again changes nothing") {
    Contest c;
    const std::string fromA = exported(c.a, c.competition);
    const auto first = c.merge(fromA, "a.json");
    CHECK(first.status == MergeStatus::Merged);
    CHECK(first.attempts == 2);
    CHECK(c.merge(exported(c.b, c.competition), "b.json").status == MergeStatus::Merged);
    CHECK(c.results() == 3);
    CHECK(c.packages() == 2);

    const auto again = c.merge(fromA, "a-copy.json");
    CHECK(again.status == MergeStatus::AlreadyMerged);
    CHECK(again.attempts == 2);
    CHECK_FALSE(again.refusal);
    CHECK(c.results() == 3);
    CHECK(c.packages() == 2);

    const auto standings = tqm::compete::loadStandings(c.organizer.db, c.competition.id);
    REQUIRE(standings->ranking.size() == 3);
    // E001 on A and E002 on B started and submitted at the same moments with the same score:
    // they share first place, listed by 工号, and the next rank is 3.
    CHECK(standings->ranking[0].result.employeeNo == "E001");
    CHECK(standings->ranking[0].rank == 1);
    CHECK(standings->ranking[1].result.employeeNo == "E002");
    CHECK(standings->ranking[1].rank == 1);
    CHECK(standings->ranking[2].result.employeeNo == "E005");
    CHECK(standings->ranking[2].rank == 3);
}

TEST_CASE("a package altered by one byte is refused as a bad signature") {
    Contest c;
    std::string text = exported(c.a, c.competition);
    const std::size_t at = text.find("\"scoreHundredths\": 500");
    REQUIRE(at != std::string::npos);
    text[at + std::string("\"scoreHundredths\": ").size()] = '9';  // 500 -> 900
    const auto outcome = c.merge(text, "a.json");
    CHECK(outcome.status == MergeStatus::Refused);
    CHECK(outcome.refusal->code == "package-bad-signature");
    CHECK(outcome.refusal->message.rfind("a.json: its content does not match its signature", 0) ==
          0);
    CHECK(c.results() == 0);
}

TEST_CASE("a package signed by a key that is not trusted is refused") {
    ContestFiles files;
    Workstation organizer, stranger;
    const auto competition = organizer.create(files);
    stranger.create(files, competition.id);
    stranger.sit(competition, "E001", 4, 12);
    const auto outcome = tqm::compete::mergePackageText(
        organizer.db, competition.id, exported(stranger, competition), "stranger.json");
    CHECK(outcome.refusal->code == "package-unknown-key");
    CHECK(outcome.refusal->message.rfind("stranger.json: it is signed by workstation key ", 0) ==
          0);
    CHECK(organizer.count("SELECT count(*) FROM merged_result") == 0);
}

TEST_CASE("a package of another competition is refused") {
    Contest c;
    Workstation other;
    const auto elsewhere = other.create(c.files, std::nullopt, 42, "另一场竞赛");
    other.sit(elsewhere, "E002", 4, 5);
    trust(c.organizer, other, "别处");
    const auto outcome = c.merge(exported(other, elsewhere), "other.json");
    CHECK(outcome.refusal->code == "package-other-competition");
    CHECK(outcome.refusal->message == "other.json: it holds results of competition " +
                                          elsewhere.id + " \"另一场竞赛\", not of competition " +
                                          c.competition.id + ".");
    CHECK(c.results() == 0);
}

TEST_CASE("a package whose paper differs from the competition's is refused") {
    Contest c;
    Workstation wrongSeed;
    const auto joined = wrongSeed.create(c.files, c.competition.id, 43);
    REQUIRE(joined.paperSha256 != c.competition.paperSha256);
    wrongSeed.sit(joined, "E002", 4, 5);
    trust(c.organizer, wrongSeed, "种子不对");
    const auto outcome = c.merge(exported(wrongSeed, joined), "seed.json");
    CHECK(outcome.refusal->code == "package-other-paper");
    CHECK(c.results() == 0);
}

TEST_CASE("a package holding an attempt already merged from another package is refused whole") {
    Contest c;
    REQUIRE(c.merge(exported(c.a, c.competition), "a.json").status == MergeStatus::Merged);
    Workstation again;
    again.create(c.files, c.competition.id);
    again.sit(c.competition, "E002", 3, 9);
    again.sit(c.competition, "E001", 2, 9);
    trust(c.organizer, again, "重复");
    const auto outcome = c.merge(exported(again, c.competition), "again.json");
    CHECK(outcome.refusal->code == "package-duplicate-attempt");
    CHECK(outcome.refusal->message.rfind(
              "again.json: the attempt of E001 张三 was already merged from a.json (package ", 0) ==
          0);
    CHECK(c.results() == 2);  // E002 of the refused package was not merged either
    CHECK(c.packages() == 1);
}

TEST_CASE("a file that is not a package is refused naming the file and the place") {
    Contest c;
    CHECK(c.merge("{\"package\": 1,", "broken.json").refusal->code == "package-malformed");
    const auto missing = c.merge(
        "{\"package\": {\"format\": \"tqm-result-package-1\"}, "
        "\"signature\": \"\"}",
        "short.json");
    CHECK(missing.refusal->message ==
          "short.json: this is not a result package: the signature is not 64 bytes of base64. "
          "Export the package again on its workstation.");
}
