// The certificate import dialog and the empty certificate area, driven through their controls
// against a database file of the test's own, checked through the core's repositories.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>
#include <string>

#include "cert/cert_file_import.h"
#include "cert/import/cert_import_dialog.h"
#include "learner_fixture.h"
#include "store/certificate_repository.h"

using namespace tqm;
using namespace tqm::gui;
using namespace tqm::gui::test;

namespace {

namespace fs = std::filesystem;

// 2026-02-20 08:00 in China.
constexpr std::int64_t kToday = 1771545600000;

wxString utf8(const char* text) {
    return wxString::FromUTF8(text);
}

fs::path contentFile(const char* name) {
    return fs::path(TQM_CONTENT_DIR) / name;
}

std::string readFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

void click(wxButton& button) {
    wxCommandEvent event(wxEVT_BUTTON, button.GetId());
    event.SetEventObject(&button);
    button.HandleWindowEvent(event);
}

class ImportFixture : public LearnerFixture {
  public:
    ImportFixture() : LearnerFixture("cert-import") {}

    FramePtr openFresh() {
        MainFrameOptions options;
        options.bankFolder = testData("gui/basic");
        options.databaseFile = databaseFile();
        options.contentDir = fs::path(TQM_CONTENT_DIR);
        options.clock = &clock;
        return openFrame(std::move(options));
    }

    // Imports through the dialog's controls and waits for the worker thread.
    static void runImport(CertImportDialog& dialog) {
        REQUIRE(dialog.startImport());
        REQUIRE(pumpUntil([&] { return !dialog.importing(); }, std::chrono::seconds(20)));
        REQUIRE(dialog.showingResult());
    }

    FakeClock clock{fromUnixMillis(kToday)};
};

template <class Item, class Key>
const Item* findBy(const std::vector<Item>& items, Key key) {
    for (const Item& item : items)
        if (key(item)) return &item;
    return nullptr;
}

}  // namespace

