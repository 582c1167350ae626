// What the `tqm exam` commands share: finding the person named by 工号, reporting refusals, and
// the one-line summary of a submitted attempt.
#pragma once

#include <optional>
#include <string>

#include "session/exam_service.h"
#include "store/database.h"
#include "store/people_repository.h"

namespace tqm::cli {

// The person, or nothing after printing that no one has this 工号.
std::optional<store::Person> findPerson(store::Database& db, const std::string& employeeNo);

// "tqm: CODE: message" on standard error.
void printRefusal(const session::Refusal& refusal);

// "attempt 3 of exam 1 (E001 张三): 86 of 100 points, pass, submitted by the person at ..."
std::string submissionLine(const session::Submission& submission, const store::Person& person);

}  // namespace tqm::cli
