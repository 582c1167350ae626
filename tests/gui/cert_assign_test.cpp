#include <catch2/catch.hpp>

#include <chrono>
#include <functional>
#include <optional>
#include <string>

#include <SQLiteCpp/SQLiteCpp.h>
#include <wx/app.h>

#include "cert/assign/assign_position_dialog.h"
#include "cert/assign/end_assignment_dialog.h"
#include "cert/demo_plant_setup.h"
#include "demo_plant_frame.h"
#include "learner_fixture.h"
#include "store/position_repository.h"

using namespace tqm;
using namespace tqm::gui;
using namespace tqm::gui::test;

namespace {

// 2026-02-20 08:00 in China: the demo plant's day, and today for the dialogs.
constexpr std::int64_t kToday = 1771545600000;

wxString utf8(const char* text) {
    return wxString::FromUTF8(text);
}

Date day(int year, unsigned month, unsigned dayOfMonth) {
    return Date{std::chrono::year{year} / month / dayOfMonth};
}

void click(wxWindow& button) {
    wxCommandEvent event(wxEVT_BUTTON, button.GetId());
    event.SetEventObject(&button);
    button.HandleWindowEvent(event);
}

// Clicks the dialog's assign button and waits for the desk's answer.
void clickAndWait(AssignPositionDialog& dialog) {
    click(*dialog.assignButton());
    CHECK(pumpUntil([&] { return !dialog.busy(); }, std::chrono::seconds(10)));
}

// One row of position_assignment as stored.
struct StoredAssignment {
    std::int64_t personId = 0;
    std::int64_t positionId = 0;
    std::string from;
    std::string to;  // empty for an open one

    bool operator==(const StoredAssignment&) const = default;
};

class AssignFixture : public LearnerFixture {
  public:
    AssignFixture() : LearnerFixture("cert-assign") {
        frame = openDemoPlantFrame(*this, clock);
        frame->showScreen(Screen::Certificates);
        REQUIRE(frame->currentScreen() == Screen::Certificates);
        waitForBook();
    }

    CertificatesPanel& panel() { return *frame->certificates(); }
    PersonPage& page() { return *panel().person(); }
    AssignmentButtons& buttons() { return *page().assignmentButtons(); }
    store::Database& database() { return *frame->workspace().database(); }

    void waitForBook() {
        REQUIRE(pumpUntil([&] { return !panel().loading(); }, std::chrono::seconds(10)));
        REQUIRE(panel().snapshot());
    }

    std::int64_t person(const std::string& employeeNo) {
        for (const cert::PersonSummary* person : panel().snapshot()->index->peopleByEmployeeNo())
            if (person->employeeNo == employeeNo) return person->id;
        FAIL("no person " << employeeNo);
        return 0;
    }

    std::int64_t position(const std::string& name) {
        for (const cert::Position* position : panel().snapshot()->index->positionsByName())
            if (position->name == name) return position->id;
        FAIL("no position " << name);
        return 0;
    }

    std::vector<StoredAssignment> stored(std::int64_t personId) {
        SQLite::Statement query(database().sql(),
                                "SELECT person_id, position_id, from_date, "
                                "coalesce(to_date, '') FROM position_assignment "
                                "WHERE person_id = ? ORDER BY from_date, id");
        query.bind(1, personId);
        std::vector<StoredAssignment> rows;
        while (query.executeStep())
            rows.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getInt64(),
                            query.getColumn(2).getString(), query.getColumn(3).getString()});
        return rows;
    }

    // Clicks `button` on the person page and, once its dialog runs modally, hands it to `drive`;
    // a dialog still open afterwards is cancelled.
    void runDialog(wxButton& button, std::function<void(wxDialog&)> drive) {
        bool driven = false;
        wxTheApp->CallAfter([this, drive, &driven] {
            wxDialog* dialog = buttons().openDialog();
            if (!dialog) return;
            driven = true;
            drive(*dialog);
            if (dialog->IsModal()) dialog->EndModal(wxID_CANCEL);
        });
        click(button);
        CHECK(driven);
        waitForBook();
    }

    FakeClock clock{fromUnixMillis(kToday)};
    FramePtr frame;
};

}  // namespace

