// 一期一档: the file of one training class — its plan, dates, place, teachers and hours, the
// roster with an attendance table (one column per class day) and the hours each trainee earned
// in the class, the exams held in it with their statistics, and the closing summary.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "reports/exam_statistics.h"
#include "store/database.h"
#include "training/training_class.h"

namespace tqm::reports {

struct TraineeRow {
    std::int64_t personId = 0;
    std::string employeeNo;
    std::string name;
    std::string unit;
    std::vector<std::optional<training::Attendance>> days;  // one per class day; none: no mark
    int attendedDays = 0;                                   // present or late
    std::int64_t hoursHundredths = 0;                       // earned in this class

    bool operator==(const TraineeRow&) const = default;
};

struct ClassExam {
    std::int64_t examId = 0;
    std::string title;
    std::vector<ExamScore> scores;  // by 工号
    ExamStatistics statistics;

    bool operator==(const ClassExam&) const = default;
};

struct ClassFile {
    training::TrainingClass trainingClass;
    std::vector<Date> days;
    std::vector<TraineeRow> trainees;  // by 工号
    std::vector<ClassExam> exams;      // by exam id
    int attendancePermille = 0;        // attended person-days ÷ roster × class days
};

// Nothing when there is no such class.
std::optional<ClassFile> loadClassFile(store::Database& database, std::int64_t classId);

// "出勤", "迟到", "缺勤", "请假"; "" for no mark. Reports are printed in Chinese.
std::string attendanceMarkText(const std::optional<training::Attendance>& mark);

}  // namespace tqm::reports