TEST_CASE("importing the demo plant's four files through the dialog writes every record in order",
          "[cert-import]") {
    ImportFixture fixture;
    FramePtr frame = fixture.openFresh();
    LearnerWorkspace& workspace = frame->workspace();
    REQUIRE(workspace.importDemoRoster());

    CertImportDialog dialog(frame->certificates(), workspace);
    // Chosen last to first: the dialog still imports types, positions, requirements, then
    // certificates.
    dialog.row(CertFileKind::Certificates).setFile(contentFile("demo-certificates.csv"));
    dialog.row(CertFileKind::Requirements).setFile(contentFile("demo-requirements.csv"));
    dialog.row(CertFileKind::Positions).setFile(contentFile("demo-positions.csv"));
    dialog.row(CertFileKind::Types).setFile(contentFile("demo-cert-types.csv"));
    ImportFixture::runImport(dialog);

    const auto& outcomes = dialog.outcomes();
    REQUIRE(outcomes.size() == 4);
    CHECK(outcomes[0].kind == CertFileKind::Types);
    CHECK(outcomes[3].kind == CertFileKind::Certificates);
    CHECK(outcomes[0].result.counts == cert::FileImportCounts{9, 0, 0, 0});
    // The roster named six of the ten positions already: they get their key flag and
    // description.
    CHECK(outcomes[1].result.counts == cert::FileImportCounts{4, 6, 0, 0});
    CHECK(outcomes[2].result.counts == cert::FileImportCounts{13, 0, 0, 0});
    CHECK(outcomes[3].result.counts == cert::FileImportCounts{28, 0, 0, 0});
    CHECK(dialog.headline() == utf8("所有行均已导入。"));
    CHECK(dialog.problems()->problemCount() == 0);
    CertImportSummary& summary = *dialog.summary();
    REQUIRE(summary.GetItemCount() == 4);
    CHECK(summary.cellText(3, 0) == utf8("在册证书"));
    CHECK(summary.cellText(3, 1) == "demo-certificates.csv");
    CHECK(summary.cellText(3, 2) == "28");
    CHECK(summary.cellText(3, 5) == "0");
    CHECK(dialog.changedDatabase());

    const cert::CertificateBook book =
        store::CertificateRepository(*workspace.database()).loadBook();
    CHECK(book.types.size() == 9);
    // The file's ten and four more that only the roster names.
    CHECK(book.positions.size() == 14);
    CHECK(std::count_if(book.positions.begin(), book.positions.end(),
                        [](const auto& p) { return !p.description.empty(); }) == 10);
    CHECK(book.requirements.size() == 13);
    CHECK(book.certificates.size() == 28);

    const auto* type = findBy(book.types, [](const auto& t) { return t.code == "INT-QI"; });
    REQUIRE(type);
    CHECK(type->name == "质量检验员上岗证");
    CHECK(type->issuerName == "本公司质量部");
    CHECK(type->validityMonths == 24);
    CHECK(type->reviewMonths == 12);
    CHECK(type->renewalWindowDays == 60);
    CHECK(type->graceDays == 15);
    CHECK(type->numberPattern == "ZJ-QI-{yyyy}-{seq:4}");

    const auto* position =
        findBy(book.positions, [](const auto& p) { return p.name == "质量检验员"; });
    REQUIRE(position);
    CHECK(position->key);
    CHECK(position->description == "进货、过程和最终检验，判定产品合格与否");

    const auto* requirement = findBy(book.requirements, [&](const auto& r) {
        return r.positionId == position->id && r.certificateTypeId == type->id;
    });
    REQUIRE(requirement);
    CHECK(requirement->level == cert::RequirementLevel::Mandatory);
    CHECK(requirement->daysAllowed == 30);

    const auto* certificate =
        findBy(book.certificates, [](const auto& c) { return c.number == "ZJ-QI-2024-0003"; });
    REQUIRE(certificate);
    const auto* holder =
        findBy(book.people, [&](const auto& p) { return p.id == certificate->personId; });
    REQUIRE(holder);
    CHECK(holder->employeeNo == "D0005");
    CHECK(certificate->certificateTypeId == type->id);
    CHECK(formatDate(certificate->issuedOn) == "2024-03-15");
    CHECK(formatDate(certificate->validFrom) == "2024-03-15");
    CHECK(certificate->validUntil == parseDate("2026-03-14"));
    CHECK(certificate->issuer == "本公司质量部");
    CHECK(certificate->evidenceFile == "QI-2024-0003.pdf");
    CHECK(certificate->source == cert::CertificateSource::Imported);

    SECTION("the same files imported again change nothing") {
        dialog.showChoices();
        CHECK_FALSE(dialog.showingResult());
        ImportFixture::runImport(dialog);
        CHECK(dialog.outcomes()[0].result.counts == cert::FileImportCounts{0, 0, 9, 0});
        CHECK(dialog.outcomes()[3].result.counts == cert::FileImportCounts{0, 0, 28, 0});
        CHECK(store::CertificateRepository(*workspace.database()).loadBook().certificates.size() ==
              28);
    }
}

