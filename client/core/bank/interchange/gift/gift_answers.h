// The answer section of a GIFT question, the text between "{" and "}": decides the question type
// and fills its answers (https://docs.moodle.org/en/GIFT_format).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "bank/bank.h"
#include "bank/interchange/gift/gift_syntax.h"
#include "base/diagnostic.h"

namespace tqm::bank {

struct GiftIssue {
    Severity severity = Severity::Error;
    std::string code;
    std::string message;  // without the question's name; the caller adds it
};

// Sets the type, the answers and the explanation (general feedback "####") of `question` from
// `section`. Answer texts inherit `format`. A short answer or a number becomes a one-blank
// fill-blank question, whether or not the stem marks the blank. Returns false when the question
// cannot be imported (an error in `issues`); warnings in `issues` name what the bank's model cannot
// keep.
bool readGiftAnswers(std::string_view section, GiftFormat format, Bank& bank, Question& question,
                     std::vector<GiftIssue>& issues);

}  // namespace tqm::bank
