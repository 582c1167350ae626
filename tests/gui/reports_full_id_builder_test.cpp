// 报表 → 一人一档 with the full ID number: offered for the personal file only, shown after the
// organizer password was given in the unlock dialog, exported with one "export-report-full-id"
// audit row; a wrong password, or another person, leaves the number masked.
#include <catch2/catch.hpp>

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <wx/app.h>
#include <wx/tokenzr.h>
#include <wx/utils.h>

#include "admin/key_store.h"
#include "admin/organizer_password.h"
#include "cert/id_number.h"
#include "frame_fixture.h"
#include "learner_fixture.h"
#include "reports/full_id_unlock.h"
#include "store/id_number_repository.h"
#include "store/people_repository.h"

using namespace tqm;
using namespace tqm::gui;
using namespace tqm::gui::test;

namespace {

constexpr std::int64_t kToday = 1795478400000;  // 2026-11-24 08:00 in China
constexpr admin::PasswordCost kCheapCost{1, 8 * 1024};
constexpr const char* kMaskedLine = "工号：A001　姓名：张伟　身份证号：110101********1233";
constexpr const char* kFullLine = "工号：A001　姓名：张伟　身份证号：110101199003071233";

class FullIdFixture : public LearnerFixture {
  public:
    FullIdFixture() : LearnerFixture("reports-full-id") {
        MainFrameOptions options;
        options.bankFolder = testData("gui/basic");
        options.databaseFile = databaseFile();
        options.clock = &clock;
        frame = openFrame(std::move(options));
        store::Database& db = *frame->workspace().database();
        store::PeopleRepository people(db);
        people.upsert({"A001", "张伟", "一车间", "装配班", {}});
        people.upsert({"B001", "王芳", "二车间", "焊接班", {}});
        // Sealed with the keys beside the database, which the builder reads too.
        const auto keys = admin::KeyStore::forDatabase(databaseFile());
        const std::string sealed = cert::sealIdNumber("110101199003071233", *keys->sealKey().key);
        REQUIRE_FALSE(store::IdNumberRepository(db).setIdNumber(
            people.findByEmployeeNo("A001")->id,
            std::vector<unsigned char>(sealed.begin(), sealed.end()), "110101********1233"));
        // The organizer password is the one the test frame set: kTestOrganizerPassword.
        frame->showScreen(Screen::Reports);
        builder = frame->reports()->builder();
        builder->setUnlockCost(kCheapCost);
    }

    void previewAndWait() {
        builder->preview();
        REQUIRE(pumpUntil([&] { return !builder->working(); }, std::chrono::seconds(20)));
    }

    // The header line of the preview with 工号, 姓名 and 身份证号.
    std::string identityLine() const {
        for (const wxString& line :
             wxStringTokenize(builder->previewPanel()->headerText(), "\n", wxTOKEN_RET_EMPTY_ALL))
            if (line.StartsWith(wxString::FromUTF8("工号："))) return line.utf8_string();
        return {};
    }

    // Ticks or clears 含完整身份证号… as a click does; a tick opens the unlock dialog.
    void clickFullIds(bool checked) {
        wxCheckBox* box = builder->exportBar()->fullIdsBox();
        box->SetValue(checked);
        wxCommandEvent click(wxEVT_CHECKBOX, box->GetId());
        click.SetEventObject(box);
        click.SetInt(checked ? 1 : 0);
        box->HandleWindowEvent(click);
        REQUIRE(pumpUntil([&] { return !builder->working(); }, std::chrono::seconds(20)));
    }

    std::int64_t auditRows(const std::string& action) {
        SQLite::Database database(databaseFile().string(), SQLite::OPEN_READONLY);
        SQLite::Statement query(database, "SELECT count(*) FROM audit_log WHERE action = ?1");
        query.bind(1, action);
        query.executeStep();
        return query.getColumn(0).getInt64();
    }