TEST_CASE("a broken certificates file lists each problem by row and column and keeps the good rows",
          "[cert-import]") {
    ImportFixture fixture;
    FramePtr frame = fixture.openFresh();
    LearnerWorkspace& workspace = frame->workspace();
    REQUIRE(workspace.importDemoRoster());
    store::Database& database = *workspace.database();
    REQUIRE(cert::importCertificateTypes(database, readFile(contentFile("demo-cert-types.csv")),
                                         "demo-cert-types.csv")
                .counts.added == 9);

    CertImportDialog dialog(frame->certificates(), workspace);
    dialog.row(CertFileKind::Certificates).setFile(testData("cert/certificates-broken.csv"));
    ImportFixture::runImport(dialog);

    REQUIRE(dialog.outcomes().size() == 1);
    CHECK(dialog.outcomes()[0].result.counts == cert::FileImportCounts{2, 0, 0, 9});
    CHECK(dialog.headline() ==
          utf8("有 9 行因错误未导入，其余行已导入。请修正下列各行后重新导入该文件。"));
    CHECK(dialog.summary()->cellText(0, 2) == "2");
    CHECK(dialog.summary()->cellText(0, 5) == "9");

    CertProblemList& problems = *dialog.problems();
    REQUIRE(problems.problemCount() == 12);
    auto row = [&](long item) {
        wxString text;
        for (int column = 0; column < 5; ++column)
            text += (column ? " | " : "") + problems.cellText(item, column);
        return text;
    };
    CHECK(row(0) == utf8("certificates-broken.csv | 1 | 备注 | 警告 | "
                         "“备注”不是这类文件的列，已忽略。可用的列见导入窗口。"));
    CHECK(row(1) == utf8("certificates-broken.csv | 3 | 证书编号 | 错误 | "
                         "证书编号 ZJ-QI-2024-0004 出现在第 3、7 行，这些行都未导入。"
                         "请只保留一行后重新导入。"));
    CHECK(row(2) == utf8("certificates-broken.csv | 4 | 工号 | 错误 | "
                         "“D 0014”含有空格，该行未导入。请删除空格后重新导入。"));
    CHECK(row(3) == utf8("certificates-broken.csv | 5 | 发证日期 | 错误 | "
                         "“2025-13-10”不是日期，该行未导入。日期请写成 2026-11-24 或 "
                         "2026/11/24。"));
    CHECK(row(4) == utf8("certificates-broken.csv | 6 | 有效期至 | 错误 | "
                         "有效期止 2023-11-01 早于有效期起，该行未导入。请更正其中一个日期。"));
    CHECK(row(11) == utf8("certificates-broken.csv | 11 | 证书类型代码 | 错误 | "
                          "没有代码为 NO-SUCH 的证书类型，该行未导入。请先导入证书类型，"
                          "或更正代码。"));

    std::vector<std::string> numbers;
    for (const cert::Certificate& certificate :
         store::CertificateRepository(database).loadBook().certificates)
        numbers.push_back(certificate.number);
    std::sort(numbers.begin(), numbers.end());
    CHECK(numbers == std::vector<std::string>{"ZJ-QI-2024-0003", "ZJ-SPC-2023-0004"});

    SECTION("the problems are saved as CSV for Excel") {
        const fs::path file = fixture.folder() / "problems.csv";
        REQUIRE(dialog.saveProblems(file));
        const std::string csv = readFile(file);
        CHECK(csv.rfind("\xEF\xBB\xBF文件,行号,列,类型,问题\r\n"
                        "certificates-broken.csv,1,备注,警告,"
                        "“备注”不是这类文件的列，已忽略。可用的列见导入窗口。\r\n",
                        0) == 0);
        std::size_t lines = 0;
        for (char c : csv) lines += c == '\n' ? 1 : 0;
        CHECK(lines == 13);
    }

    SECTION("the problems are copied as tab-separated lines for a spreadsheet") {
        const std::string text = problems.asTabSeparated().utf8_string();
        CHECK(text.rfind("文件\t行号\t列\t类型\t问题\n"
                         "certificates-broken.csv\t1\t备注\t警告\t",
                         0) == 0);
    }
}

