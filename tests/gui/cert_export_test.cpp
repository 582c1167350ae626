// 导出 in the certificate area, on the demo plant as of 2026-02-20: the register, the register
// with full ID numbers, the matrix, printed certificates and the public key, each written
// through the menu's own path with the save dialog replaced by a path, then read back.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <wx/app.h>

#include "../unit/report/xlsx_contents.h"
#include "cert/demo_plant_setup.h"
#include "demo_plant_frame.h"
#include "learner_fixture.h"

using namespace tqm;
using namespace tqm::gui;
using namespace tqm::gui::test;

namespace {

// 2026-02-20 08:00 in China, the day the certificate area opens as of.
constexpr std::int64_t kToday = 1771545600000;

class ExportFixture : public LearnerFixture {
  public:
    ExportFixture() : LearnerFixture("cert-export") {
        frame = openDemoPlantFrame(*this, clock);
        frame->showScreen(Screen::Certificates);
        panel = frame->certificates();
        REQUIRE(pumpUntil([&] { return !panel->loading(); }, std::chrono::seconds(10)));
        REQUIRE(panel->snapshot());
        panel->exports().setFileChooser([this](wxWindow&, const SaveTarget& target) {
            offeredNames.push_back(target.defaultName.utf8_string());
            return std::optional<std::filesystem::path>(nextFile);
        });
    }

    CertificateExports& exports() { return panel->exports(); }

    // Waits for the export running now to finish.
    void waitForExport() {
        REQUIRE(pumpUntil([&] { return !exports().busy(); }, std::chrono::seconds(20)));
    }

    std::int64_t auditRows() {
        SQLite::Database database(databaseFile().string(), SQLite::OPEN_READONLY);
        return database.execAndGet("SELECT count(*) FROM audit_log").getInt64();
    }

    std::string statusText() const { return panel->exports().status()->text().utf8_string(); }

    FakeClock clock{fromUnixMillis(kToday)};
    FramePtr frame;
    CertificatesPanel* panel = nullptr;
    std::filesystem::path nextFile;
    std::vector<std::string> offeredNames;
};

std::string fileText(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::vector<std::string> csvLines(const std::filesystem::path& file) {
    std::string text = fileText(file);
    REQUIRE(text.rfind("\xEF\xBB\xBF", 0) == 0);  // the byte-order mark Excel needs
    text.erase(0, 3);
    std::vector<std::string> lines;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t end = text.find("\r\n", at);
        lines.push_back(text.substr(at, end - at));
        if (end == std::string::npos) break;
        at = end + 2;
    }
    return lines;
}

std::string lineStartingWith(const std::vector<std::string>& lines, const std::string& start) {
    for (const std::string& line : lines)
        if (line.rfind(start, 0) == 0) return line;
    FAIL("no line starts with " << start);
    return {};
}

// Standard output of a shell command.
std::string commandOutput(const std::string& command) {
    std::string output;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    REQUIRE(pipe);
    char buffer[4096];
    while (const std::size_t read = std::fread(buffer, 1, sizeof buffer, pipe.get()))
        output.append(buffer, read);
    return output;
}

void click(wxWindow& window, int id) {
    wxCommandEvent event(wxEVT_BUTTON, id);
    event.SetEventObject(&window);
    window.HandleWindowEvent(event);
}

// What a script saw in the full-ID dialog while it was open.
struct FullIdSeen {
    bool opened = false;
    bool busySeen = false;
    bool stillOpen = false;
    std::string problem;
};

// Types `password` into the full-ID dialog once it opens and presses 导出; cancels it when the
// export was refused.
void answerFullIdDialog(ExportFixture& fixture, std::string password, FullIdSeen& seen) {
    wxTheApp->CallAfter([&fixture, password, &seen] {
        FullIdExportDialog* dialog = fixture.exports().openFullIdDialog();
        if (!dialog) return;
        seen.opened = true;
        dialog->passwordBox()->SetValue(wxString::FromUTF8(password));
        click(*dialog->exportButton(), wxID_OK);
        seen.busySeen = dialog->busy() && !dialog->exportButton()->IsEnabled();
        pumpUntil([&] { return !dialog->busy(); }, std::chrono::seconds(20));
        if (!dialog->IsModal()) return;
        seen.stillOpen = true;
        seen.problem = dialog->problemText().utf8_string();
        click(*dialog->FindWindow(wxID_CANCEL), wxID_CANCEL);
    });
}

}  // namespace

