#include "reports/class_file.h"

#include <algorithm>

#include "store/people_repository.h"
#include "store/training_class_repository.h"
#include "training/study_hours.h"

namespace tqm::reports {

std::string attendanceMarkText(const std::optional<training::Attendance>& mark) {
    if (!mark) return {};
    switch (*mark) {
        case training::Attendance::Present:
            return "出勤";
        case training::Attendance::Late:
            return "迟到";
        case training::Attendance::Absent:
            return "缺勤";
        case training::Attendance::Leave:
            return "请假";
    }
    return {};
}

std::optional<ClassFile> loadClassFile(store::Database& database, std::int64_t classId) {
    store::TrainingClassRepository classes(database);
    std::optional<training::TrainingClass> found = classes.find(classId);
    if (!found) return std::nullopt;
    ClassFile file;
    file.trainingClass = std::move(*found);
    file.days = training::classDays(file.trainingClass);
    const std::vector<training::AttendanceMark> marks = classes.attendance(classId);
    const std::vector<store::Person> people = store::PeopleRepository(database).list();
    int attendedPersonDays = 0;
    for (const std::int64_t personId : classes.members(classId)) {
        const auto person = std::find_if(people.begin(), people.end(),
                                         [&](const store::Person& p) { return p.id == personId; });
        TraineeRow row{personId, person->employeeNo, person->name, person->unit, {}, 0, 0};
        row.days.resize(file.days.size());
        for (const training::AttendanceMark& mark : marks) {
            if (mark.personId != personId) continue;
            const auto index =
                static_cast<std::size_t>((mark.day - file.trainingClass.startDate).count());
            row.days[index] = mark.status;
            if (training::attended(mark.status)) ++row.attendedDays;
        }
        row.hoursHundredths =
            training::totalHundredths(training::classHours(file.trainingClass, marks, personId));
        attendedPersonDays += row.attendedDays;
        file.trainees.push_back(std::move(row));
    }
    file.attendancePermille = permille(
        attendedPersonDays, static_cast<std::int64_t>(file.trainees.size() * file.days.size()));
    for (const std::int64_t examId : classes.exams(classId)) {
        ClassExam exam{examId, classes.examTitle(examId), {}, {}};
        for (const store::ClassExamResult& result : classes.rosterResults(classId, examId))
            exam.scores.push_back({result.personId, result.employeeNo, result.name, result.earned,
                                   result.maxPoints, result.passed});
        exam.statistics = examStatistics(exam.scores);
        file.exams.push_back(std::move(exam));
    }
    return file;
}

}  // namespace tqm::reports
