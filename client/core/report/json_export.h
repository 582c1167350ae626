// Results as JSON for scripts and other systems: the same rows as the CSV and XLSX exports, with
// numbers as numbers and stable English keys and values.
//
// {
//   "utcOffset": "+08:00",
//   "people": [{"employeeNo": "E001", "name": "张三", "unit": "一车间", "score": 87.5,
//               "max": 100, "verdict": "pass", "timeUsedSeconds": 3725,
//               "submittedAt": "2026-11-24T09:30:05+08:00"}],
//   "answers": [{"employeeNo": "E001", "name": "张三", "seq": 1, "questionId": "q1",
//                "type": "single-choice", "answer": "B", "earned": 2, "max": 2,
//                "status": "correct"}]
// }
//
// verdict: pass | fail | pending; status: correct | partially-correct | wrong | unanswered |
// pending; type: the native bank format's type names; submittedAt is null while the attempt is
// open. Scores are exact to the hundredth: whole points are integers.
#pragma once

#include <span>
#include <string>

#include "report/result_rows.h"

namespace tqm::report {

// Indented by two spaces, UTF-8, ending with a new line.
std::string resultsJson(std::span<const PersonResultRow> people,
                        std::span<const AnswerResultRow> answers,
                        const ExportOptions& options = {});

}  // namespace tqm::report
