#include "training/attendance_desk.h"

#include "base/text_normalize.h"
#include "store/people_repository.h"

namespace tqm::training {

store::TrainingWritten<SignIn> signIn(store::Database& database, std::int64_t classId,
                                      std::string_view employeeNo, Date day, Attendance status) {
    // Scanners and full-width input methods add spaces and wide digits; 工号 are stored narrow.
    const std::string number = toHalfWidth(trimSpaces(employeeNo));
    const std::optional<store::Person> person =
        store::PeopleRepository(database).findByEmployeeNo(number);
    if (!person)
        return Refusal{RefusalCode::UnknownPerson, "no person has the employee number " + number};
    store::TrainingClassRepository classes(database);
    if (!classes.find(classId))
        return Refusal{RefusalCode::UnknownClass,
                       "there is no training class with id " + std::to_string(classId)};
    if (!classes.isMember(classId, person->id))
        return Refusal{RefusalCode::NotOnRoster,
                       number + " " + person->name + " is not on the roster of this class"};
    const auto written = classes.mark(classId, {person->id, day, status});
    if (const auto* refusal = std::get_if<Refusal>(&written)) return *refusal;
    return SignIn{person->id, person->name, std::get<store::MarkOutcome>(written)};
}

}  // namespace tqm::training
