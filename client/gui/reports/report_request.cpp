#include "reports/report_request.h"

#include <variant>
#include <vector>

#include "reports/class_file.h"
#include "reports/enterprise_summary.h"
#include "reports/person_file.h"
#include "reports/report_documents.h"
#include "store/people_repository.h"
#include "store/training_class_repository.h"

namespace tqm::gui {

namespace {

AssembledReport refused(ReportProblem problem) {
    AssembledReport result;
    result.problem = problem;
    return result;
}

// The 工号 of the person meant: the 工号 typed, else the one person with the name typed.
std::variant<std::string, ReportProblem> employeeNoOf(store::Database& database,
                                                      const std::string& typed) {
    if (typed.empty()) return ReportProblem::NoPersonGiven;
    store::PeopleRepository people(database);
    if (people.findByEmployeeNo(typed)) return typed;
    std::vector<std::string> named;
    for (const store::Person& person : people.list())
        if (person.name == typed) named.push_back(person.employeeNo);
    if (named.empty()) return ReportProblem::PersonNotFound;
    if (named.size() > 1) return ReportProblem::PersonAmbiguous;
    return named.front();
}

AssembledReport personReport(store::Database& database, const ReportRequest& request) {
    const auto employeeNo = employeeNoOf(database, request.person);
    if (const auto* problem = std::get_if<ReportProblem>(&employeeNo)) return refused(*problem);
    const std::string& number = std::get<std::string>(employeeNo);
    auto file = reports::loadPersonFile(database, number, request.reportDate);
    if (!file) return refused(ReportProblem::PersonNotFound);
    if (request.fullIdUnlock) {
        if (auto refusal = reports::revealIdNumber(database, *request.fullIdUnlock, *file)) {
            AssembledReport result;
            result.idRefusal = std::move(refusal);
            return result;
        }
    }
    return {reports::personFileDocument(*file, request.organization, request.reportDate),
            ReportProblem::None, "person " + number,
            "一人一档-" + number + "-" + formatDate(request.reportDate), std::nullopt};
}

AssembledReport classReport(store::Database& database, const ReportRequest& request) {
    const auto found = store::TrainingClassRepository(database).find(request.classId);
    const auto file = found ? reports::loadClassFile(database, found->id) : std::nullopt;
    if (!file) return refused(ReportProblem::NoClass);
    return {reports::classFileDocument(*file, request.organization, request.reportDate),
            ReportProblem::None, "class " + found->code,
            "一期一档-" + found->code + "-" + formatDate(request.reportDate), std::nullopt};
}

std::string range(const ReportRequest& request) {
    return formatDate(request.from) + ".." + formatDate(request.to);
}

AssembledReport hoursReport(store::Database& database, const ReportRequest& request) {
    if (request.to < request.from) return refused(ReportProblem::RangeReversed);
    const auto ledger = reports::loadLedger(database, request.from, request.to, request.period);
    if (ledger.rows.empty()) return refused(ReportProblem::NoHours);
    return {reports::ledgerDocument(ledger, request.organization, request.reportDate),
            ReportProblem::None, "hours " + range(request),
            "学时台账-" + formatDate(request.from) + "至" + formatDate(request.to), std::nullopt};
}

AssembledReport summaryReport(store::Database& database, const ReportRequest& request) {
    if (!request.competitionId.empty()) {
        const auto summary =
            reports::loadCompetitionSummary(database, request.competitionId, request.reportDate);
        if (!summary) return refused(ReportProblem::NoCompetition);
        return {reports::summaryDocument(*summary, request.organization, request.reportDate),
                ReportProblem::None, "summary of competition " + request.competitionId,
                "企业汇总-" + summary->scope + "-" + formatDate(request.reportDate), std::nullopt};
    }
    if (request.to < request.from) return refused(ReportProblem::RangeReversed);
    const auto summary =
        reports::loadPeriodSummary(database, request.from, request.to, request.reportDate);
    return {reports::summaryDocument(summary, request.organization, request.reportDate),
            ReportProblem::None, "summary " + range(request),
            "企业汇总-" + formatDate(request.from) + "至" + formatDate(request.to), std::nullopt};
}

}  // namespace

AssembledReport assembleReport(store::Database& database, const ReportRequest& request) {
    switch (request.kind) {
        case ReportKind::Person:
            return personReport(database, request);
        case ReportKind::Class:
            return classReport(database, request);
        case ReportKind::Hours:
            return hoursReport(database, request);
        case ReportKind::Summary:
            return summaryReport(database, request);
    }
    return refused(ReportProblem::NoClass);
}

}  // namespace tqm::gui
