#include "results/result_export.h"

#include "report/csv_export.h"
#include "report/xlsx_export.h"
#include "session/exam_results.h"
#include "store/attempt_repository.h"

namespace tqm::results {

ExportRows exportRows(store::Database& database, std::span<const ResultRow> rows,
                      std::span<const std::size_t> shown, ExportFormat format) {
    session::ExamResults results(database);
    store::AttemptRepository attempts(database);
    ExportRows out;
    for (std::size_t index : shown) {
        const ResultRow& row = rows[index];
        report::PersonResultRow person;
        person.employeeNo = row.employeeNo;
        person.name = row.name;
        person.unit = row.unit;
        person.score = row.earned;
        person.max = row.max;
        person.verdict = row.verdict;
        person.timeUsed = std::chrono::milliseconds(row.timeUsedMs.value_or(0));
        if (row.submittedAt) person.submittedAt = fromUnixMillis(*row.submittedAt);
        out.people.push_back(std::move(person));

        if (format != ExportFormat::Xlsx || row.state == ResultState::InProgress) continue;
        const std::vector<exam::PaperQuestion> paper = attempts.paper(row.attemptId);
        for (const session::AnswerResultRow& answer : results.answerRows(row.attemptId)) {
            report::AnswerResultRow written;
            written.employeeNo = row.employeeNo;
            written.name = row.name;
            written.seq = answer.seq;
            written.questionId = answer.questionId;
            written.type = paper.at(answer.seq - 1).type;
            written.answerText = answer.answer;
            written.earned = answer.earned;
            written.max = answer.max;
            written.status = answer.status;
            out.answers.push_back(std::move(written));
        }
    }
    return out;
}

std::optional<report::ExportError> writeExport(const std::filesystem::path& file,
                                               ExportFormat format, const ExportRows& rows,
                                               const report::ExportOptions& options) {
    if (format == ExportFormat::Xlsx)
        return report::writeResultsXlsx(file, rows.people, rows.answers, options);
    return report::writeCsvFile(file, report::personResultsCsv(rows.people, options));
}

}  // namespace tqm::results
