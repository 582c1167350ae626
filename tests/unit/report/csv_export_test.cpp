// CSV results byte for byte: the BOM, CRLF, RFC 4180 quoting, Chinese headers, exact scores,
// H:MM:SS durations and local times.
#include <catch2/catch.hpp>

#include "../store/store_test_support.h"
#include "report/csv_export.h"
#include "report/result_format.h"
#include "report_samples.h"

using tqm::report::ExportOptions;
using tqm::reporttest::sampleAnswers;
using tqm::reporttest::samplePeople;

TEST_CASE("the people CSV starts with a BOM, quotes what RFC 4180 asks and ends lines with CRLF") {
    CHECK(tqm::report::personResultsCsv(samplePeople()) ==
          "\xEF\xBB\xBF"
          "工号,姓名,单位,得分,满分,是否通过,用时,提交时间\r\n"
          "E001,张三,一车间,87.5,100,通过,1:05:09,2026-11-24 09:30:05\r\n"
          "E002,\"王\"\"小\"\"明\",\"二车间,质检科\",90,100,未通过,0:00:59,2026-11-24 00:00:00\r\n"
          "E003,\"李\n四\",'=SUM(A1),0.66,1,待评分,0:00:00,\r\n");
}

TEST_CASE("the answers CSV has one row per answer with type, answer, points and status") {
    CHECK(tqm::report::answerResultsCsv(sampleAnswers()) ==
          "\xEF\xBB\xBF"
          "工号,姓名,题号,题目编号,题型,作答,得分,满分,判定\r\n"
          "E001,张三,1,q-s1,单选,A,2,2,正确\r\n"
          "E001,张三,2,q-m1,多选,A,1,2,部分正确\r\n"
          "E002,\"王\"\"小\"\"明\",3,q-ma,连线,\"A=1,B=3\",0,3,错误\r\n"
          "E002,\"王\"\"小\"\"明\",4,q-sa,简答,'-5 是负数,0,10,待评分\r\n"
          "E003,\"李\n四\",5,q-tf,判断,,0,1,未作答\r\n");
}

TEST_CASE("an empty table is the BOM and the header only") {
    CHECK(tqm::report::personResultsCsv({}) ==
          "\xEF\xBB\xBF工号,姓名,单位,得分,满分,是否通过,用时,提交时间\r\n");
}

TEST_CASE("times are written at the UTC offset asked for") {
    ExportOptions utc;
    utc.utcOffset = std::chrono::minutes{0};
    const std::string csv = tqm::report::personResultsCsv(samplePeople(), utc);
    CHECK(csv.find("1:05:09,2026-11-24 01:30:05\r\n") != std::string::npos);
    CHECK(csv.find("0:00:59,2026-11-23 16:00:00\r\n") != std::string::npos);
}

TEST_CASE("durations count whole hours past a day and drop parts of a second") {
    using namespace std::chrono_literals;
    CHECK(tqm::report::formatDuration(0ms) == "0:00:00");
    CHECK(tqm::report::formatDuration(999ms) == "0:00:00");
    CHECK(tqm::report::formatDuration(26h + 3min + 4s) == "26:03:04");
    CHECK(tqm::report::formatDuration(-5s) == "0:00:00");
    CHECK(tqm::report::formatUtcOffset(std::chrono::minutes{-210}) == "-03:30");
}

TEST_CASE("a CSV file is written whole, and a failed write names the file") {
    tqm::storetest::TempFolder folder;
    const auto file = folder / "成绩.csv";
    const std::string csv = tqm::report::personResultsCsv(samplePeople());
    CHECK_FALSE(tqm::report::writeCsvFile(file, csv));
    CHECK(tqm::storetest::bytesOf(file) == csv);

    const auto missing = folder / "no-such-folder/成绩.csv";
    const auto failed = tqm::report::writeCsvFile(missing, csv);
    REQUIRE(failed);
    CHECK(failed->file == missing.string());
    CHECK(failed->message.find(missing.string()) != std::string::npos);
    CHECK(folder.fileNames() == std::vector<std::string>{"成绩.csv"});
}
