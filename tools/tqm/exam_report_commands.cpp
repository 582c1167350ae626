// tqm exam results and tqm exam analyze: what an exam produced, for spreadsheets, scripts and the
// people who write the questions.
#include <cstdio>
#include <iostream>

#include "base/clock.h"
#include "exam/item_analysis.h"
#include "exam_cli_support.h"
#include "exam_command_options.h"
#include "output.h"
#include "report/csv_export.h"
#include "report/json_export.h"
#include "report/xlsx_export.h"
#include "session/exam_results.h"

namespace tqm::cli {

namespace {

using Json = nlohmann::ordered_json;

struct ExportRows {
    std::vector<report::PersonResultRow> people;
    std::vector<report::AnswerResultRow> answers;
};

ExportRows collectRows(store::Database& db, std::int64_t examId) {
    session::ExamResults results(db);
    store::AttemptRepository attempts(db);
    ExportRows rows;
    for (const session::PersonExamResult& result : results.results(examId)) {
        report::PersonResultRow person;
        person.employeeNo = result.person.employeeNo;
        person.name = result.person.name;
        person.unit = result.person.unit;
        person.score = result.earned;
        person.max = result.max;
        person.verdict = result.verdict;
        person.timeUsed = std::chrono::milliseconds(result.timeUsedMs);
        person.submittedAt = fromUnixMillis(result.submittedAt);
        rows.people.push_back(std::move(person));

        const std::vector<exam::PaperQuestion> paper = attempts.paper(result.attemptId);
        for (const session::AnswerResultRow& answer : results.answerRows(result.attemptId)) {
            report::AnswerResultRow row;
            row.employeeNo = result.person.employeeNo;
            row.name = result.person.name;
            row.seq = answer.seq;
            row.questionId = answer.questionId;
            row.type = paper.at(answer.seq - 1).type;
            row.answerText = answer.answer;
            row.earned = answer.earned;
            row.max = answer.max;
            row.status = answer.status;
            rows.answers.push_back(std::move(row));
        }
    }
    return rows;
}

// Standard output, or the file through a temporary file and a rename.
int emit(const std::string& output, const std::string& bytes) {
    if (output.empty()) {
        std::fwrite(bytes.data(), 1, bytes.size(), stdout);
        std::fflush(stdout);
        return kExitOk;
    }
    if (std::string problem = makeParentFolder(output); !problem.empty()) {
        printSummary("tqm: " + problem);
        return kExitFailed;
    }
    if (const std::optional<report::ExportError> error = report::writeCsvFile(output, bytes)) {
        printSummary("tqm: " + error->message);
        return kExitFailed;
    }
    return kExitOk;
}

}  // namespace

int runExamResults(const ExamResultsOptions& options, const std::string& databasePath) {
    ExamCommand command(databasePath);
    if (!command.opened()) return kExitFailed;
    if (!command.exam(options.exam)) return kExitFailed;
    const ExportRows rows = collectRows(command.db(), options.exam);
    int code = kExitOk;
    if (options.format == "xlsx") {
        if (options.output.empty()) {
            printSummary("tqm: an XLSX export needs a file: add -o FILE.xlsx");
            return kExitUsage;
        }
        if (std::string problem = makeParentFolder(options.output); !problem.empty()) {
            printSummary("tqm: " + problem);
            return kExitFailed;
        }
        if (const std::optional<report::ExportError> error =
                report::writeResultsXlsx(options.output, rows.people, rows.answers)) {
            printSummary("tqm: " + error->message);
            return kExitFailed;
        }
    } else if (options.format == "json") {
        code = emit(options.output, report::resultsJson(rows.people, rows.answers));
    } else {
        code = emit(options.output, options.answers ? report::answerResultsCsv(rows.answers)
                                                    : report::personResultsCsv(rows.people));
    }
    if (code == kExitOk)
        printSummary("exam " + std::to_string(options.exam) + ": " +
                     countOf(rows.people.size(), "person", "people") + ", " +
                     countOf(rows.answers.size(), "answer", "answers") +
                     (options.output.empty() ? "" : " written to " + options.output));
    return code;
}

namespace {

std::string ratio(const std::optional<double>& value) {
    if (!value) return "-";
    char text[16];
    std::snprintf(text, sizeof text, "%.2f", *value);
    return text;
}

std::vector<std::string> flagNames(const exam::ItemFlags& flags) {
    std::vector<std::string> names;
    if (flags.tooHard) names.emplace_back("too-hard");
    if (flags.tooEasy) names.emplace_back("too-easy");
    if (flags.negativeDiscrimination) names.emplace_back("negative-discrimination");
    return names;
}

std::string optionCounts(const std::vector<std::size_t>& chosen) {
    std::string text;
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        if (!text.empty()) text += ' ';
        text += exam::optionLetter(i) + ":" + std::to_string(chosen[i]);
    }
    return text.empty() ? "-" : text;
}

}  // namespace

int runExamAnalyze(const ExamAnalyzeOptions& options, const std::string& databasePath) {
    ExamCommand command(databasePath);
    if (!command.opened()) return kExitFailed;
    if (!command.exam(options.exam)) return kExitFailed;
    Json items = Json::array();
    std::size_t flagged = 0;
    std::size_t people = 0;
    if (!options.json)
        std::cout << "question\tpeople\tfacility\tdiscrimination\tpoint-biserial\toptions\tflags\n";
    for (const session::ItemAnalysisGroup& group :
         session::ExamResults(command.db()).itemAnalysisInput(options.exam)) {
        people = std::max(people, group.people.size());
        const std::vector<exam::ItemStatistics> stats =
            exam::analyzeItems(group.optionCounts, group.people);
        for (std::size_t i = 0; i < stats.size(); ++i) {
            const exam::ItemStatistics& s = stats[i];
            const std::vector<std::string> flags = flagNames(s.flags);
            if (!flags.empty()) ++flagged;
            const std::string id = group.questions[i].bankId + "/" + group.questions[i].questionId;
            if (options.json) {
                items.push_back(
                    {{"question", id},
                     {"people", group.people.size()},
                     {"facility", s.facility},
                     {"discrimination", s.discrimination ? Json(*s.discrimination) : Json(nullptr)},
                     {"pointBiserial", s.pointBiserial ? Json(*s.pointBiserial) : Json(nullptr)},
                     {"optionChosen", s.optionChosen},
                     {"flags", flags}});
                continue;
            }
            std::string flagText;
            for (const std::string& flag : flags) flagText += (flagText.empty() ? "" : ",") + flag;
            std::cout << id << '\t' << group.people.size() << '\t' << ratio(s.facility) << '\t'
                      << ratio(s.discrimination) << '\t' << ratio(s.pointBiserial) << '\t'
                      << optionCounts(s.optionChosen) << '\t' << (flagText.empty() ? "-" : flagText)
                      << '\n';
        }
    }
    if (options.json) printJson(Json{{"exam", options.exam}, {"items", std::move(items)}});
    std::cout.flush();
    printSummary("exam " + std::to_string(options.exam) + ": " +
                 countOf(flagged, "question looks", "questions look") + " wrong");
    return kExitOk;
}

}  // namespace tqm::cli