TEST_CASE("a file not saved as UTF-8 is refused with the way to convert it", "[cert-import]") {
    ImportFixture fixture;
    FramePtr frame = fixture.openFresh();
    CertImportDialog dialog(frame->certificates(), frame->workspace());
    dialog.row(CertFileKind::Certificates).setFile(testData("cert/certificates-gbk.csv"));
    dialog.row(CertFileKind::Positions).setFile(fixture.folder() / "missing.csv");
    ImportFixture::runImport(dialog);

    CHECK(dialog.headline() == utf8("有 1 个文件无法导入，请查看下方的问题。"));
    CHECK(dialog.summary()->cellText(0, 2) == utf8("未导入"));
    CertProblemList& problems = *dialog.problems();
    REQUIRE(problems.problemCount() == 2);
    CHECK(problems.cellText(0, 0) == "missing.csv");
    CHECK(problems.cellText(0, 4) ==
          utf8("无法读取该文件，其内容均未导入。请确认文件存在且未被其他程序打开，然后重新导入。"));
    CHECK(problems.cellText(1, 0) == "certificates-gbk.csv");
    CHECK(problems.cellText(1, 4) == utf8("该文件不是 UTF-8 编码，未导入任何内容。请在 Excel "
                                          "中选择“另存为”，类型选“CSV UTF-8(逗号分隔)”，"
                                          "再导入另存的文件。"));
    CHECK_FALSE(dialog.changedDatabase());
}

TEST_CASE(
    "a database without certificate records shows the empty area, whose demo button fills "
    "the matrix",
    "[cert-import]") {
    ImportFixture fixture;
    FramePtr frame = fixture.openFresh();
    frame->showScreen(Screen::Certificates);
    CertificatesPanel& panel = *frame->certificates();
    REQUIRE(pumpUntil([&] { return !panel.loading(); }, std::chrono::seconds(10)));
    CHECK(panel.showingEmptyState());
    CHECK_FALSE(panel.tabs()->IsShown());
    CertEmptyState& empty = *panel.emptyState();
    CHECK(empty.importFilesButton()->IsEnabled());

    click(*empty.demoButton());
    CHECK(empty.importingDemo());
    CHECK_FALSE(empty.demoButton()->IsEnabled());
    REQUIRE(pumpUntil([&] { return !empty.importingDemo() && !panel.loading(); },
                      std::chrono::seconds(30)));
    CHECK(empty.statusText().empty());
    CHECK_FALSE(panel.showingEmptyState());
    CHECK(panel.tabs()->IsShown());
    REQUIRE(panel.snapshot());
    const cert::CertificateBook& book = panel.snapshot()->book;
    CHECK(book.types.size() == 9);
    CHECK(book.positions.size() == 14);  // the file's ten and four only the roster names
    CHECK(book.requirements.size() == 13);
    CHECK(book.certificates.size() == 28);
    std::int64_t jin = 0;
    for (const cert::PersonSummary* person : panel.snapshot()->index->peopleByEmployeeNo())
        if (person->employeeNo == "D0029") jin = person->id;
    MatrixPage& matrix = *panel.matrix();
    REQUIRE(matrix.rowOf(jin) >= 0);
    REQUIRE(matrix.columnOf("INT-QI") >= 0);
    CHECK(matrix.table().GetValue(matrix.rowOf(jin), matrix.columnOf("INT-QI")) == utf8("有效"));
}

TEST_CASE("a saved template holds the Chinese headers and imports without a problem",
          "[cert-import]") {
    ImportFixture fixture;
    FramePtr frame = fixture.openFresh();
    CertImportDialog dialog(frame->certificates(), frame->workspace());
    const fs::path file = fixture.folder() / "岗位要求模板.csv";
    REQUIRE(dialog.row(CertFileKind::Requirements).saveTemplate(file));
    CHECK(readFile(file) == "\xEF\xBB\xBF岗位,证书类型代码,要求,上岗后期限(天)\r\n");

    dialog.row(CertFileKind::Requirements).setFile(file);
    ImportFixture::runImport(dialog);
    CHECK(dialog.outcomes()[0].result.counts == cert::FileImportCounts{0, 0, 0, 0});
    CHECK(dialog.problems()->problemCount() == 0);
    CHECK(dialog.headline() == utf8("文件表头下没有数据行，没有任何改动。"));
    CHECK_FALSE(dialog.changedDatabase());
}
