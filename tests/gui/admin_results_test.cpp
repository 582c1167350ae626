// 管理 → 成绩 driven through the real panels: an exam with known attempts (made through the core
// on a fake clock, see tests/unit/results/results_test_support.h) shown, sorted by clicking
// column headers, filtered, charted, analysed and exported.
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "../unit/results/results_test_support.h"
#include "learner_fixture.h"

using namespace tqm;
using namespace tqm::gui;
using namespace tqm::gui::test;

namespace {

// Writes the sample exam into the fixture's database file; returns the exam's id.
std::int64_t prepareSample(const LearnerFixture& fixture) {
    FakeClock clock{fromUnixMillis(resultstest::kStartMs)};
    auto opened = store::Database::open(fixture.databaseFile(), clock);
    REQUIRE(opened.database);
    return resultstest::fillSampleExam(*opened.database, clock).examId;
}

ResultsPanel& showResults(MainFrame& frame, std::int64_t examId) {
    frame.showScreen(Screen::Admin);
    AdminPanel& admin = *frame.admin();
    admin.tabs()->SetSelection(static_cast<std::size_t>(admin.tabs()->FindPage(admin.results())));
    ResultsPanel& results = *admin.results();
    results.refresh();
    REQUIRE(results.selectExam(examId));
    pumpEvents();
    return results;
}

std::vector<std::string> column(const wxListCtrl& list, int col) {
    std::vector<std::string> texts;
    for (long item = 0; item < list.GetItemCount(); ++item)
        texts.push_back(list.GetItemText(item, col).ToStdString(wxConvUTF8));
    return texts;
}

void clickHeader(wxListCtrl& list, int col) {
    wxListEvent event(wxEVT_LIST_COL_CLICK, list.GetId());
    event.SetEventObject(&list);
    event.m_col = col;
    list.HandleWindowEvent(event);
    pumpEvents();
}

void choose(wxChoice& choice, int selection) {
    choice.SetSelection(selection);
    wxCommandEvent event(wxEVT_CHOICE, choice.GetId());
    event.SetEventObject(&choice);
    event.SetInt(selection);
    choice.HandleWindowEvent(event);
    pumpEvents();
}

std::string readFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

constexpr int kScoreColumn = 5;
constexpr int kNoColumn = 0;
constexpr int kOutcomeColumn = 6;

}  // namespace

TEST_CASE("the results table lists one row per person and sorts by the header clicked") {
    LearnerFixture fixture("results-sort");
    const std::int64_t examId = prepareSample(fixture);
    FramePtr frame = fixture.open();
    ResultsPanel& results = showResults(*frame, examId);
    ResultList& list = *results.table()->list();

    CHECK(results.examChoice()->GetStringSelection() ==
          wxString::FromUTF8("质量月考试（6 人，已交卷 6 次，进行中 1 人）"));
    CHECK(column(list, kNoColumn) ==
          std::vector<std::string>{"E001", "E002", "E003", "E004", "E005", "E006"});
    CHECK(column(list, 1) ==
          std::vector<std::string>{"张三", "李四", "王五", "赵六", "钱七", "孙八"});
    CHECK(column(list, 3)[1] == "班组长、质检员");
    CHECK(column(list, 4) == std::vector<std::string>{"1", "1", "2", "1", "1", "1"});
    CHECK(column(list, kScoreColumn) == std::vector<std::string>{"70", "40", "40", "30", "60", ""});
    CHECK(column(list, kOutcomeColumn) ==
          std::vector<std::string>{"通过", "未通过", "未通过", "未通过", "通过", ""});
    CHECK(column(list, 7)[0] == "0:20:00");
    CHECK(column(list, 9) ==
          std::vector<std::string>{"已交卷", "已交卷", "已交卷", "已交卷", "已交卷", "进行中"});

    clickHeader(list, kScoreColumn);
    CHECK(column(list, kNoColumn) ==
          std::vector<std::string>{"E004", "E002", "E003", "E005", "E001", "E006"});
    CHECK(list.GetSortIndicator() == kScoreColumn);
    CHECK(list.IsAscendingSortIndicator());

    clickHeader(list, kScoreColumn);
    CHECK(column(list, kNoColumn) ==
          std::vector<std::string>{"E001", "E005", "E002", "E003", "E004", "E006"});
    CHECK_FALSE(list.IsAscendingSortIndicator());

    clickHeader(list, 7);  // time used
    CHECK(column(list, kNoColumn) ==
          std::vector<std::string>{"E005", "E003", "E001", "E002", "E004", "E006"});
    CHECK(list.GetSortIndicator() == 7);
}

