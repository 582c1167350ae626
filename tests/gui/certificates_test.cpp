#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "cert/demo_plant_setup.h"
#include "demo_plant_frame.h"
#include "learner_fixture.h"
#include "store/certificate_repository.h"

using namespace tqm;
using namespace tqm::gui;
using namespace tqm::gui::test;

namespace {

// 2026-02-20 08:00 in China: the demo roster is imported on this day, and the certificate
// screens open as of it.
constexpr std::int64_t kToday = 1771545600000;

wxString utf8(const char* text) {
    return wxString::FromUTF8(text);
}

class CertificateFixture : public LearnerFixture {
  public:
    CertificateFixture() : LearnerFixture("cert") {}

    FramePtr openPlant() {
        FramePtr frame = openDemoPlantFrame(*this, clock);
        return frame;
    }

    // Shows the certificate screen and waits for the statuses.
    CertificatesPanel& showCertificates(MainFrame& frame) {
        frame.showScreen(Screen::Certificates);
        REQUIRE(frame.currentScreen() == Screen::Certificates);
        CertificatesPanel& panel = *frame.certificates();
        REQUIRE(pumpUntil([&] { return !panel.loading(); }, std::chrono::seconds(10)));
        REQUIRE(panel.snapshot());
        return panel;
    }

    FakeClock clock{fromUnixMillis(kToday)};
};

std::int64_t personId(const CertificatesPanel& panel, const std::string& employeeNo) {
    for (const cert::PersonSummary* person : panel.snapshot()->index->peopleByEmployeeNo())
        if (person->employeeNo == employeeNo) return person->id;
    FAIL("no person " << employeeNo);
    return 0;
}

wxString cellText(MatrixPage& matrix, std::int64_t rowId, const std::string& typeCode) {
    const int row = matrix.rowOf(rowId);
    const int column = matrix.columnOf(typeCode);
    REQUIRE(row >= 0);
    REQUIRE(column >= 0);
    return matrix.table().GetValue(row, column);
}

std::vector<wxString> columnTexts(wxListCtrl& list, int column) {
    std::vector<wxString> texts;
    for (long row = 0; row < list.GetItemCount(); ++row)
        texts.push_back(list.GetItemText(row, column));
    return texts;
}

}  // namespace

TEST_CASE("the matrix shows each person's status of each required certificate as of the day",
          "[cert]") {
    CertificateFixture fixture;
    FramePtr frame = fixture.openPlant();
    CertificatesPanel& panel = fixture.showCertificates(*frame);
    CHECK(formatDate(panel.asOf()) == "2026-02-20");
    MatrixPage& matrix = *panel.matrix();

    // 金思彤's 质量检验员上岗证 runs to 2027 and its first review is due in May.
    CHECK(cellText(matrix, personId(panel, "D0029"), "INT-QI") == utf8("有效"));
    // 沈立新's review of 2025-06-20 was never passed: expired after its 15 grace days.
    CHECK(cellText(matrix, personId(panel, "D0014"), "INT-QI") == utf8("已过期"));
    // 许志刚's 注册质量经理 ends 2026-04-27; renewal opened 90 days before.
    CHECK(cellText(matrix, personId(panel, "D0020"), "CAQ-QM") == utf8("待续证"));
    // 卫国栋 is a 班组长, for whom INT-QI is only recommended.
    CHECK(cellText(matrix, personId(panel, "D0012"), "INT-QI") == utf8("（有效）"));
    // Nothing of 沈立新's position asks for the welding inspector's card he holds.
    CHECK(cellText(matrix, personId(panel, "D0014"), "INT-WI").empty());

    SECTION("a cell's details give the certificate's number and dates") {
        matrix.selectCell(matrix.rowOf(personId(panel, "D0020")), matrix.columnOf("CAQ-QM"));
        const std::string details = matrix.details()->text().utf8_string();
        CHECK_THAT(details, Catch::Contains("质量经理 · 必需 · 待续证"));
        CHECK_THAT(details, Catch::Contains("证书编号：CAQ-QM-2023-01857"));
        CHECK_THAT(details, Catch::Contains("有效期至：2026-04-27"));
        CHECK_THAT(details, Catch::Contains("可续证起：2026-01-28"));
    }

    SECTION("by position, a cell counts the qualified people") {
        matrix.setAxis(cert::MatrixAxis::Positions);
        std::int64_t inspector = 0;
        for (const cert::Position* position : panel.snapshot()->index->positionsByName())
            if (position->name == "质量检验员") inspector = position->id;
        CHECK(cellText(matrix, inspector, "INT-QI") == utf8("1/7 合格"));
    }

    SECTION("filters narrow the rows") {
        const int everyone = matrix.table().GetNumberRows();
        matrix.keyOnlyBox()->SetValue(true);
        matrix.applyFilter();
        CHECK(matrix.table().GetNumberRows() == 11);
        matrix.searchBox()->ChangeValue(utf8("沈立"));
        matrix.applyFilter();
        REQUIRE(matrix.table().GetNumberRows() == 1);
        CHECK(matrix.table().rowId(0) == personId(panel, "D0014"));
        matrix.searchBox()->ChangeValue(wxString());
        matrix.keyOnlyBox()->SetValue(false);
        matrix.applyFilter();
        CHECK(matrix.table().GetNumberRows() == everyone);
    }

    SECTION("another day gives other statuses") {
        panel.setAsOf(Date{std::chrono::year{2025} / 3 / 1});
        REQUIRE(pumpUntil([&] { return !panel.loading(); }, std::chrono::seconds(10)));
        // On 2025-03-01 沈立新's first review was still months away.
        CHECK(cellText(matrix, personId(panel, "D0014"), "INT-QI") == utf8("有效"));
    }
}

