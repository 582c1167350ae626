// The rows every export test writes: quotes, commas, a line break and a formula-looking text in
// the names, scores with and without decimals, a pending result with no submission time.
#pragma once

#include <vector>

#include "report/result_rows.h"

namespace tqm::reporttest {

using namespace std::chrono_literals;

inline std::vector<report::PersonResultRow> samplePeople() {
    const auto day = std::chrono::sys_days{std::chrono::year{2026} / 11 / 24};
    return {
        {"E001", "张三", "一车间", 8750, 10000, exam::Verdict::Pass, 1h + 5min + 9s + 800ms,
         day + 1h + 30min + 5s},  // 09:30:05 in Beijing
        {"E002", "王\"小\"明", "二车间,质检科", 9000, 10000, exam::Verdict::Fail, 59s,
         day - 8h},  // midnight in Beijing
        {"E003", "李\n四", "=SUM(A1)", 66, 100, exam::Verdict::Pending, 0ms, std::nullopt},
    };
}

inline std::vector<report::AnswerResultRow> sampleAnswers() {
    using bank::QuestionType;
    using exam::ScoreStatus;
    return {
        {"E001", "张三", 1, "q-s1", QuestionType::SingleChoice, "A", 200, 200,
         ScoreStatus::Correct},
        {"E001", "张三", 2, "q-m1", QuestionType::MultipleChoice, "A", 100, 200,
         ScoreStatus::PartiallyCorrect},
        {"E002", "王\"小\"明", 3, "q-ma", QuestionType::Matching, "A=1,B=3", 0, 300,
         ScoreStatus::Wrong},
        {"E002", "王\"小\"明", 4, "q-sa", QuestionType::ShortAnswer, "-5 是负数", 0, 1000,
         ScoreStatus::Pending},
        {"E003", "李\n四", 5, "q-tf", QuestionType::TrueFalse, "", 0, 100, ScoreStatus::Unanswered},
    };
}

}  // namespace tqm::reporttest
