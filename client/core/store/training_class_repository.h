// Training classes in the database (migration 12): the class with its plan, its roster, one
// attendance mark per person and day, and the exams held in it. Every write is its own
// transaction (or part of the caller's WriteScope). Expected failures (an unknown class, a
// person not on the roster, a day outside the class) come back as training::Refusal values and
// write nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "store/database.h"
#include "training/training_class.h"

namespace tqm::store {

enum class MarkOutcome : std::uint8_t { Added, Changed, Unchanged };

struct ClassExamResult {
    std::int64_t personId = 0;
    std::string employeeNo;
    std::string name;
    std::int64_t earned = 0;     // hundredths of a point
    std::int64_t maxPoints = 0;  // hundredths of a point
    bool passed = false;

    bool operator==(const ClassExamResult&) const = default;
};

template <typename T>
using TrainingWritten = std::variant<T, training::Refusal>;

class TrainingClassRepository {
  public:
    explicit TrainingClassRepository(Database& database) : db_(database) {}

    // Adds the class with its plan; its id is returned. Refused: an empty code or name, an end
    // before the start, a code already taken, a plan day outside the class, negative hours.
    TrainingWritten<std::int64_t> create(const training::TrainingClass& trainingClass);
    // Rewrites the class's fields and its whole plan; the roster, marks and exams stay. Refused
    // as create() is, and for an unknown class or dates that would leave a recorded mark outside.
    std::optional<training::Refusal> update(const training::TrainingClass& trainingClass);
    std::optional<training::TrainingClass> find(std::int64_t classId);
    std::optional<training::TrainingClass> findByCode(std::string_view code);
    std::vector<training::TrainingClass> list();  // by start date, then code
    std::optional<training::Refusal> setSummary(std::int64_t classId, std::string_view summary);

    // Idempotent: adding someone already on the roster is Unchanged.
    TrainingWritten<MarkOutcome> addMember(std::int64_t classId, std::int64_t personId);
    // Takes the person off the roster together with their marks. Refused for an unknown class
    // or a person not on its roster.
    std::optional<training::Refusal> removeMember(std::int64_t classId, std::int64_t personId);
    std::vector<std::int64_t> members(std::int64_t classId);     // person ids, by 工号
    std::vector<std::int64_t> classesOf(std::int64_t personId);  // by start date
    bool isMember(std::int64_t classId, std::int64_t personId);

    // One mark per person and day; a second mark of the same status is Unchanged, another status
    // replaces it (Changed). Refused for an unknown class, a day outside it, or a person not on
    // its roster.
    TrainingWritten<MarkOutcome> mark(std::int64_t classId, const training::AttendanceMark& mark);
    // Clears the person's mark of the day (a mark set by mistake); false when there was none.
    bool unmark(std::int64_t classId, std::int64_t personId, Date day);
    std::vector<training::AttendanceMark> attendance(std::int64_t classId);  // by person, day

    std::optional<training::Refusal> addExam(std::int64_t classId, std::int64_t examId);
    std::vector<std::int64_t> exams(std::int64_t classId);  // by exam id

    // The result that counts (the exam's attempts_combine: highest or last) of every person on
    // the roster who submitted a scored attempt of the exam, by 工号; pending attempts are left
    // out. The exam's title comes first.
    std::vector<ClassExamResult> rosterResults(std::int64_t classId, std::int64_t examId);
    std::string examTitle(std::int64_t examId);

  private:
    std::optional<training::TrainingClass> findWhere(std::string_view where,
                                                     const std::string& value);
    std::vector<training::PlanItem> planOf(std::int64_t classId);
    void writePlan(std::int64_t classId, const std::vector<training::PlanItem>& plan);

    Database& db_;
};

}  // namespace tqm::store
