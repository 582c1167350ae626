#include "report/json_export.h"

#include <nlohmann/json.hpp>

#include "report/result_format.h"

namespace tqm::report {

namespace {

using nlohmann::ordered_json;

// Whole points stay integers ("max": 100); the rest are the nearest doubles to the hundredths,
// which print back as the same decimals (87.5, 0.66).
ordered_json pointsValue(exam::Centipoints points) {
    if (points % 100 == 0) return points / 100;
    return static_cast<double>(points) / 100.0;
}

}  // namespace

std::string resultsJson(std::span<const PersonResultRow> people,
                        std::span<const AnswerResultRow> answers, const ExportOptions& options) {
    ordered_json root;
    root["utcOffset"] = formatUtcOffset(options.utcOffset);
    ordered_json& peopleJson = root["people"] = ordered_json::array();
    for (const PersonResultRow& person : people) {
        ordered_json row;
        row["employeeNo"] = person.employeeNo;
        row["name"] = person.name;
        row["unit"] = person.unit;
        row["score"] = pointsValue(person.score);
        row["max"] = pointsValue(person.max);
        row["verdict"] = exam::verdictName(person.verdict);
        row["timeUsedSeconds"] = std::chrono::floor<std::chrono::seconds>(person.timeUsed).count();
        if (person.submittedAt)
            row["submittedAt"] = formatIsoLocal(*person.submittedAt, options.utcOffset);
        else
            row["submittedAt"] = nullptr;
        peopleJson.push_back(std::move(row));
    }
    ordered_json& answersJson = root["answers"] = ordered_json::array();
    for (const AnswerResultRow& answer : answers) {
        ordered_json row;
        row["employeeNo"] = answer.employeeNo;
        row["name"] = answer.name;
        row["seq"] = answer.seq;
        row["questionId"] = answer.questionId;
        row["type"] = bank::typeName(answer.type);
        row["answer"] = answer.answerText;
        row["earned"] = pointsValue(answer.earned);
        row["max"] = pointsValue(answer.max);
        row["status"] = exam::statusName(answer.status);
        answersJson.push_back(std::move(row));
    }
    // Invalid UTF-8 in a name must not lose the whole export: it is replaced, not thrown on.
    return root.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace tqm::report
