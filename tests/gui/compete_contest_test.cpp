// The individual contest in the client: making a competition through its dialog, merging
// workstations' signed packages through the 个人赛 tab into the exact ranking and unit figures,
// refusing an altered package by name, and refusing a start outside the competition's window.
#include <catch2/catch.hpp>

#include "compete/contest_dialog.h"
#include "compete/contest_repository.h"
#include "compete/package_repository.h"
#include "compete/ranking_export.h"
#include "compete/trust_dialog.h"
#include "compete_fixture.h"

using namespace tqm;
using namespace tqm::gui;
using namespace tqm::gui::test;

namespace {

constexpr Date kContestDay{std::chrono::year{2026} / 11 / 24};

int count(store::Database& db, const std::string& sql) {
    return db.sql().execAndGet(sql).getInt();
}

// The organizer's database (the roster adds E003 王五 of 二车间, who does not take part) with a
// competition open from an hour before kExamStart for a day, and a window over it.
struct Organizer {
    explicit Organizer(const std::string& name) : fixture(name) {
        writeContestFiles(fixture.folder());
        auto opened = store::Database::open(fixture.databaseFile(), fixture.clock);
        REQUIRE(opened.ok());
        addPeople(*opened.database);
        store::PeopleRepository(*opened.database)
            .upsert({"E003", "王五", std::string("二车间"), {}, {}});
        session::ExamService service(*opened.database);
        const compete::ContestSetupResult made = compete::createContest(service, setup());
        REQUIRE(made.ok());
        competition = *made.competition;
    }
    compete::ContestSetup setup() const {
        return contestSetup(fixture.folder(), kExamStart - 60 * kMinuteMs,
                            kExamStart + 24 * 60 * kMinuteMs);
    }
    ExamFixture fixture;
    compete::Competition competition;
};

ContestPage& contestPage(MainFrame& frame) {
    frame.showScreen(Screen::Competitions);
    REQUIRE(frame.currentScreen() == Screen::Competitions);
    return *frame.competitions()->contests();
}

}  // namespace

TEST_CASE("a competition made through the dialog is stored and listed with its window and paper") {
    ExamFixture fixture("compete-create");
    writeContestFiles(fixture.folder());
    FramePtr frame = fixture.open();
    ContestPage& page = contestPage(*frame);
    REQUIRE(page.list()->rows().empty());

    ContestDialog dialog(frame.get(), frame->workspace(), *page.service(),
                         ContestDialog::Mode::Create);
    dialog.setBlueprint(fixture.folder() / "mini-exam.xml");
    CHECK(dialog.nameField()->GetValue() == wxString::FromUTF8("小测验"));
    dialog.setOpens(kContestDay, 14, 0);
    dialog.setCloses(kContestDay, 16, 30);
    dialog.minutesField()->SetValue(25);
    dialog.paperChoice()->SetSelection(1);

    SECTION("an empty name is refused in words and nothing is stored") {
        dialog.nameField()->ChangeValue(wxString());
        CHECK_FALSE(dialog.submit());
        CHECK(dialog.problemsText() == wxString::FromUTF8("请为竞赛命名。"));
        CHECK(count(*frame->workspace().database(), "SELECT count(*) FROM competition") == 0);
    }
    SECTION("the competition's row holds the window, the time limit and the paper mode") {
        dialog.nameField()->ChangeValue(wxString::FromUTF8("质量月知识竞赛"));
        const std::optional<compete::Competition> made = dialog.submit();
        REQUIRE(made);
        const std::vector<compete::Competition> stored =
            compete::ContestRepository(*frame->workspace().database()).list();
        REQUIRE(stored.size() == 1);
        CHECK(stored[0].id == made->id);
        CHECK(stored[0].name == "质量月知识竞赛");
        CHECK(stored[0].opensAt == 1795500000000);   // 2026-11-24 14:00 +08:00
        CHECK(stored[0].closesAt == 1795509000000);  // 16:30
        CHECK(stored[0].timeLimitMs == 25 * kMinuteMs);
        CHECK(stored[0].seatPaper == compete::SeatPaper::PerSeat);

        page.refresh();
        REQUIRE(page.list()->rows().size() == 1);
        CHECK(page.list()->cellText(0, 0) == wxString::FromUTF8("质量月知识竞赛"));
        CHECK(page.list()->cellText(0, 1) == "2026-11-24 14:00");
        CHECK(page.list()->cellText(0, 2) == "2026-11-24 16:30");
        CHECK(page.list()->cellText(0, 3) == wxString::FromUTF8("25 分钟"));
        CHECK(page.list()->cellText(0, 4) == wxString::FromUTF8("每人一卷"));
        CHECK(page.list()->cellText(0, 5) == "0");
        CHECK(page.list()->cellText(0, 6) == "0");
    }
}

