#include "results/result_table.h"

#include <algorithm>

#include "session/exam_results.h"
#include "store/exam_result_queries.h"

namespace tqm::results {

namespace {

std::string joined(const std::vector<std::string>& parts) {
    std::string text;
    for (const std::string& part : parts) text += (text.empty() ? "" : "、") + part;
    return text;
}

}  // namespace

std::vector<ResultRow> loadResultRows(store::Database& database, std::int64_t examId) {
    store::ExamRepository exams(database);
    store::ExamResultQueries queries(database);
    const auto positions = queries.positionsOfEntrants(examId);
    auto positionsOf = [&](std::int64_t personId) {
        const auto found = positions.find(personId);
        return found == positions.end() ? std::string() : joined(found->second);
    };

    std::vector<ResultRow> rows;
    for (const session::PersonExamResult& result : session::ExamResults(database).results(examId)) {
        ResultRow row;
        row.personId = result.personId;
        row.attemptId = result.attemptId;
        row.employeeNo = result.person.employeeNo;
        row.name = result.person.name;
        row.unit = result.person.unit;
        row.positions = positionsOf(result.personId);
        row.attemptNo = result.attemptNo;
        row.state = result.verdict == exam::Verdict::Pending ? ResultState::AwaitingMarking
                                                             : ResultState::Submitted;
        row.earned = result.earned;
        row.max = result.max;
        row.verdict = result.verdict;
        row.timeUsedMs = result.timeUsedMs;
        row.submittedAt = result.submittedAt;
        row.categories = result.categories;
        rows.push_back(std::move(row));
    }

    // People who have submitted nothing yet are shown with their open attempt.
    std::vector<std::int64_t> withResult;
    for (const ResultRow& row : rows) withResult.push_back(row.personId);
    std::sort(withResult.begin(), withResult.end());
    for (const store::OpenAttemptRow& open : queries.openAttempts(examId)) {
        if (std::binary_search(withResult.begin(), withResult.end(), open.personId)) continue;
        const store::PersonSummary person =
            exams.person(open.personId).value_or(store::PersonSummary{});
        ResultRow row;
        row.personId = open.personId;
        row.attemptId = open.attemptId;
        row.employeeNo = person.employeeNo;
        row.name = person.name;
        row.unit = person.unit;
        row.positions = positionsOf(open.personId);
        row.attemptNo = open.attemptNo;
        rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end(),
              [](const ResultRow& a, const ResultRow& b) { return a.employeeNo < b.employeeNo; });
    return rows;
}

std::vector<ExamChoice> listExamChoices(store::Database& database) {
    const auto counts = store::ExamResultQueries(database).attemptCounts();
    std::vector<ExamChoice> choices;
    for (store::ExamRecord& exam : store::ExamRepository(database).listExams()) {
        ExamChoice choice;
        if (const auto found = counts.find(exam.id); found != counts.end()) {
            choice.people = found->second.people;
            choice.submitted = found->second.submitted;
            choice.inProgress = found->second.open;
        }
        choice.exam = std::move(exam);
        choices.push_back(std::move(choice));
    }
    std::reverse(choices.begin(), choices.end());
    return choices;
}

}  // namespace tqm::results