TEST_CASE(
    "assigning a person without the certificates of a key position shows the warnings and "
    "saves only once they are confirmed",
    "[cert][assign]") {
    AssignFixture fixture;
    const std::int64_t qian = fixture.person("D0002");
    const std::int64_t welding = fixture.position("焊接质检员");
    fixture.panel().showPerson(qian);
    const std::vector<StoredAssignment> before = fixture.stored(qian);
    REQUIRE(fixture.buttons().assignButton()->IsEnabled());

    wxString warning, refusalAfterWarning;
    bool savedBeforeConfirming = true, awaiting = false;
    std::vector<StoredAssignment> afterWarning;
    fixture.runDialog(*fixture.buttons().assignButton(), [&](wxDialog& shown) {
        auto& dialog = dynamic_cast<AssignPositionDialog&>(shown);
        CHECK(formatDate(*dialog.fromField()->value()) == "2026-02-20");
        CHECK_FALSE(dialog.toField()->value());
        REQUIRE(dialog.selectPosition(welding));
        clickAndWait(dialog);
        warning = dialog.warningText();
        awaiting = dialog.awaitingConfirmation();
        savedBeforeConfirming = dialog.saved().has_value();
        afterWarning = fixture.stored(qian);
        CHECK(dialog.assignButton()->GetLabel() == utf8("仍然分配"));
        clickAndWait(dialog);
    });
    CHECK(
        warning ==
        utf8("钱晓峰（D0002）不满足关键岗位“焊接质检员”的以下必需持证要求：\n"
             "• 质量检验员上岗证：没有此类证书。须自 2026-03-22 起持证（上岗后有 30 天取证期）。\n"
             "• 焊接质检员上岗证：没有此类证书。须自 2026-03-22 起持证（上岗后有 30 天取证期）。\n"
             "仍要保存这项任职吗？请点“仍然分配”确认。"));
    CHECK(awaiting);
    CHECK_FALSE(savedBeforeConfirming);
    CHECK(afterWarning == before);

    std::vector<StoredAssignment> expected = before;
    expected.push_back({qian, welding, "2026-02-20", ""});
    CHECK(fixture.stored(qian) == expected);
    // The area read the book again and still shows 钱晓峰, now with the new position.
    CHECK(fixture.page().personShown() == qian);
    bool listed = false;
    wxListCtrl& positions = *fixture.page().positionList();
    for (long row = 0; row < positions.GetItemCount(); ++row)
        if (positions.GetItemText(row, 0) == utf8("焊接质检员") &&
            positions.GetItemText(row, 2) == "2026-02-20" &&
            positions.GetItemText(row, 3) == utf8("至今"))
            listed = true;
    CHECK(listed);
}

TEST_CASE("an expired certificate is named in the warning with the day it ran out",
          "[cert][assign]") {
    AssignFixture fixture;
    const std::int64_t shen = fixture.person("D0014");
    fixture.panel().showPerson(shen);
    wxString warning;
    fixture.runDialog(*fixture.buttons().assignButton(), [&](wxDialog& shown) {
        auto& dialog = dynamic_cast<AssignPositionDialog&>(shown);
        REQUIRE(dialog.selectPosition(fixture.position("焊接质检员")));
        clickAndWait(dialog);
        warning = dialog.warningText();
        // Changing the day asks again: the confirmation was for other choices.
        dialog.fromField()->text()->SetValue("2026-03-01");
        CHECK_FALSE(dialog.awaitingConfirmation());
        CHECK(dialog.assignButton()->GetLabel() == utf8("分配"));
    });
    // His 焊接质检员上岗证 runs to 2026-03-02; his 质量检验员上岗证 ended after its missed review.
    CHECK(warning == utf8("沈立新（D0014）不满足关键岗位“焊接质检员”的以下必需持证要求：\n"
                          "• 质量检验员上岗证：证书 ZJ-QI-2024-0011 已于 2025-07-05 过期。"
                          "须自 2026-03-22 起持证（上岗后有 30 天取证期）。\n"
                          "仍要保存这项任职吗？请点“仍然分配”确认。"));
    // Cancelled: nothing new stored.
    CHECK(fixture.stored(shen).size() == 2);
}