TEST_CASE(
    "the register saved as CSV has the register's header and each certificate's row, ID "
    "numbers masked",
    "[cert][export]") {
    ExportFixture fixture;
    fixture.nextFile = fixture.folder() / "register.csv";
    fixture.exports().exportRegister(cert::RegisterFormat::Csv);
    CHECK(fixture.exports().busy());
    CHECK(fixture.exports().status()->busy());
    fixture.waitForExport();

    CHECK(fixture.offeredNames == std::vector<std::string>{"证书登记表-2026-02-20.csv"});
    const std::vector<std::string> lines = csvLines(fixture.nextFile);
    REQUIRE(lines.size() > 2);
    CHECK(lines[0] ==
          "证书编号,姓名,工号,单位,岗位,证书类型,发证日期,有效期至,下次复审,状态,身份证号");
    // 许志刚's 注册质量经理 ends 2026-04-27: renewal opened 90 days before.
    CHECK(lineStartingWith(lines, "CAQ-QM-2023-01857,") ==
          "CAQ-QM-2023-01857,许志刚,D0020,质量部,质量经理,注册质量经理,2023-04-28,2026-04-27,,"
          "可续证,320102********3175");
    CHECK(lines.size() == 1 + 28);
    CHECK(fixture.statusText() == "证书登记表（28 行）已保存为 register.csv。");
    CHECK(fixture.auditRows() == 0);
}

TEST_CASE("the register saved as an Excel workbook opens with the register's cells",
          "[cert][export]") {
    ExportFixture fixture;
    fixture.nextFile = fixture.folder() / "register.xlsx";
    fixture.exports().exportRegister(cert::RegisterFormat::Xlsx);
    fixture.waitForExport();

    CHECK(fixture.offeredNames == std::vector<std::string>{"证书登记表-2026-02-20.xlsx"});
    const reporttest::XlsxContents workbook(fixture.nextFile);
    CHECK(workbook.sheetNames() == std::vector<std::string>{"证书台账"});
    const auto cells = workbook.cells(1);
    CHECK(cells.at("A1").text == "证书编号");
    CHECK(cells.at("J1").text == "状态");
    CHECK(cells.at("K1").text == "身份证号");
    CHECK(cells.at("A2").text == "CAQ-QCC-2023-03318");
    CHECK(cells.at("B2").text == "赵明远");
    CHECK(cells.at("J2").text == "有效");
    CHECK(fixture.statusText() == "证书登记表（28 行）已保存为 register.xlsx。");
}

TEST_CASE("the full register needs the organizer password and leaves one audit entry",
          "[cert][export]") {
    ExportFixture fixture;
    // openFrame() has set kTestOrganizerPassword in the database.
    fixture.nextFile = fixture.folder() / "full.csv";

    SECTION("with the right password the file holds every ID number in full") {
        FullIdSeen seen;
        answerFullIdDialog(fixture, kTestOrganizerPassword, seen);
        fixture.exports().exportFullRegister();
        CHECK(seen.opened);
        CHECK(seen.busySeen);
        CHECK_FALSE(seen.stillOpen);
        CHECK(fixture.offeredNames ==
              std::vector<std::string>{"证书登记表（完整身份证号）-2026-02-20.xlsx"});
        const std::vector<std::string> lines = csvLines(fixture.nextFile);
        CHECK(lines[0] ==
              "证书编号,姓名,工号,单位,岗位,证书类型,发证日期,有效期至,下次复审,状态,身份证号");
        CHECK(lineStartingWith(lines, "CAQ-QM-2023-01857,") ==
              "CAQ-QM-2023-01857,许志刚,D0020,质量部,质量经理,注册质量经理,2023-04-28,"
              "2026-04-27,,可续证,320102197801053175");
        CHECK(fixture.auditRows() == 1);
        CHECK(fixture.statusText() ==
              "含完整身份证号的登记表（28 行）已保存为 full.csv。本次导出已记入审计日志，请妥善"
              "保管该文件。");
    }

    SECTION("with a wrong password nothing is written and nothing logged") {
        FullIdSeen seen;
        answerFullIdDialog(fixture, "not the password", seen);
        fixture.exports().exportFullRegister();
        CHECK(seen.opened);
        CHECK(seen.stillOpen);
        CHECK(seen.problem == "密码错误，请重新输入。未导出任何内容。");
        CHECK_FALSE(std::filesystem::exists(fixture.nextFile));
        CHECK(fixture.auditRows() == 0);
    }
}

