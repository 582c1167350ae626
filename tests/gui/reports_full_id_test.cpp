// The full-ID unlock of the reports: the organizer password typed into the
// dialog, checked off the UI thread; a wrong one keeps the dialog open with the
// reason in Chinese and unlocks nothing, the right one hands back the unlock
// with which the export writes the full number and its one audit row.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <wx/app.h>
#include <wx/frame.h>

#include "admin/key_store.h"
#include "base/clock.h"
#include "cert/id_number.h"
#include "gui_session.h"
#include "reports/full_id_unlock.h"
#include "reports/report_documents.h"
#include "store/audit_log.h"
#include "store/database.h"
#include "store/id_number_repository.h"
#include "store/people_repository.h"

using tqm::gui::FullIdUnlockDialog;
using tqm::gui::test::pumpEvents;
using tqm::gui::test::pumpUntil;
using tqm::gui::test::startWx;

namespace {

constexpr tqm::admin::PasswordCost kCheapCost{1, 8 * 1024};
constexpr const char *kPassword = "organizer-2026";

struct UnlockFixture {
  tqm::FakeClock clock{tqm::fromUnixMillis(1795516200000)}; // 2026-11-24
  tqm::store::Database db = std::move(
      *tqm::store::Database::open(tqm::store::kInMemory, clock).database);
  tqm::admin::KeyStore keys;
  wxFrame *parent = nullptr;

  UnlockFixture() {
    startWx();
    tqm::store::PeopleRepository(db).upsert(
        {"A001", "张伟", "一车间", "装配班", {}});
    const auto id =
        tqm::store::PeopleRepository(db).findByEmployeeNo("A001")->id;
    const std::string sealed =
        tqm::cert::sealIdNumber("110101199003071233", *keys.sealKey().key);
    REQUIRE_FALSE(tqm::store::IdNumberRepository(db).setIdNumber(
        id, std::vector<unsigned char>(sealed.begin(), sealed.end()),
        "110101********1233"));
    REQUIRE_FALSE(tqm::admin::OrganizerPassword(db, kCheapCost)
                      .setFirst(kPassword, kPassword));
    parent = new wxFrame(nullptr, wxID_ANY, "reports");
    parent->Show();
  }
  ~UnlockFixture() { parent->Destroy(); }

  int auditRows() {
    return db.sql().execAndGet("SELECT count(*) FROM audit_log").getInt();
  }
};

void typeAndUnlock(FullIdUnlockDialog &dialog, const std::string &password) {
  dialog.passwordBox()->SetValue(wxString::FromUTF8(password));
  wxCommandEvent click(wxEVT_BUTTON, wxID_OK);
  click.SetEventObject(dialog.unlockButton());
  dialog.unlockButton()->HandleWindowEvent(click);
}

} // namespace

TEST_CASE("a wrong organizer password keeps the unlock dialog open with the "
          "reason and unlocks "
          "nothing",
          "[reports]") {
  UnlockFixture f;
  auto *dialog = new FullIdUnlockDialog(
      f.parent, f.db, f.keys, wxString::FromUTF8("一人一档：张伟"), kCheapCost);
  dialog->Show();
  pumpEvents();
  typeAndUnlock(*dialog, "organizer-2025");
  CHECK(dialog->busy());
  CHECK_FALSE(dialog->unlockButton()->IsEnabled());
  REQUIRE(pumpUntil([&] { return !dialog->busy(); }, std::chrono::seconds(20)));
  CHECK(dialog->problemText() == wxString::FromUTF8("密码错误，请重新输入。"));
  CHECK_FALSE(dialog->unlock());
  CHECK(dialog->IsShown());
  CHECK(dialog->unlockButton()->IsEnabled());
  CHECK(f.auditRows() == 0);
  dialog->Destroy();
  pumpEvents();
}

TEST_CASE("the right organizer password unlocks, and the export then shows the "
          "full number and "
          "logs one row",
          "[reports]") {
  UnlockFixture f;
  wxTheApp->CallAfter([] {
    auto *dialog = dynamic_cast<FullIdUnlockDialog *>(
        wxWindow::FindWindowByName("FullIdUnlockDialog"));
    if (!dialog)
      return;
    typeAndUnlock(*dialog, "organizer-2026");
  });
  const auto unlock = tqm::gui::askFullIdUnlock(
      f.parent, f.db, f.keys, wxString::FromUTF8("一人一档：张伟"));
  REQUIRE(unlock);
  CHECK(f.auditRows() == 0);

  auto file = *tqm::reports::loadPersonFile(f.db, "A001",
                                            *tqm::parseDate("2026-11-24"));
  REQUIRE_FALSE(tqm::reports::revealIdNumber(f.db, *unlock, file));
  const auto document = tqm::reports::personFileDocument(
      file, "某机械厂", *tqm::parseDate("2026-11-24"));
  CHECK(document.headerLines.at(2) ==
        "工号：A001　姓名：张伟　身份证号：110101199003071233");
  const auto pdf =
      std::filesystem::temp_directory_path() / "tqm-gui-full-id-test.pdf";
  const auto exported = tqm::reports::exportFullIdReport(
      f.db, document,
      {pdf, tqm::report::ReportFormat::Pdf, "张三", "person A001"}, *unlock);
  REQUIRE(exported.ok());
  const auto entries = tqm::store::AuditLog(f.db).list();
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].action == "export-report-full-id");
  CHECK(entries[0].detail == "by 张三: person A001 as pdf, full ID numbers");
  std::filesystem::remove(pdf);
}

TEST_CASE(
    "each refusal of a full-ID export reads in Chinese with what to do next",
    "[reports]") {
  startWx();
  using tqm::gui::fullIdRefusalText;
  CHECK(fullIdRefusalText({"password-wrong", "The password is wrong."}) ==
        wxString::FromUTF8("密码错误，请重新输入。"));
  CHECK(fullIdRefusalText({"audit-failed", "x"}) ==
        wxString::FromUTF8("未保存：导出无法记入审计日志，文件已删除。请关闭正"
                           "在使用数据库的其他程序后重试。"));
  CHECK(fullIdRefusalText({"something-new", "the core's words"}) ==
        "the core's words");
}