TEST_CASE("an assignment overlapping the person's time in the same position is refused",
          "[cert][assign]") {
    AssignFixture fixture;
    const std::int64_t jin = fixture.person("D0029");
    const std::int64_t inspector = fixture.position("质量检验员");
    fixture.panel().showPerson(jin);
    const std::vector<StoredAssignment> before = fixture.stored(jin);
    wxString refusal, warning;
    bool saved = true;
    fixture.runDialog(*fixture.buttons().assignButton(), [&](wxDialog& shown) {
        auto& dialog = dynamic_cast<AssignPositionDialog&>(shown);
        REQUIRE(dialog.selectPosition(inspector));
        dialog.fromField()->text()->SetValue("2026-03-01");
        clickAndWait(dialog);
        refusal = dialog.refusalText();
        warning = dialog.warningText();
        saved = dialog.saved().has_value();
    });
    CHECK(refusal == utf8("与金思彤（D0029）担任“质量检验员”（2019-01-01 起至今）的任职重叠。"
                          "请改选日期，或先结束原任职。"));
    // 金思彤's certificate is valid on 2026-03-01: no warning came first.
    CHECK(warning.empty());
    CHECK_FALSE(saved);
    CHECK(fixture.stored(jin) == before);
}

TEST_CASE("a last day before the first day is refused next to the last day", "[cert][assign]") {
    AssignFixture fixture;
    const std::int64_t jin = fixture.person("D0029");
    fixture.panel().showPerson(jin);
    wxString refusal;
    fixture.runDialog(*fixture.buttons().assignButton(), [&](wxDialog& shown) {
        auto& dialog = dynamic_cast<AssignPositionDialog&>(shown);
        REQUIRE(dialog.selectPosition(fixture.position("班组长")));
        dialog.toField()->text()->SetValue("2026-02-01");
        clickAndWait(dialog);
        refusal = dialog.refusalText();
    });
    CHECK(refusal == utf8("结束日期不能早于开始日期。"));
}

TEST_CASE(
    "the person page shows unbroken time in a position as one span and ending it writes "
    "the last day",
    "[cert][assign]") {
    AssignFixture fixture;
    const std::int64_t jin = fixture.person("D0029");
    const std::int64_t inspector = fixture.position("质量检验员");
    fixture.panel().showPerson(jin);
    wxListCtrl& positions = *fixture.page().positionList();
    // Stored as 2019-01-01..2026-02-19 and 2026-02-20 on.
    REQUIRE(fixture.stored(jin) ==
            std::vector<StoredAssignment>{{jin, inspector, "2019-01-01", "2026-02-19"},
                                          {jin, inspector, "2026-02-20", ""}});
    REQUIRE(positions.GetItemCount() == 1);
    CHECK(positions.GetItemText(0, 2) == "2019-01-01");
    CHECK(positions.GetItemText(0, 3) == utf8("至今"));
    REQUIRE(fixture.buttons().endButton()->IsEnabled());

    wxString tooEarly;
    fixture.runDialog(*fixture.buttons().endButton(), [&](wxDialog& shown) {
        auto& dialog = dynamic_cast<EndAssignmentDialog&>(shown);
        CHECK(formatDate(*dialog.lastDayField()->value()) == "2026-02-20");
        // Before the open piece began: refused, in words naming that day.
        dialog.lastDayField()->setValue(day(2025, 12, 31));
        click(*dialog.endButton());
        tooEarly = dialog.refusalText();
        dialog.lastDayField()->setValue(day(2026, 2, 28));
        click(*dialog.endButton());
    });
    CHECK(tooEarly == utf8("最后在岗日不能早于 2026-02-20（这段任职记录的开始日期）。"));
    CHECK(fixture.stored(jin) ==
          std::vector<StoredAssignment>{{jin, inspector, "2019-01-01", "2026-02-19"},
                                        {jin, inspector, "2026-02-20", "2026-02-28"}});
    CHECK(fixture.page().personShown() == jin);
    REQUIRE(positions.GetItemCount() == 1);
    CHECK(positions.GetItemText(0, 2) == "2019-01-01");
    CHECK(positions.GetItemText(0, 3) == "2026-02-28");
    // Nothing is open any more.
    CHECK_FALSE(fixture.buttons().endButton()->IsEnabled());
}
