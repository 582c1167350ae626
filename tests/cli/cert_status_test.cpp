// tqm cert status, due, coverage and matrix on the demo plant (content/demo-*.csv), whose
// people all took up their positions on 2026-01-05.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "demo_plant.h"
#include "tqm_runner.h"

using tqm::clitest::DemoPlant;
using tqm::clitest::linesOf;
using tqm::clitest::readFile;
using Lines = std::vector<std::string>;

TEST_CASE(
    "cert status prints every person and requirement with its status, aligned for Chinese "
    "names") {
    const DemoPlant plant;
    const auto run = plant.tqm({"cert", "status", "--as-of", "2026-03-01"});
    CHECK(linesOf(run.out) == Lines{
                                  "工号   姓名    岗位        证书类型  要求  状态              "
                                  "证书编号            有效期至    下次复审",
                                  "D0001  赵明远  QC小组组长  CAQ-QCC   建议  valid             "
                                  "CAQ-QCC-2023-03318  2026-09-21  -",
                                  "D0001  赵明远  班组长      INT-QI    建议  missing           -  "
                                  "                 -           -",
                                  "D0004  李建国  班组长      INT-QI    建议  expired           "
                                  "ZJ-QI-2022-0031     2023-05-03  2023-04-18",
                                  "D0005  周海燕  质量检验员  INT-QI    必需  expired           "
                                  "ZJ-QI-2024-0003     2025-03-30  2025-03-15",
                                  "D0006  吴志强  班组长      INT-QI    建议  missing           -  "
                                  "                 -           -",
                                  "D0008  王雪梅  QC小组组长  CAQ-QCC   建议  valid             "
                                  "CAQ-QCC-2024-02105  2027-10-14  -",
                                  "D0009  冯德胜  质量检验员  INT-QI    必需  expired           "
                                  "ZJ-QI-2024-0004     2025-03-30  2025-03-15",
                                  "D0012  卫国栋  班组长      INT-QI    建议  valid             "
                                  "ZJ-QI-2025-0014     2027-06-30  2026-07-01",
                                  "D0014  沈立新  质量检验员  INT-QI    必需  expired           "
                                  "ZJ-QI-2024-0011     2025-07-05  2025-06-20",
                                  "D0015  韩佳琪  SPC工程师   INT-SPC   必需  valid             "
                                  "ZJ-SPC-2024-0002    -           -",
                                  "D0016  杨振华  SPC工程师   INT-SPC   必需  valid             "
                                  "ZJ-SPC-2023-0004    -           -",
                                  "D0018  秦浩然  质量检验员  INT-QI    必需  expired           "
                                  "ZJ-QI-2025-0002     2026-01-25  2026-01-10",
                                  "D0019  尤美玲  质量检验员  INT-QI    必需  expired           "
                                  "ZJ-QI-2023-0017     2024-11-17  2024-11-02",
                                  "D0020  许志刚  质量经理    CAQ-QM    必需  renewal-open      "
                                  "CAQ-QM-2023-01857   2026-04-27  -",
                                  "D0020  许志刚  质量经理    INT-IA    建议  not-yet-required  "
                                  "ZJ-IA-2022-0006     2025-08-14  -",
                                  "D0022  吕国平  设备维护员  INT-MET   建议  not-yet-required  "
                                  "ZJ-MET-2023-0008    2024-10-24  2024-10-09",
                                  "D0023  施晓东  设备维护员  INT-MET   建议  not-yet-required  -  "
                                  "                 -           -",
                                  "D0024  张慧敏  班组长      INT-QI    建议  missing           -  "
                                  "                 -           -",
                                  "D0024  张慧敏  设备维护员  INT-MET   建议  valid             "
                                  "ZJ-MET-2025-0005    2027-04-13  2026-04-14",
                                  "D0028  华丽娟  班组长      INT-QI    建议  missing           -  "
                                  "                 -           -",
                                  "D0029  金思彤  质量检验员  INT-QI    必需  valid             "
                                  "ZJ-QI-2025-0009     2027-05-07  2026-05-08",
                                  "D0030  魏长青  QC小组组长  CAQ-QCC   建议  not-yet-required  "
                                  "CAQ-QCC-2022-04470  2025-11-29  -",
                                  "D0032  姜晓雯  SPC工程师   INT-SPC   必需  valid             "
                                  "ZJ-SPC-2025-0001    -           -",
                                  "D0033  戚振宇  质量检验员  INT-QI    必需  expired           "
                                  "ZJ-QI-2024-0020     2025-09-16  2025-09-01",
                                  "D0035  邹建明  设备维护员  INT-MET   建议  not-yet-required  -  "
                                  "                 -           -",
                              });
    CHECK(run.err ==
          "25 requirement rows as of 2026-03-01: 8 valid, 1 renewal-open, 5 not-yet-required, 7 "
          "expired, 4 missing\n");
    CHECK(run.exitCode == 0);
}

TEST_CASE("cert status --json lists per person and requirement the status word and dates") {
    const DemoPlant plant;
    const auto run = plant.tqm({"cert", "status", "--as-of", "2026-03-01", "--json"});
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.empty());
    const auto json = nlohmann::json::parse(run.out);
    CHECK(json["as_of"] == "2026-03-01");
    REQUIRE(json["people"].size() == 22);
    const auto& xu = json["people"][12];
    CHECK(xu == nlohmann::json::parse(R"({
      "employee_no": "D0020", "name": "许志刚", "unit": "质量部",
      "requirements": [
        {"position": "质量经理", "key_position": true, "certificate_type": "CAQ-QM",
         "type_name": "注册质量经理", "level": "mandatory", "status": "renewal-open",
         "certificate": "CAQ-QM-2023-01857", "valid_from": "2023-04-28",
         "valid_until": "2026-04-27", "next_review": null, "grace_ends": "2026-05-27",
         "revoked_on": null, "assigned_from": "2026-01-05", "required_from": "2026-07-04"},
        {"position": "质量经理", "key_position": true, "certificate_type": "INT-IA",
         "type_name": "质量管理体系内审员证书", "level": "recommended",
         "status": "not-yet-required", "certificate": "ZJ-IA-2022-0006",
         "valid_from": "2022-08-15", "valid_until": "2025-08-14", "next_review": null,
         "grace_ends": "2025-09-13", "revoked_on": null, "assigned_from": "2026-01-05",
         "required_from": "2026-04-05"}]})"));
}

