// Deciding whether a learner's answer to a blank is right. Scoring of whole questions lives with
// exams; this is the part the bank's own format defines.
#pragma once

#include <string_view>

#include "bank/question.h"

namespace tqm::bank {

// True when `answer` matches one of the blank's accepted answers after normalisation
// (full-width/half-width, surrounding spaces, letter case unless `caseSensitive`), or, for a
// numeric blank, when it parses as a number within the tolerance.
bool blankAccepts(const Blank& blank, std::string_view answer, bool caseSensitive);

}  // namespace tqm::bank