TEST_CASE("the matrix is saved with the rows the matrix page shows", "[cert][export]") {
    ExportFixture fixture;
    fixture.panel->matrix()->setAxis(cert::MatrixAxis::Positions);
    fixture.nextFile = fixture.folder() / "matrix.csv";
    fixture.exports().exportMatrix(cert::RegisterFormat::Csv);
    fixture.waitForExport();
    CHECK(fixture.offeredNames == std::vector<std::string>{"资格矩阵-岗位-2026-02-20.csv"});
    const std::vector<std::string> lines = csvLines(fixture.nextFile);
    CHECK(lines[0] ==
          "岗位,关键岗位,CAQ-QCC QC小组活动推进者,CAQ-QM 注册质量经理,CAQ-SSBB "
          "六西格玛黑带注册证书,GOV-WELD 特种作业操作证（焊接与热切割作业）,INT-IA "
          "质量管理体系内审员证书,INT-MET 计量管理员上岗证,INT-QI 质量检验员上岗证,INT-SPC "
          "SPC应用上岗证,INT-WI 焊接质检员上岗证");
    // A position's cell is the worst status among the people holding it.
    CHECK(lineStartingWith(lines, "质量检验员,") == "质量检验员,是,,,,,,,已过期,,");
    CHECK(lines.size() == 1 + 10);
    CHECK(fixture.statusText() == "资格矩阵（10 个岗位）已保存为 matrix.csv。");
}

namespace {

// Chooses in the print dialog once it opens (`choose` fills it in), records what it offers,
// then presses 打印 or, when printing is not possible, 取消.
struct PrintSeen {
    bool opened = false;
    std::vector<std::string> numbers;
    std::string summary;
    bool printEnabled = false;
};

void answerPrintDialog(ExportFixture& fixture, std::function<void(PrintCertificatesDialog&)> choose,
                       PrintSeen& seen) {
    wxTheApp->CallAfter([&fixture, choose, &seen] {
        PrintCertificatesDialog* dialog = fixture.exports().openPrintDialog();
        if (!dialog) return;
        seen.opened = true;
        choose(*dialog);
        seen.numbers = dialog->numbers();
        seen.summary = dialog->summaryText().utf8_string();
        seen.printEnabled = dialog->printButton()->IsEnabled();
        click(*dialog, seen.printEnabled ? wxID_OK : wxID_CANCEL);
    });
}

}  // namespace

TEST_CASE("printing two certificates by number writes a two-page PDF holding both numbers",
          "[cert][export]") {
    ExportFixture fixture;
    fixture.nextFile = fixture.folder() / "two.pdf";
    PrintSeen seen;
    answerPrintDialog(
        fixture,
        [](PrintCertificatesDialog& dialog) {
            dialog.setNumbersText("ZJ-WI-2025-0001\nCAQ-QM-2023-01857\n");
        },
        seen);
    fixture.exports().printCertificates();
    REQUIRE(seen.opened);
    CHECK(seen.numbers == std::vector<std::string>{"ZJ-WI-2025-0001", "CAQ-QM-2023-01857"});
    CHECK(seen.summary == "将打印 2 张证书，每张一页。");
    fixture.waitForExport();
    CHECK(fixture.offeredNames == std::vector<std::string>{"证书-2026-02-20.pdf"});
    const std::string file = fixture.nextFile.string();
    CHECK_THAT(commandOutput("pdfinfo '" + file + "'"), Catch::Contains("Pages:           2"));
    const std::string text = commandOutput("pdftotext '" + file + "' -");
    CHECK_THAT(text, Catch::Contains("ZJ-WI-2025-0001"));
    CHECK_THAT(text, Catch::Contains("CAQ-QM-2023-01857"));
    CHECK(fixture.statusText() == "已将 2 张证书打印到 two.pdf，每张一页 A4。");
    CHECK(fixture.exports().status()->openButton()->IsShown());
    CHECK(fixture.exports().status()->openButton()->GetLabel() == wxString::FromUTF8("打开 PDF"));
}