TEST_CASE(
    "merging two workstations' packages through the panel shows the exact ranking, "
    "once") {
    Organizer organizer("compete-merge");
    Workstation a, b;
    a.join(organizer.setup(), organizer.competition.id);
    b.join(organizer.setup(), organizer.competition.id);
    a.sit("E001", 4, 12);
    a.sit("E005", 1, 20);
    b.sit("E002", 4, 12);
    const std::filesystem::path folder = organizer.fixture.folder();
    a.exportTo(folder / "a.json");
    b.exportTo(folder / "b.json");
    FramePtr frame = organizer.fixture.open();
    store::Database& db = *frame->workspace().database();
    compete::PackageRepository(db).trust(a.publicKey(), "一车间机房");
    compete::PackageRepository(db).trust(b.publicKey(), "二车间机房");
    ContestPage& page = contestPage(*frame);
    REQUIRE(page.selectCompetition(organizer.competition.id));

    const auto outcomes = page.mergeFiles({folder / "a.json", folder / "b.json"});
    REQUIRE(outcomes.size() == 2);
    CHECK(page.mergeReport()->lineText(0) == wxString::FromUTF8("a.json：已合并 2 份答卷。"));
    CHECK(page.mergeReport()->lineText(1) == wxString::FromUTF8("b.json：已合并 1 份答卷。"));
    CHECK(count(db, "SELECT count(*) FROM merged_result") == 3);

    const auto rankingRows = [&] {
        std::vector<std::vector<wxString>> rows;
        for (std::size_t r = 0; r < page.ranking()->ranking().size(); ++r) {
            std::vector<wxString> row;
            for (int c = 0; c < 7; ++c) row.push_back(page.ranking()->cellText(r, c));
            rows.push_back(row);
        }
        return rows;
    };
    const auto u = [](const char* text) { return wxString::FromUTF8(text); };
    const std::vector<std::vector<wxString>> expected = {
        {"1", "E001", u("张三"), u("一车间"), "20 / 20", "12:00", "2026-11-24 18:42"},
        {"1", "E002", u("李四"), u("二车间"), "20 / 20", "12:00", "2026-11-24 18:42"},
        {"3", "E005", u("钱七"), u("一车间"), "5 / 20", "20:00", "2026-11-24 19:02"}};
    CHECK(rankingRows() == expected);
    REQUIRE(page.units()->units().size() == 2);
    CHECK(page.units()->cellText(0, 0) == u("一车间"));
    CHECK(page.units()->cellText(0, 1) == "2");
    CHECK(page.units()->cellText(0, 2) == "2");
    CHECK(page.units()->cellText(0, 3) == "100.0%");
    CHECK(page.units()->cellText(0, 4) == "12.5");
    CHECK(page.units()->cellText(1, 0) == u("二车间"));
    CHECK(page.units()->cellText(1, 1) == "2");
    CHECK(page.units()->cellText(1, 3) == "50.0%");
    CHECK(page.units()->cellText(1, 4) == "20");
    CHECK(page.list()->cellText(0, 6) == "3");

    SECTION("merging a package again says so and changes no row") {
        const auto again = page.mergeFiles({folder / "a.json"});
        REQUIRE(again.size() == 1);
        CHECK(again[0].status == compete::MergeStatus::AlreadyMerged);
        CHECK(page.mergeReport()->lineText(0) ==
              wxString::FromUTF8("a.json：此前已合并，未作任何改动。"));
        CHECK(count(db, "SELECT count(*) FROM merged_result") == 3);
        CHECK(count(db, "SELECT count(*) FROM merged_package") == 2);
        CHECK(rankingRows() == expected);
    }
    SECTION("the ranking is written as CSV off the UI thread and the bar offers to open it") {
        const std::filesystem::path file = folder / "ranking.csv";
        REQUIRE(page.exportStandingsTo(file, compete::StandingsTable::Ranking,
                                       compete::StandingsFormat::Csv));
        const std::optional<compete::Standings> standings =
            compete::loadStandings(db, organizer.competition.id);
        REQUIRE(standings);
        CHECK(readFile(file) ==
              compete::standingsCsv(*standings, compete::StandingsTable::Ranking));
        CHECK(readFile(file).find("\r\n1,E001,张三,一车间,20,20,") != std::string::npos);
        CHECK(page.messageText() == wxString::Format(wxString::FromUTF8("已保存为 %s。"),
                                                     wxString::FromUTF8(file.string())));
        CHECK(page.messageBar()->GetButtonCount() == 2);  // 打开文件 and 关闭
    }
    SECTION("an altered package is refused with the file named and nothing merged") {
        std::string text = readFile(folder / "b.json");
        const auto at = text.find("\"scoreHundredths\": 2000");
        REQUIRE(at != std::string::npos);
        text.replace(at, 23, "\"scoreHundredths\": 1900");
        writeFile(folder / "b-altered.json", text);
        const auto refused = page.mergeFiles({folder / "b-altered.json"});
        REQUIRE(refused.size() == 1);
        CHECK(refused[0].status == compete::MergeStatus::Refused);
        CHECK(page.mergeReport()->lineText(0) ==
              wxString::FromUTF8("b-altered.json 签名后被改动过，已拒绝合并。请在原工作站重新"
                                 "导出结果包。"));
        CHECK(count(db, "SELECT count(*) FROM merged_result") == 3);
        CHECK(rankingRows() == expected);
    }
}