TEST_CASE("the filter leaves the matching rows, and the counts and charts follow it") {
    LearnerFixture fixture("results-filter");
    const std::int64_t examId = prepareSample(fixture);
    FramePtr frame = fixture.open();
    ResultsPanel& results = showResults(*frame, examId);
    ResultsTablePage& table = *results.table();

    CHECK(table.summaryText() ==
          wxString::FromUTF8("显示 6 / 6 人  ·  平均分 48.0  ·  通过率 40%"));
    CHECK(table.histogram()->data().counts ==
          std::vector<std::size_t>{0, 0, 0, 1, 2, 0, 1, 1, 0, 0});
    CHECK(table.histogram()->data().passMark == 6000);

    table.search()->SetValue(wxString::FromUTF8("车间"));
    pumpEvents();
    choose(*table.outcomeChoice(), 2);  // failed
    CHECK(column(*table.list(), kNoColumn) == std::vector<std::string>{"E002", "E003"});
    CHECK(table.summaryText() == wxString::FromUTF8("显示 2 / 6 人  ·  平均分 40.0  ·  通过率 0%"));
    CHECK(table.histogram()->data().counts ==
          std::vector<std::size_t>{0, 0, 0, 0, 2, 0, 0, 0, 0, 0});
    const auto& shares = table.categories()->data();
    REQUIRE(shares.size() == 2);
    CHECK(shares[0].category == "基础");
    CHECK(shares[0].share == Approx((1.0 + 0.25) / 2));
    CHECK(shares[1].share == Approx((0.0 + 0.5) / 2));

    table.search()->SetValue(wxString());
    pumpEvents();
    choose(*table.outcomeChoice(), 0);
    // Units are listed sorted after 全部单位: 一车间, 二车间, 质检科.
    choose(*table.unitChoice(), 3);
    CHECK(column(*table.list(), kNoColumn) == std::vector<std::string>{"E004", "E006"});
    CHECK(table.histogram()->data().counts ==
          std::vector<std::size_t>{0, 0, 0, 1, 0, 0, 0, 0, 0, 0});
}

TEST_CASE("item analysis flags the too easy, too hard and negatively discriminating questions") {
    LearnerFixture fixture("results-items");
    const std::int64_t examId = prepareSample(fixture);
    FramePtr frame = fixture.open();
    ResultsPanel& results = showResults(*frame, examId);
    ItemAnalysisPage& items = *results.items();
    ItemList& list = *items.list();

    CHECK(items.summaryText() == wxString::FromUTF8("共 5 题，分析了 5 份已交试卷；3 题被标记。"));
    CHECK(column(list, 1) == std::vector<std::string>{"q1", "q2", "q3", "q4", "q5"});
    CHECK(column(list, 5) == std::vector<std::string>{"0.60", "1.00", "0.40", "0.00", "0.40"});
    CHECK(column(list, 6) == std::vector<std::string>{"1.00", "0.00", "1.00", "0.00", "-1.00"});
    CHECK(column(list, 8) == std::vector<std::string>{"", "太容易：超过 95% 的人答对", "",
                                                      "太难：不到 10% 的人答对",
                                                      "低分者反而答对更多：请核对答案"});

    clickHeader(list, 8);  // flags: flagged first
    CHECK(column(list, 1) == std::vector<std::string>{"q5", "q4", "q2", "q1", "q3"});
    CHECK(list.GetSortIndicator() == 8);

    items.selectItem(3);  // q1
    const wxString page = items.detail()->ToText();
    CHECK(page.Contains(wxString::FromUTF8("第 1 题 · q1 · 单选题 · 基础")));
    CHECK(page.Contains(wxString::FromUTF8("PDCA 循环的第二步是？")));
    CHECK(page.Contains(wxString::FromUTF8("5 人作答 · 难度 P 0.60 · 区分度 D 1.00")));
    CHECK(page.Contains(wxString::FromUTF8("3 人选择，60%")));
    CHECK(page.Contains(wxString::FromUTF8("1 人选择，20%")));
}