TEST_CASE("the due list holds exactly the certificates expiring or reviewed within the days",
          "[cert]") {
    CertificateFixture fixture;
    FramePtr frame = fixture.openPlant();
    CertificatesPanel& panel = fixture.showCertificates(*frame);
    panel.showDue(30);
    DuePage& due = *panel.due();
    DueList& list = *due.list();
    REQUIRE(list.GetItemCount() == 1);
    CHECK(list.numberAt(0) == "ZJ-WI-2025-0001");
    CHECK(list.GetItemText(0, 0) == "2026-03-02");
    CHECK(list.GetItemText(0, 1) == utf8("还有 10 天"));
    CHECK(list.GetItemText(0, 3) == utf8("沈立新"));
    CHECK(list.GetItemText(0, 6) == utf8("到期"));
    CHECK(list.GetItemText(0, 7) == utf8("待续证"));

    due.setDays(90);
    REQUIRE(list.GetItemCount() == 4);
    CHECK(list.numberAt(0) == "ZJ-WI-2025-0001");
    CHECK(list.numberAt(1) == "ZJ-MET-2025-0005");
    CHECK(list.GetItemText(1, 6) == utf8("复审"));
    CHECK(list.numberAt(2) == "CAQ-QM-2023-01857");
    CHECK(list.GetItemText(2, 0) == "2026-04-27");
    // 金思彤's first review, due 2026-05-08, 77 days ahead.
    CHECK(list.numberAt(3) == "ZJ-QI-2025-0009");
    CHECK(list.GetItemText(3, 0) == "2026-05-08");
    CHECK(list.GetItemText(3, 6) == utf8("复审"));

    // Key positions with fewer than two qualified people, by name.
    wxListCtrl& coverage = *due.coverageList();
    CHECK(columnTexts(coverage, 0) == std::vector<wxString>{utf8("内审员"), utf8("焊接质检员"),
                                                            utf8("计量管理员"), utf8("质量检验员"),
                                                            utf8("质量经理")});
    CHECK(columnTexts(coverage, 1) == std::vector<wxString>{utf8("无人合格"), utf8("无人合格"),
                                                            utf8("无人合格"), utf8("仅一人合格"),
                                                            utf8("仅一人合格")});
}