TEST_CASE("the print dialog offers the person's and a type's certificates in force",
          "[cert][export]") {
    ExportFixture fixture;
    for (const cert::PersonSummary* person : fixture.panel->snapshot()->index->peopleByEmployeeNo())
        if (person->employeeNo == "D0014") fixture.panel->showPerson(person->id);

    SECTION("the person shown on the People page") {
        PrintSeen seen;
        answerPrintDialog(
            fixture, [](PrintCertificatesDialog&) {}, seen);
        fixture.exports().printCertificates();
        CHECK(seen.numbers == std::vector<std::string>{"ZJ-WI-2025-0001"});
    }
    SECTION("every certificate of a type") {
        PrintSeen seen;
        answerPrintDialog(
            fixture, [](PrintCertificatesDialog& dialog) { REQUIRE(dialog.chooseType("INT-SPC")); },
            seen);
        fixture.nextFile = fixture.folder() / "spc.pdf";
        fixture.exports().printCertificates();
        CHECK(seen.numbers ==
              std::vector<std::string>{"ZJ-SPC-2024-0002", "ZJ-SPC-2023-0004", "ZJ-SPC-2025-0001"});
        fixture.waitForExport();
        CHECK_THAT(commandOutput("pdfinfo '" + fixture.nextFile.string() + "'"),
                   Catch::Contains("Pages:           3"));
    }
    SECTION("a typed number no certificate has is named, and printing waits for a correction") {
        PrintSeen seen;
        answerPrintDialog(
            fixture,
            [](PrintCertificatesDialog& dialog) {
                dialog.setNumbersText("ZJ-WI-2025-0001 ZJ-XX-1");
            },
            seen);
        fixture.exports().printCertificates();
        CHECK_FALSE(seen.printEnabled);
        CHECK(seen.summary == "找不到证书编号 ZJ-XX-1，请改正后再打印。");
        CHECK(fixture.offeredNames.empty());
    }
}

TEST_CASE("an export to a folder that is gone says so and writes nothing", "[cert][export]") {
    ExportFixture fixture;
    fixture.nextFile = fixture.folder() / "removed" / "register.csv";
    fixture.exports().exportRegister(cert::RegisterFormat::Csv);
    fixture.waitForExport();
    CHECK_FALSE(std::filesystem::exists(fixture.nextFile));
    CHECK(fixture.statusText() == "未保存：文件夹 " + (fixture.folder() / "removed").string() +
                                      " 已不存在（U 盘被拔出了？）。请选择其他文件夹后重试。");
    CHECK_FALSE(fixture.exports().status()->openButton()->IsShown());
}

TEST_CASE("the public key is saved and its export logged", "[cert][export]") {
    ExportFixture fixture;
    fixture.nextFile = fixture.folder() / "key.pub";
    fixture.exports().exportPublicKey();
    fixture.waitForExport();
    CHECK(fixture.offeredNames == std::vector<std::string>{"本机公钥.pub"});
    CHECK(fileText(fixture.nextFile).rfind("TQM-PUBLIC-KEY-1", 0) == 0);
    CHECK(fixture.auditRows() == 1);
    CHECK(fixture.statusText() == "本机公钥已保存为 key.pub。请交给需要核验本机所发证书的单位。");
}
