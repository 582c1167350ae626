// The table PDF's pages and page breaks: a long table whose cells wrap to one, two or three
// lines must break exactly where a full Pango layout of every cell puts the breaks. The expected
// pages below were first taken from the writer that laid out every cell in full (before row
// heights were cached and one-line cells measured from cached glyph advances), and taken again
// when columns came to be sized by their cells and later pages stopped repeating the header.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "base/file_io.h"
#include "command_output.h"
#include "report/table_pdf.h"

using tqm::report::ColumnAlign;
using tqm::report::TableDocument;
using tqm::reporttest::runCommand;

namespace {

// Row i: a remark of one, two or three lines (by i % 7), a name of two to four characters and
// hours that are sometimes wide.
TableDocument wrappingTable(int rows) {
    TableDocument doc;
    doc.title = "学时台账";
    doc.headerLines = {"单位：某机械厂", "报表日期：2026-11-25"};
    doc.columns = {{"工号", 1.0, ColumnAlign::Left},
                   {"姓名", 1.0, ColumnAlign::Left},
                   {"备注", 3.0, ColumnAlign::Left},
                   {"学时", 0.8, ColumnAlign::Right}};
    const std::vector<std::string> names{"王芳", "欧阳建国", "李娜", "张伟强", "Tom Lee"};
    for (int i = 0; i < rows; ++i) {
        std::string remark;
        switch (i % 7) {
            case 1:
                remark = "参加质量管理小组活动并完成现场改善课题，成果在车间发布会上交流";
                break;
            case 4:
                remark =
                    "补修《统计过程控制》《测量系统分析》《失效模式与影响分析》三门课程，"
                    "考试合格后由培训基地统一登记学时，并抄送人力资源部与质量管理部备案存档";
                break;
            default:
                remark = i % 3 == 0 ? "" : "自学";
        }
        char number[16];
        std::snprintf(number, sizeof number, "E%05d", i + 1);
        doc.rows.push_back({number, names[static_cast<std::size_t>(i) % names.size()], remark,
                            i % 11 == 0 ? "1,234.50" : std::to_string(i % 40) + ".5"});
    }
    return doc;
}

std::string pageText(const std::filesystem::path& file, int page) {
    return runCommand("pdftotext -layout -f " + std::to_string(page) + " -l " +
                      std::to_string(page) + " '" + file.string() + "' -")
        .out;
}

// The first employee number printed on each page.
std::vector<std::string> firstRowOfEachPage(const std::filesystem::path& file, int pages) {
    std::vector<std::string> firsts;
    for (int page = 1; page <= pages; ++page) {
        const std::string text = pageText(file, page);
        const auto at = text.find('E');
        firsts.push_back(at == std::string::npos ? "" : text.substr(at, 6));
    }
    return firsts;
}

}  // namespace

TEST_CASE("a table of wrapping Chinese cells breaks its pages where full layout breaks them") {
    REQUIRE(tqm::reporttest::hasProgram("pdftotext"));
    const auto folder = std::filesystem::temp_directory_path() / "tqm-table-pdf-pagination";
    std::filesystem::create_directories(folder);
    const auto file = folder / "table.pdf";

    // A second table continues on the last page when its start fits there.
    TableDocument more = wrappingTable(40);
    more.continues = true;
    more.headerLines = {"按课程"};
    const auto pdf = tqm::report::renderTablesPdf({wrappingTable(300), more});
    REQUIRE(pdf.problem.empty());
    REQUIRE(tqm::writeFileAtomically(file, pdf.bytes).empty());
    CHECK(pdf.pages == 14);
    CHECK(firstRowOfEachPage(file, pdf.pages) ==
          std::vector<std::string>{"E00001", "E00026", "E00052", "E00078", "E00104", "E00131",
                                   "E00157", "E00183", "E00209", "E00236", "E00262", "E00288",
                                   "E00012", "E00037"});
    // The second table starts under the first one's last rows, on page 12.
    const std::string last = pageText(file, 12);
    CHECK(last.find("E00300") < last.find("按课程"));
    CHECK(pageText(file, 14).find("第 14 页，共 14 页") != std::string::npos);
}
