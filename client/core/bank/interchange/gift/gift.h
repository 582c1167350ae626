// GIFT (https://docs.moodle.org/en/GIFT_format) import.
//
// How GIFT maps onto the bank: {=right ~wrong} is single choice; weighted answers (~%50%a) whose
// positive weights add up to 100 are multiple choice scored "partial" (one positive weight of 100
// is single choice); {T} {TRUE} {F} {FALSE} are true/false; {=a =b} is a one-blank fill-blank
// question accepting each answer; {#3.14:0.01}, {#1..5} and {#42} are numeric blanks (of several
// numeric answers the one worth 100% is kept); {=a -> 1 =b -> 2} is matching; {} is a short
// answer whose general feedback (####) is the reference answer. Text after the braces makes it a
// missing-word question: the braces become "____" in the stem. ::title:: gives the title and the
// id (its slug, or "q-" and a hash of the title or stem); $CATEGORY: paths build the category
// tree without Moodle's "$course$/" and "top/". General feedback is the explanation. What the
// bank cannot keep (feedback per answer, partial credit on a single answer, matching answers
// without a prompt) is dropped with a warning; a text without braces is a description and is not
// imported. Every problem is positioned at the start of its question.
#pragma once

#include <string>
#include <string_view>

#include "bank/interchange/import_result.h"

namespace tqm::bank {

ImportResult importGift(std::string_view bytes, std::string fileName);

}  // namespace tqm::bank