TEST_CASE("a person's page lists their certificates with status and their history", "[cert]") {
    CertificateFixture fixture;
    FramePtr frame = fixture.openPlant();
    CertificatesPanel& panel = fixture.showCertificates(*frame);
    MatrixPage& matrix = *panel.matrix();

    // Double-clicking 沈立新's row opens his page.
    wxGrid& grid = *matrix.grid();
    wxGridEvent doubleClick(grid.GetId(), wxEVT_GRID_CELL_LEFT_DCLICK, &grid,
                            matrix.rowOf(personId(panel, "D0014")), 0);
    grid.GetEventHandler()->ProcessEvent(doubleClick);
    CHECK(panel.tabs()->GetSelection() == 2);
    PersonPage& person = *panel.person();
    CHECK(person.personShown() == personId(panel, "D0014"));
    CHECK_THAT(person.headingText().utf8_string(), Catch::StartsWith("沈立新  D0014"));

    wxListCtrl& certificates = *person.certificateList();
    CHECK(columnTexts(certificates, 0) ==
          std::vector<wxString>{"ZJ-QI-2024-0011", "ZJ-WI-2025-0001", "T320100202011060045"});
    CHECK(columnTexts(certificates, 2) ==
          std::vector<wxString>{utf8("已过期"), utf8("待续证"), utf8("已过期")});
    // The last valid day as the rules stand: a review not passed ends validity once its grace
    // days are over (2025-06-20 + 15 days; GOV-WELD has none).
    CHECK(columnTexts(certificates, 4) ==
          std::vector<wxString>{"2025-07-05", "2026-03-02", "2023-11-06"});

    wxListCtrl& requirements = *person.requirementList();
    REQUIRE(requirements.GetItemCount() == 1);
    CHECK(requirements.GetItemText(0, 0) == utf8("质量检验员"));
    CHECK(requirements.GetItemText(0, 3) == utf8("已过期"));

    // Held since 2019: the history added before the roster's assignment of 2026-02-20 joins it
    // into one unbroken span.
    wxListCtrl& positions = *person.positionList();
    CHECK(columnTexts(positions, 2) == std::vector<wxString>{"2019-01-01"});
    CHECK(columnTexts(positions, 3) == std::vector<wxString>{utf8("至今")});

    SECTION("the history shows a revocation recorded in the database") {
        store::Database& database = *frame->workspace().database();
        store::CertificateRepository repository(database);
        const auto welding = repository.findByNumber("ZJ-WI-2025-0001");
        REQUIRE(welding);
        REQUIRE_FALSE(
            repository.revoke(welding->id, Date{std::chrono::year{2026} / 2 / 10}, "焊缝判定失误"));
        panel.refresh();
        REQUIRE(pumpUntil([&] { return !panel.loading(); }, std::chrono::seconds(10)));
        CHECK(columnTexts(certificates, 2) ==
              std::vector<wxString>{utf8("已过期"), utf8("已撤销"), utf8("已过期")});
        wxListCtrl& history = *person.historyList();
        bool revoked = false;
        for (long row = 0; row < history.GetItemCount(); ++row)
            if (history.GetItemText(row, 0) == "2026-02-10" &&
                history.GetItemText(row, 1) == "ZJ-WI-2025-0001" &&
                history.GetItemText(row, 2) == utf8("撤销：焊缝判定失误"))
                revoked = true;
        CHECK(revoked);
    }
}

TEST_CASE(
    "the organizer's Home shows the certificates due in 30 days and opens the list; locking hides "
    "both",
    "[cert]") {
    CertificateFixture fixture;
    FramePtr frame = fixture.openPlant();
    frame->showScreen(Screen::Home);
    DueSoonCard& card = *frame->home()->dueSoonCard();
    REQUIRE(card.IsShown());
    REQUIRE(pumpUntil([&] { return !card.loading(); }, std::chrono::seconds(10)));
    CHECK(card.countText() == utf8("有 1 张证书将在 30 天内到期或需复审。"));
    REQUIRE(card.itemTexts().size() == 1);
    CHECK(card.itemTexts()[0] == utf8("2026-03-02  沈立新  焊接质检员上岗证  到期（还有 10 天）"));

    wxHyperlinkEvent click(card.link(), card.link()->GetId(), wxString());
    card.link()->GetEventHandler()->ProcessEvent(click);
    CHECK(frame->currentScreen() == Screen::Certificates);
    CHECK(frame->certificates()->tabs()->GetSelection() == 1);
    CHECK(frame->certificates()->due()->days() == 30);

    SECTION("locking the organizer screens hides the card") {
        frame->organizerLock().lock();
        pumpEvents();
        // The certificate screen is left and its rail entry shows the padlock.
        CHECK(frame->currentScreen() == Screen::Home);
        CHECK(frame->rail()->isLocked(static_cast<int>(Screen::Certificates)));
        CHECK_FALSE(card.IsShown());
    }
}
