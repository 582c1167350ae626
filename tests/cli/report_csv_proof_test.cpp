// Every table of a training report as CSV: the main table in the file asked for, each further
// table beside it as FILE-<table name>.csv, all UTF-8 with a BOM; the command prints every file
// and the audit entry names them.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>

#include "report_proof_fixture.h"

using tqm::clitest::kClassReport;
using tqm::clitest::kHoursReport;
using tqm::clitest::kPersonReport;
using tqm::clitest::kSummaryReport;
using tqm::clitest::linesOf;
using tqm::clitest::readFile;
using tqm::clitest::TrainingBase;
using Lines = std::vector<std::string>;

namespace {

const std::string kBom = "\xEF\xBB\xBF";

}  // namespace

TEST_CASE("a class report as CSV writes one file per table, prints each and logs their names") {
    const TrainingBase base;
    const std::string main = (base.dir / "一期一档.csv").string();
    const auto run = base.tqm({"report", "class", "2026-Q4-01", "--format", "csv", "-o", main,
                               "--by", "张三", "--date", "2026-11-24"});
    CHECK(run.exitCode == 0);
    CHECK(linesOf(run.err) == Lines{"wrote " + main + " (class 2026-Q4-01); audit log entry 1",
                                    "wrote " + (base.dir / "一期一档-课程安排.csv").string(),
                                    "wrote " + (base.dir / "一期一档-考试1.csv").string()});
    CHECK(readFile(main) == kBom +
                                "工号,姓名,单位,11-02,11-03,11-04,出勤天数,学时\r\n"
                                "A001,张伟,一车间,出勤,出勤,迟到,3,9.5\r\n"
                                "A002,李娜,一车间,请假,出勤,出勤,2,4.5\r\n"
                                "B001,王芳,二车间,出勤,,,1,5\r\n");
    CHECK(readFile(base.dir / "一期一档-课程安排.csv") ==
          kBom +
              "课程,课次,名称,日期,学时\r\n"
              "tqm-basics,,全面质量管理基础,2026-11-02,4\r\n"
              "spc,control-charts,,2026-11-04,2.5\r\n"
              "qc-tools,,,全程,3\r\n");
    CHECK(readFile(base.dir / "一期一档-考试1.csv") == kBom +
                                                           "工号,姓名,得分,满分,结果\r\n"
                                                           "A001,张伟,12,14,合格\r\n"
                                                           "A002,李娜,0,14,不合格\r\n");
    SQLite::Database db(base.db);
    CHECK(db.execAndGet("SELECT detail FROM audit_log").getString() ==
          "by 张三: class 2026-Q4-01 as csv: 一期一档.csv, 一期一档-课程安排.csv, "
          "一期一档-考试1.csv");
}

TEST_CASE("the person, hours and summary reports as CSV name each further table's file") {
    const TrainingBase base;
    SECTION("一人一档: classes first, then courses, results and certificates") {
        base.exportReport(kPersonReport, "a001", "csv");
        CHECK(readFile(base.dir / "a001.csv") ==
              kBom +
                  "期次,名称,开始,结束,出勤天数,学时\r\n"
                  "2026-Q4-01,班组长质量管理培训班,2026-11-02,2026-11-04,3/3,9.5\r\n");
        CHECK(linesOf(readFile(base.dir / "a001-课程学时.csv")) ==
              Lines{kBom + "课程,学时,完成日期,来源\r", "qc-tools,3,2026-11-04,培训班\r",
                    "spc,2.5,2026-11-04,培训班\r", "全面质量管理基础,4,2026-11-02,培训班\r"});
        CHECK(linesOf(readFile(base.dir / "a001-考试竞赛.csv")) ==
              Lines{kBom + "类别,名称,日期,次数,得分,满分,结果\r",
                    "考试,质量知识考试," + tqm::clitest::todayText() + ",1,12,14,合格\r"});
        CHECK(readFile(base.dir / "a001-证书.csv") ==
              kBom + "证书编号,证书类型,发证日期,有效期至,状态\r\n");
    }
    SECTION("学时台账: per month, per course and per unit") {
        base.exportReport(kHoursReport, "hours", "csv");
        CHECK(linesOf(readFile(base.dir / "hours.csv"))[1] == "A001,张伟,一车间,0,9.5,9.5\r");
        CHECK(linesOf(readFile(base.dir / "hours-按课程.csv")) ==
              Lines{kBom + "工号,姓名,课程,学时\r", "A001,张伟,qc-tools,3\r", "A001,张伟,spc,2.5\r",
                    "A001,张伟,全面质量管理基础,4\r", "A002,李娜,qc-tools,2\r",
                    "A002,李娜,spc,2.5\r", "B001,王芳,qc-tools,1\r",
                    "B001,王芳,全面质量管理基础,4\r"});
        CHECK(readFile(base.dir / "hours-单位合计.csv") ==
              kBom + "单位,人数,学时\r\n一车间,2,14\r\n二车间,1,5\r\n");
    }
    SECTION("summary: per unit, then per department") {
        base.exportReport(kSummaryReport, "summary", "csv");
        CHECK(linesOf(readFile(base.dir / "summary.csv")) ==
              Lines{kBom + "单位,人数,参与人数,参与率,平均得分率,合格人数,合格率,证书待办,"
                           "证书过期,缺证\r",
                    "一车间,2,2,100%,42.9%,1,50%,0,0,0\r", "二车间,1,0,0%,0%,0,0%,0,0,0\r"});
        CHECK(linesOf(readFile(base.dir / "summary-按部门.csv"))[2] ==
              "一车间 / 装配班,1,1,100%,85.7%,1,100%,0,0,0\r");
    }
}
