#include "reports/report_documents.h"

#include "base/hundredths.h"
#include "report/certificate_register.h"

namespace tqm::reports {

namespace {

std::string joined(const std::vector<std::string>& parts) {
    std::string text;
    for (const std::string& part : parts) text += (text.empty() ? "" : "、") + part;
    return text;
}

std::string bandsText(const ExamStatistics& stats) {
    std::string text;
    for (const ScoreBand& band : stats.bands)
        text += (text.empty() ? "" : "，") + std::to_string(band.fromPercent) + "–" +
                std::to_string(band.toPercent) + "%：" + std::to_string(band.count) + " 人";
    return text;
}

ReportTable attendanceTable(const ClassFile& file) {
    ReportTable table{"签到表", {"工号", "姓名", "单位"}, {1.2, 1.2, 1.6}, {}};
    for (const Date day : file.days) {
        const std::string text = formatDate(day);
        table.headings.push_back(text.substr(5));  // "11-02": the year is in the header
        table.widths.push_back(0.9);
    }
    table.headings.insert(table.headings.end(), {"出勤天数", "学时"});
    table.widths.insert(table.widths.end(), {1.0, 0.9});
    for (const TraineeRow& trainee : file.trainees) {
        std::vector<Cell> row{Cell::of(trainee.employeeNo), Cell::of(trainee.name),
                              Cell::of(trainee.unit)};
        for (const auto& mark : trainee.days) row.push_back(Cell::of(attendanceMarkText(mark)));
        row.push_back(Cell::count(trainee.attendedDays));
        row.push_back(Cell::hundredths(trainee.hoursHundredths));
        table.rows.push_back(std::move(row));
    }
    return table;
}

ReportTable planTable(const ClassFile& file) {
    ReportTable table{
        "课程安排", {"课程", "课次", "名称", "日期", "学时"}, {1.5, 1.5, 2.5, 1.2, 0.8}, {}};
    for (const training::PlanItem& item : file.trainingClass.plan)
        table.rows.push_back({Cell::of(item.courseId), Cell::of(item.lessonId),
                              Cell::of(item.title),
                              item.day ? Cell::day(*item.day) : Cell::of("全程"),
                              Cell::hundredths(item.hoursHundredths)});
    return table;
}

ReportTable examTable(const ClassExam& exam, std::size_t number) {
    ReportTable table{"考试" + std::to_string(number),
                      {"工号", "姓名", "得分", "满分", "结果"},
                      {1.2, 1.2, 1, 1, 1},
                      {}};
    for (const ExamScore& score : exam.scores)
        table.rows.push_back({Cell::of(score.employeeNo), Cell::of(score.name),
                              Cell::hundredths(score.earned), Cell::hundredths(score.maxPoints),
                              Cell::of(score.passed ? "合格" : "不合格")});
    return table;
}

}  // namespace

ReportDocument classFileDocument(const ClassFile& file, const std::string& organization,
                                 Date reportDate) {
    const training::TrainingClass& c = file.trainingClass;
    ReportDocument document{"一期一档：" + c.name, reportHeader(organization, reportDate), {}};
    document.headerLines.push_back("期次：" + c.code + "　日期：" + formatDate(c.startDate) +
                                   " 至 " + formatDate(c.endDate) +
                                   (c.place.empty() ? "" : "　地点：" + c.place));
    document.headerLines.push_back(
        (c.teachers.empty() ? "" : "教师：" + joined(c.teachers) + "　") + "计划学时：" +
        formatHundredths(training::planHours(c)) + "　学员：" +
        std::to_string(file.trainees.size()) + " 人　出勤率：" +
        formatPermille(file.attendancePermille));
    for (const ClassExam& exam : file.exams) {
        const ExamStatistics& s = exam.statistics;
        document.headerLines.push_back(
            "考试：" + exam.title + "　参考 " + std::to_string(s.entrants) + " 人　平均分 " +
            formatHundredths(s.meanHundredths) + "　合格率 " + formatPermille(s.passRatePermille));
        document.headerLines.push_back("分数分布：" + bandsText(s));
    }
    if (!c.summary.empty()) document.headerLines.push_back("结业小结：" + c.summary);
    document.tables.push_back(attendanceTable(file));
    document.tables.push_back(planTable(file));
    for (std::size_t i = 0; i < file.exams.size(); ++i)
        document.tables.push_back(examTable(file.exams[i], i + 1));
    return document;
}

ReportDocument ledgerDocument(const HoursLedger& ledger, const std::string& organization,
                              Date reportDate) {
    ReportDocument document{"学时台账", reportHeader(organization, reportDate), {}};
    document.headerLines.push_back(
        "统计期间：" + formatDate(ledger.from) + " 至 " + formatDate(ledger.to) + "　人数：" +
        std::to_string(ledger.rows.size()) + "　总学时：" + formatHundredths(ledger.total));
    ReportTable people{"学时台账", {"工号", "姓名", "单位"}, {1.2, 1.2, 1.6}, {}};
    for (const std::string& period : ledger.periods) {
        people.headings.push_back(period);
        people.widths.push_back(1);
    }
    people.headings.push_back("合计");
    people.widths.push_back(1);
    ReportTable courses{"按课程", {"工号", "姓名", "课程", "学时"}, {1.2, 1.2, 2, 1}, {}};
    for (const LedgerRow& row : ledger.rows) {
        std::vector<Cell> cells{Cell::of(row.employeeNo), Cell::of(row.name), Cell::of(row.unit)};
        for (const std::string& period : ledger.periods) {
            const auto found = row.byPeriod.find(period);
            cells.push_back(Cell::hundredths(found == row.byPeriod.end() ? 0 : found->second));
        }
        cells.push_back(Cell::hundredths(row.total));
        people.rows.push_back(std::move(cells));
        for (const auto& [course, hours] : row.byCourse)
            courses.rows.push_back({Cell::of(row.employeeNo), Cell::of(row.name),
                                    Cell::of(courseName(ledger.courseTitles, course)),
                                    Cell::hundredths(hours)});
    }
    ReportTable units{"单位合计", {"单位", "人数", "学时"}, {2, 1, 1}, {}};
    for (const UnitTotal& unit : ledger.units)
        units.rows.push_back(
            {Cell::of(unit.unit), Cell::count(unit.people), Cell::hundredths(unit.total)});
    document.tables = {std::move(people), std::move(courses), std::move(units)};
    return document;
}

ReportDocument personFileDocument(const PersonFile& file, const std::string& organization,
                                  Date reportDate) {
    const store::Person& p = file.person;
    ReportDocument document{"一人一档：" + p.name, reportHeader(organization, reportDate), {}};
    const std::string& idNumber = file.fullIdNumber ? *file.fullIdNumber : file.maskedIdNumber;
    document.headerLines.push_back("工号：" + p.employeeNo + "　姓名：" + p.name + "　身份证号：" +
                                   (idNumber.empty() ? std::string("未登记") : idNumber));
    document.headerLines.push_back("单位：" + p.unit + "　部门：" + p.department + "　岗位：" +
                                   (p.positions.empty() ? std::string("无") : joined(p.positions)));
    document.headerLines.push_back("累计学时：" + formatHundredths(file.totalHours) +
                                   "　证书状态截至：" + formatDate(file.asOf));

    ReportTable results{"考试竞赛",
                        {"类别", "名称", "日期", "次数", "得分", "满分", "结果"},
                        {0.8, 3, 1.3, 0.7, 0.9, 0.9, 0.9},
                        {}};
    for (const ResultLine& r : file.results)
        results.rows.push_back({Cell::of(r.competition ? "竞赛" : "考试"), Cell::of(r.title),
                                Cell::day(r.day), Cell::count(r.attemptNo),
                                Cell::hundredths(r.earned), Cell::hundredths(r.maxPoints),
                                Cell::of(r.passed ? "合格" : "不合格")});
    ReportTable courses{"课程学时", {"课程", "学时", "完成日期", "来源"}, {3, 1, 1.5, 1.2}, {}};
    for (const CourseLine& c : file.courses)
        courses.rows.push_back(
            {Cell::of(c.title.empty() ? c.courseId : c.title), Cell::hundredths(c.hoursHundredths),
             c.completedOn ? Cell::day(*c.completedOn) : Cell::of(""),
             Cell::of(c.source == training::HoursSource::Class ? "培训班" : "自学")});
    ReportTable classes{"培训班",
                        {"期次", "名称", "开始", "结束", "出勤天数", "学时"},
                        {1.3, 3, 1.2, 1.2, 1, 0.8},
                        {}};
    for (const ClassLine& c : file.classes)
        classes.rows.push_back(
            {Cell::of(c.code), Cell::of(c.name), Cell::day(c.startDate), Cell::day(c.endDate),
             Cell::of(std::to_string(c.attendedDays) + "/" + std::to_string(c.classDays)),
             Cell::hundredths(c.hoursHundredths)});
    ReportTable certificates{"证书",
                             {"证书编号", "证书类型", "发证日期", "有效期至", "状态"},
                             {1.8, 2.6, 1.2, 1.2, 1},
                             {}};
    for (const CertificateLine& c : file.certificates)
        certificates.rows.push_back({Cell::of(c.number), Cell::of(c.typeName),
                                     Cell::day(c.issuedOn),
                                     c.validUntil ? Cell::day(*c.validUntil) : Cell::of("长期"),
                                     Cell::of(std::string(report::certificateStatusLabel(
                                         c.status, report::RegisterLanguage::Chinese)))});
    document.tables = {std::move(classes), std::move(courses), std::move(results),
                       std::move(certificates)};
    return document;
}

namespace {

Cell percentCell(int permilleValue) {
    return {CellKind::Number, formatPermille(permilleValue), permilleValue / 10.0, {}};
}

Cell scoreCell(std::int64_t basisPoints) {
    return {CellKind::Number,
            formatBasisPoints(basisPoints),
            static_cast<double>((basisPoints + 5) / 10) / 10.0,
            {}};
}

ReportTable figuresTable(std::string name, std::string firstHeading,
                         const std::vector<GroupFigures>& groups) {
    ReportTable table{std::move(name),
                      {std::move(firstHeading), "人数", "参与人数", "参与率", "平均得分率",
                       "合格人数", "合格率", "证书待办", "证书过期", "缺证"},
                      {2.0, 0.7, 1.1, 1.0, 1.3, 1.1, 1.0, 1.1, 1.1, 0.8},
                      {}};
    for (const GroupFigures& g : groups)
        table.rows.push_back(
            {Cell::of(g.name), Cell::count(g.people), Cell::count(g.participants),
             percentCell(g.participationPermille), scoreCell(g.meanScoreBasisPoints),
             Cell::count(g.passed), percentCell(g.passRatePermille), Cell::count(g.certificatesDue),
             Cell::count(g.certificatesExpired), Cell::count(g.certificatesMissing)});
    return table;
}

}  // namespace

ReportDocument summaryDocument(const EnterpriseSummary& summary, const std::string& organization,
                               Date reportDate) {
    ReportDocument document{"企业培训考核汇总", reportHeader(organization, reportDate), {}};
    const GroupFigures& t = summary.total;
    document.headerLines.push_back("范围：" + summary.scope + "　证书状态截至：" +
                                   formatDate(summary.asOf));
    document.headerLines.push_back("全员 " + std::to_string(t.people) + " 人，参与 " +
                                   std::to_string(t.participants) + " 人，参与率 " +
                                   formatPermille(t.participationPermille) + "，平均得分率 " +
                                   formatBasisPoints(t.meanScoreBasisPoints) + "，合格率 " +
                                   formatPermille(t.passRatePermille));
    document.headerLines.push_back("证书：待复审或续证 " + std::to_string(t.certificatesDue) +
                                   "，已过期 " + std::to_string(t.certificatesExpired) + "，缺证 " +
                                   std::to_string(t.certificatesMissing));
    document.tables.push_back(figuresTable("按单位", "单位", summary.units));
    ReportChart chart{"各单位参与率、平均得分率与合格率",
                      {},
                      {{"参与率", {}}, {"平均得分率", {}}, {"合格率", {}}}};
    for (const GroupFigures& unit : summary.units) {
        chart.labels.push_back(unit.name);
        chart.series[0].second.push_back(unit.participationPermille / 10.0);
        chart.series[1].second.push_back(static_cast<double>(unit.meanScoreBasisPoints) / 100.0);
        chart.series[2].second.push_back(unit.passRatePermille / 10.0);
    }
    document.charts.push_back(std::move(chart));
    document.tables.push_back(figuresTable("按部门", "单位 / 部门", summary.departments));
    return document;
}

}  // namespace tqm::reports
