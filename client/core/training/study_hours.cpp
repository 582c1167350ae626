#include "training/study_hours.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "store/training_class_repository.h"

namespace tqm::training {

namespace {

std::int64_t sumOf(const std::vector<HoursEntry>& entries, const HoursEntry& like,
                   HoursSource source) {
    std::int64_t sum = 0;
    for (const HoursEntry& entry : entries)
        if (entry.personId == like.personId && entry.courseId == like.courseId &&
            entry.source == source)
            sum += entry.hundredths;
    return sum;
}

}  // namespace

std::vector<HoursEntry> classHours(const TrainingClass& trainingClass,
                                   const std::vector<AttendanceMark>& marks,
                                   std::int64_t personId) {
    std::map<Date, Attendance> own;
    for (const AttendanceMark& mark : marks)
        if (mark.personId == personId) own[mark.day] = mark.status;
    const auto attendedOn = [&](Date day) {
        const auto found = own.find(day);
        return found != own.end() && attended(found->second);
    };
    const std::vector<Date> days = classDays(trainingClass);
    const auto attendedDays =
        static_cast<std::int64_t>(std::count_if(days.begin(), days.end(), attendedOn));
    std::vector<HoursEntry> entries;
    for (const PlanItem& item : trainingClass.plan) {
        HoursEntry entry{personId, item.courseId,      trainingClass.endDate,
                         0,        HoursSource::Class, trainingClass.id};
        if (item.day) {
            entry.day = *item.day;
            entry.hundredths = attendedOn(*item.day) ? item.hoursHundredths : 0;
        } else {
            entry.hundredths =
                item.hoursHundredths * attendedDays / static_cast<std::int64_t>(days.size());
        }
        if (entry.hundredths > 0) entries.push_back(std::move(entry));
    }
    return entries;
}

std::vector<HoursEntry> countedHours(const std::vector<HoursEntry>& fromClasses,
                                     const std::vector<store::StudyHoursRow>& selfStudy) {
    std::vector<HoursEntry> all = fromClasses;
    for (const store::StudyHoursRow& row : selfStudy)
        all.push_back({row.personId, row.courseId, dateAt(fromUnixMillis(row.earnedAt)),
                       row.hoursHundredths, HoursSource::SelfStudy, 0});
    std::vector<HoursEntry> counted;
    for (const HoursEntry& entry : all) {
        const std::int64_t inClasses = sumOf(all, entry, HoursSource::Class);
        const std::int64_t alone = sumOf(all, entry, HoursSource::SelfStudy);
        const HoursSource winner = alone > inClasses ? HoursSource::SelfStudy : HoursSource::Class;
        if (entry.source == winner) counted.push_back(entry);
    }
    std::stable_sort(counted.begin(), counted.end(), [](const HoursEntry& a, const HoursEntry& b) {
        return std::tie(a.day, a.courseId) < std::tie(b.day, b.courseId);
    });
    return counted;
}

std::vector<HoursEntry> studyHoursOf(store::Database& database, std::int64_t personId) {
    store::TrainingClassRepository classes(database);
    std::vector<HoursEntry> fromClasses;
    for (const std::int64_t classId : classes.classesOf(personId)) {
        const auto found = classes.find(classId);
        std::vector<HoursEntry> earned = classHours(*found, classes.attendance(classId), personId);
        fromClasses.insert(fromClasses.end(), earned.begin(), earned.end());
    }
    return countedHours(fromClasses,
                        store::CourseProgressRepository(database).studyHours(personId));
}

std::int64_t totalHundredths(const std::vector<HoursEntry>& entries) {
    std::int64_t total = 0;
    for (const HoursEntry& entry : entries) total += entry.hundredths;
    return total;
}

}  // namespace tqm::training
