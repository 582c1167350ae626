// Signing in (签到) by 工号: what the attendance desk does when a trainee types their number or a
// barcode scanner types it for them. The same mark twice changes nothing, so a double scan is
// harmless; someone not on the class's roster is refused with the reason as a value.
#pragma once

#include <cstdint>
#include <string_view>

#include "store/training_class_repository.h"

namespace tqm::training {

struct SignIn {
    std::int64_t personId = 0;
    std::string name;
    store::MarkOutcome outcome = store::MarkOutcome::Added;
};

store::TrainingWritten<SignIn> signIn(store::Database& database, std::int64_t classId,
                                      std::string_view employeeNo, Date day, Attendance status);

}  // namespace tqm::training
