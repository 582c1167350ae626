// Study hours (学时) a person has earned, from two sources: the training classes they attended
// and the courses they finished on their own (the study_hours ledger of course progress). Each
// entry is dated, so the hours ledger can sum them by month, quarter or year.
//
// The rules:
// - A plan item taught on one day earns its hours in full when the person was present or late
//   that day, and nothing otherwise.
// - An item with no day is spread over all the class's days: it earns hours × attended days ÷
//   class days, rounded down to the hundredth, dated the class's last day.
// - A course is counted once per person: when both classes and self-study gave hours for the
//   same course, the source with more hours counts (on a tie, the classes) and the other is
//   left out, so retaking a course in a class does not double its hours.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/course_progress_repository.h"
#include "store/database.h"
#include "training/training_class.h"

namespace tqm::training {

enum class HoursSource : std::uint8_t { Class, SelfStudy };

struct HoursEntry {
    std::int64_t personId = 0;
    std::string courseId;
    Date day{};
    std::int64_t hundredths = 0;
    HoursSource source = HoursSource::Class;
    std::int64_t classId = 0;  // for hours from a class

    bool operator==(const HoursEntry&) const = default;
};

// What one person earned in one class from its plan and their marks (entries with zero hours
// are left out). `marks` may hold other people's marks too.
std::vector<HoursEntry> classHours(const TrainingClass& trainingClass,
                                   const std::vector<AttendanceMark>& marks, std::int64_t personId);

// Keeps one source per course, as the rules above say; ordered by day, then course id.
std::vector<HoursEntry> countedHours(const std::vector<HoursEntry>& fromClasses,
                                     const std::vector<store::StudyHoursRow>& selfStudy);

// Every counted entry of the person, from the database.
std::vector<HoursEntry> studyHoursOf(store::Database& database, std::int64_t personId);

std::int64_t totalHundredths(const std::vector<HoursEntry>& entries);

}  // namespace tqm::training