TEST_CASE("cert status refuses a date it cannot read") {
    const DemoPlant plant;
    const auto run = plant.tqm({"cert", "status", "--as-of", "2026-13-01"});
    CHECK(run.out.empty());
    CHECK(run.err ==
          "tqm: bad-date: --as-of \"2026-13-01\" is not a date; write it as "
          "YYYY-MM-DD, e.g. 2026-03-01\n");
    CHECK(run.exitCode == 2);
}

TEST_CASE("cert due lists expiries and reviews within the days asked, soonest first") {
    const DemoPlant plant;
    const auto run = plant.tqm({"cert", "due", "--days", "60", "--as-of", "2026-03-01"});
    CHECK(linesOf(run.out) ==
          Lines{"到期日      剩余天数  事项    工号   姓名    证书类型  证书编号           状态",
                "2026-03-02  1         expiry  D0014  沈立新  INT-WI    ZJ-WI-2025-0001    "
                "renewal-open",
                "2026-04-14  44        review  D0024  张慧敏  INT-MET   ZJ-MET-2025-0005   valid",
                "2026-04-27  57        expiry  D0020  许志刚  CAQ-QM    CAQ-QM-2023-01857  "
                "renewal-open"});
    CHECK(run.err == "3 items due from 2026-03-01 through 2026-04-30\n");
    CHECK(run.exitCode == 0);

    const auto json = nlohmann::json::parse(
        plant.tqm({"cert", "due", "--days", "30", "--as-of", "2026-03-01", "--json"}).out);
    CHECK(json == nlohmann::json::parse(R"({"as_of": "2026-03-01", "days": 30, "due": [
      {"due_on": "2026-03-02", "days_left": 1, "kind": "expiry", "employee_no": "D0014",
       "name": "沈立新", "unit": "焊接车间", "certificate_type": "INT-WI",
       "type_name": "焊接质检员上岗证", "certificate": "ZJ-WI-2025-0001",
       "status": "renewal-open"}]})"));
}

TEST_CASE("cert coverage names key positions with one qualified person or none") {
    const DemoPlant plant;
    const auto run = plant.tqm({"cert", "coverage", "--as-of", "2026-03-01"});
    CHECK(linesOf(run.out) == Lines{"岗位        问题                     在岗人数  持证人",
                                    "内审员      not-covered              0         -",
                                    "焊接质检员  not-covered              0         -",
                                    "计量管理员  not-covered              0         -",
                                    "质量检验员  single-point-of-failure  7         D0029 金思彤",
                                    "质量经理    single-point-of-failure  1         D0020 许志刚"});
    CHECK(run.err == "5 key positions with one qualified person or none as of 2026-03-01\n");
    CHECK(run.exitCode == 0);
}

TEST_CASE("cert matrix writes positions × types as a CSV of status labels") {
    const DemoPlant plant;
    const auto file = plant.dir / "矩阵.csv";
    const auto run = plant.tqm({"cert", "matrix", "--format", "csv", "-o", file.string(), "--by",
                                "positions", "--as-of", "2026-03-01"});
    CHECK(run.err == file.string() + ": 10 positions × 9 certificate types as of 2026-03-01\n");
    CHECK(run.exitCode == 0);
    std::string csv = readFile(file);
    REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    CHECK(csv.find("\r\n") != std::string::npos);  // CRLF, as spreadsheets write CSV
    std::erase(csv, '\r');
    CHECK(linesOf(csv.substr(3)) ==
          Lines{"岗位,关键岗位,CAQ-QCC QC小组活动推进者,CAQ-QM 注册质量经理,CAQ-SSBB "
                "六西格玛黑带注册证书,GOV-WELD 特种作业操作证（焊接与热切割作业）,INT-IA "
                "质量管理体系内审员证书,INT-MET 计量管理员上岗证,INT-QI 质量检验员上岗证,INT-SPC "
                "SPC应用上岗证,INT-WI 焊接质检员上岗证",
                "QC小组组长,否,未到期限,,,,,,,,", "SPC工程师,是,,,,,,,,有效,",
                "六西格玛黑带,否,,,缺证,,,,,,", "内审员,是,,,,,缺证,,,,",
                "焊接质检员,是,,,,缺证,,,缺证,,缺证", "班组长,否,,,,,,,缺证,,",
                "计量管理员,是,,,,,,缺证,,,", "设备维护员,否,,,,,,未到期限,,,",
                "质量检验员,是,,,,,,,已过期,,", "质量经理,是,,可续证,,,未到期限,,,,"});
}

TEST_CASE("cert matrix writes a workbook of people × types") {
    const DemoPlant plant;
    const auto file = plant.dir / "matrix.xlsx";
    const auto run = plant.tqm(
        {"cert", "matrix", "--format", "xlsx", "-o", file.string(), "--as-of", "2026-03-01"});
    CHECK(run.err == file.string() + ": 22 people × 9 certificate types as of 2026-03-01\n");
    CHECK(run.exitCode == 0);
    CHECK(readFile(file).rfind("PK", 0) == 0);
}