    FakeClock clock{fromUnixMillis(kToday)};
    FramePtr frame;
    ReportBuilder* builder = nullptr;
};

FullIdUnlockDialog* unlockDialog() {
    return dynamic_cast<FullIdUnlockDialog*>(wxWindow::FindWindowByName("FullIdUnlockDialog"));
}

void typeAndUnlock(FullIdUnlockDialog& dialog, const std::string& password) {
    dialog.passwordBox()->SetValue(wxString::FromUTF8(password));
    wxCommandEvent click(wxEVT_BUTTON, wxID_OK);
    click.SetEventObject(dialog.unlockButton());
    dialog.unlockButton()->HandleWindowEvent(click);
}

// Runs `then` on the UI thread once the dialog's password check has ended.
void whenChecked(FullIdUnlockDialog* dialog, std::function<void()> then) {
    wxTheApp->CallAfter([dialog, then] {
        if (dialog->busy()) {
            wxMilliSleep(5);
            whenChecked(dialog, then);
            return;
        }
        then();
    });
}

// Answers the dialog the next click opens with the right password; it closes by itself.
void answerWithRightPassword() {
    wxTheApp->CallAfter([] {
        if (FullIdUnlockDialog* dialog = unlockDialog())
            typeAndUnlock(*dialog, kTestOrganizerPassword);
    });
}

// Answers it with a wrong one, notes the reason it shows, then cancels it.
void answerWithWrongPassword(wxString& reason) {
    wxTheApp->CallAfter([&reason] {
        FullIdUnlockDialog* dialog = unlockDialog();
        if (!dialog) return;
        typeAndUnlock(*dialog, "organizer-2025");
        whenChecked(dialog, [dialog, &reason] {
            reason = dialog->problemText();
            dialog->EndModal(wxID_CANCEL);
        });
    });
}

}  // namespace

TEST_CASE(
    "the personal file shows the full ID number only after the organizer password, and "
    "its export leaves one full-ID audit row") {
    FullIdFixture f;
    f.builder->form()->personField()->ChangeValue("A001");
    f.previewAndWait();
    REQUIRE(f.builder->previewPanel()->document());
    CHECK(f.identityLine() == kMaskedLine);
    CHECK(f.builder->exportBar()->fullIdsBox()->IsShown());

    answerWithRightPassword();
    f.clickFullIds(true);
    CHECK(f.identityLine() == kFullLine);
    CHECK(f.builder->showsFullIds());
    CHECK(f.builder->exportBar()->fullIdsBox()->GetValue());
    CHECK(f.auditRows("export-report-full-id") == 0);

    const auto pdf = f.folder() / "person.pdf";
    f.builder->exportTo(pdf, report::ReportFormat::Pdf);
    REQUIRE(pumpUntil([&] { return !f.builder->working(); }, std::chrono::seconds(20)));
    CHECK(f.builder->exportBar()->statusText().utf8_string() == "已保存 person.pdf");
    CHECK(std::filesystem::is_regular_file(pdf));
    CHECK(f.auditRows("export-report-full-id") == 1);
    CHECK(f.auditRows("export-report") == 0);
    SQLite::Database database(f.databaseFile().string(), SQLite::OPEN_READONLY);
    CHECK(database.execAndGet("SELECT detail FROM audit_log WHERE action = 'export-report-full-id'")
              .getString() == "by organizer: person A001 as pdf, full ID numbers");

    // Typing another person drops the unlock at once: the number is masked again.
    f.builder->form()->personField()->SetValue("B001");
    CHECK(f.identityLine() == kMaskedLine);
    CHECK_FALSE(f.builder->showsFullIds());
    CHECK_FALSE(f.builder->exportBar()->fullIdsBox()->GetValue());
    const auto masked = f.folder() / "masked.pdf";
    f.builder->exportTo(masked, report::ReportFormat::Pdf);
    REQUIRE(pumpUntil([&] { return !f.builder->working(); }, std::chrono::seconds(20)));
    CHECK(f.auditRows("export-report") == 1);
    CHECK(f.auditRows("export-report-full-id") == 1);
}

TEST_CASE("a wrong organizer password leaves the personal file masked and writes no audit row") {
    FullIdFixture f;
    f.builder->form()->personField()->ChangeValue("A001");
    f.previewAndWait();
    wxString reason;
    answerWithWrongPassword(reason);
    f.clickFullIds(true);
    CHECK(reason == wxString::FromUTF8("密码错误，请重新输入。"));
    CHECK(f.identityLine() == kMaskedLine);
    CHECK_FALSE(f.builder->showsFullIds());
    CHECK_FALSE(f.builder->exportBar()->fullIdsBox()->GetValue());
    CHECK(f.auditRows("export-report-full-id") == 0);
    CHECK(f.auditRows("export-report") == 0);
}

TEST_CASE("full ID numbers are offered for the personal file and not for the other reports") {
    FullIdFixture f;
    f.builder->form()->setKind(ReportKind::Hours);
    f.builder->form()->hoursFrom()->setValue(*parseDate("2025-01-01"));
    f.builder->form()->setKind(ReportKind::Summary);
    f.previewAndWait();
    REQUIRE(f.builder->previewPanel()->document());
    CHECK_FALSE(f.builder->exportBar()->fullIdsBox()->IsShown());
    f.builder->form()->setKind(ReportKind::Person);
    f.builder->form()->personField()->ChangeValue("B001");
    f.previewAndWait();
    CHECK(f.builder->exportBar()->fullIdsBox()->IsShown());
}