TEST_CASE("a competition cannot be started in the exams area outside its window") {
    ExamFixture fixture("compete-window");
    writeContestFiles(fixture.folder());
    compete::Competition competition;
    {
        auto opened = store::Database::open(fixture.databaseFile(), fixture.clock);
        REQUIRE(opened.ok());
        addPeople(*opened.database);
        session::ExamService service(*opened.database);
        // Opens an hour after now, for two hours.
        const auto made = compete::createContest(
            service, contestSetup(fixture.folder(), kExamStart + 60 * kMinuteMs,
                                  kExamStart + 180 * kMinuteMs));
        REQUIRE(made.ok());
        competition = *made.competition;
    }
    FramePtr frame = fixture.open();
    store::Database& db = *frame->workspace().database();
    frame->signIn(*store::PeopleRepository(db).findByEmployeeNo("E001"));
    ExamsPanel& exams = *frame->exams();

    SECTION("before it opens the reason is shown and no attempt starts") {
        CHECK_FALSE(exams.askToStart(competition.examId));
        CHECK(exams.listPage()->noteText() ==
              wxString::FromUTF8("竞赛“质量知识竞赛”于 2026-11-24 19:30 开始，开始前不能进入，"
                                 "请届时再来。"));
        CHECK(count(db, "SELECT count(*) FROM attempt") == 0);
    }
    SECTION("a start confirmed after it closed is refused through the core") {
        fixture.clock.set(fromUnixMillis(kExamStart + 90 * kMinuteMs));
        REQUIRE(exams.askToStart(competition.examId));
        fixture.clock.set(fromUnixMillis(kExamStart + 180 * kMinuteMs));
        CHECK_FALSE(exams.startConfirmed());
        CHECK(exams.listPage()->noteText() ==
              wxString::FromUTF8("竞赛“质量知识竞赛”已于 2026-11-24 21:30 截止，不能再开始作答。"));
        CHECK(count(db, "SELECT count(*) FROM attempt") == 0);
    }
}

TEST_CASE("a workstation's public key file is trusted under its label and listed") {
    ExamFixture fixture("compete-trust");
    FramePtr frame = fixture.open();
    ContestPage& page = contestPage(*frame);
    Workstation seat;
    const std::filesystem::path keyFile = fixture.folder() / "seat.pub";
    REQUIRE_FALSE(seat.keys.exportPublicKey(keyFile));
    writeFile(fixture.folder() / "not-a-key.pub", "hello\n");

    TrustDialog dialog(frame.get(), *frame->workspace().database(), *page.keys());
    CHECK_FALSE(dialog.trust(fixture.folder() / "not-a-key.pub", wxString::FromUTF8("一车间")));
    CHECK(dialog.messageText().StartsWith(wxString::FromUTF8("这不是工作站公钥文件")));
    CHECK(dialog.list()->keys().empty());

    REQUIRE(dialog.trust(keyFile, wxString::FromUTF8("一车间机房")));
    CHECK(dialog.messageText() == wxString::FromUTF8("已信任工作站“一车间机房”。"));
    REQUIRE(dialog.list()->keys().size() == 1);
    CHECK(dialog.list()->keys()[0].label == "一车间机房");
    CHECK(dialog.list()->keys()[0].publicKey == seat.publicKey());

    REQUIRE(dialog.trust(keyFile, wxString::FromUTF8("别的名字")));
    CHECK(dialog.messageText() ==
          wxString::FromUTF8("该公钥此前已以“一车间机房”受信任，未作改动。"));
    CHECK(compete::PackageRepository(*frame->workspace().database()).trustedKeys().size() == 1);
}