TEST_CASE("exporting writes the shown rows to CSV and XLSX off the UI thread and says where") {
    LearnerFixture fixture("results-export");
    const std::int64_t examId = prepareSample(fixture);
    FramePtr frame = fixture.open();
    ResultsPanel& results = showResults(*frame, examId);

    const std::filesystem::path csv = fixture.folder() / "成绩.csv";
    REQUIRE(results.exportTo(csv, results::ExportFormat::Csv));
    REQUIRE(pumpUntil([&] { return !results.exporting(); }, std::chrono::seconds(10)));
    CHECK(results.exportMessage() == wxString::FromUTF8("已导出到 " + csv.string()));
    CHECK(readFile(csv) ==
          "\xEF\xBB\xBF"
          "工号,姓名,单位,得分,满分,是否通过,用时,提交时间\r\n"
          "E001,张三,一车间,70,100,通过,0:20:00,2026-11-24 18:50:00\r\n"
          "E002,李四,二车间,40,100,未通过,0:25:00,2026-11-24 19:15:00\r\n"
          "E003,王五,一车间,40,100,未通过,0:15:00,2026-11-24 19:35:00\r\n"
          "E004,赵六,质检科,30,100,未通过,0:29:00,2026-11-24 20:04:00\r\n"
          "E005,钱七,二车间,60,100,通过,0:10:00,2026-11-24 20:14:00\r\n"
          "E006,孙八,质检科,0,0,待评分,0:00:00,\r\n");

    // Only what the filter shows, in the order shown.
    ResultsTablePage& table = *results.table();
    choose(*table.outcomeChoice(), 1);  // passed
    clickHeader(*table.list(), kScoreColumn);
    REQUIRE(results.exportTo(csv, results::ExportFormat::Csv));
    REQUIRE(pumpUntil([&] { return !results.exporting(); }, std::chrono::seconds(10)));
    CHECK(readFile(csv) ==
          "\xEF\xBB\xBF"
          "工号,姓名,单位,得分,满分,是否通过,用时,提交时间\r\n"
          "E005,钱七,二车间,60,100,通过,0:10:00,2026-11-24 20:14:00\r\n"
          "E001,张三,一车间,70,100,通过,0:20:00,2026-11-24 18:50:00\r\n");

    const std::filesystem::path xlsx = fixture.folder() / "成绩.xlsx";
    REQUIRE(results.exportTo(xlsx, results::ExportFormat::Xlsx));
    REQUIRE(pumpUntil([&] { return !results.exporting(); }, std::chrono::seconds(10)));
    const std::string workbook = readFile(xlsx);
    // An XLSX file is a zip archive; its directory names the parts uncompressed.
    REQUIRE(workbook.size() > 4);
    CHECK(workbook.substr(0, 2) == "PK");
    CHECK(workbook.find("xl/worksheets/sheet1.xml") != std::string::npos);
    CHECK(workbook.find("xl/worksheets/sheet2.xml") != std::string::npos);

    const std::filesystem::path nowhere = fixture.folder() / "没有这个文件夹" / "成绩.csv";
    REQUIRE(results.exportTo(nowhere, results::ExportFormat::Csv));
    REQUIRE(pumpUntil([&] { return !results.exporting(); }, std::chrono::seconds(10)));
    CHECK(results.exportMessage().StartsWith(wxString::FromUTF8("无法写入“")));
    CHECK_FALSE(std::filesystem::exists(nowhere));
}
