// Editing one question of a bank: a draft of what the organizer can change (owning strings, so it
// outlives nothing), the bank with the draft put in, the problems the validator finds in the
// edited question, and saving the bank with a backup of the file it replaces.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/bank.h"
#include "bank/validator.h"
#include "base/clock.h"
#include "base/diagnostic.h"

namespace tqm::bank {

struct DraftChoice {
    std::string text;
    bool correct = false;
};

struct DraftBlank {
    std::vector<std::string> accepted;
    std::optional<double> number;
    double tolerance = 0.0;
};

struct DraftPair {
    std::string prompt;
    std::string answer;
};

// What the edit dialog changes; the id, type, title, source, positions and images stay as they
// are.
struct QuestionDraft {
    std::string stem;
    std::vector<DraftChoice> choices;  // single/multiple choice; ordering: in the right order
    bool answerTrue = false;           // true/false
    std::vector<DraftBlank> blanks;    // fill-blank
    std::vector<DraftPair> pairs;      // matching
    std::string referenceAnswer;       // short answer
    std::string explanation;
    int difficulty = 3;
    double points = 1.0;
    std::string category;
    std::vector<std::string> tags;
};

QuestionDraft draftOf(const Question& question);

// A blank as one line of text: accepted answers separated by " | ", or a numeric blank as
// "#3.14" or "#3.14:0.01" (value and tolerance, as GIFT writes them).
std::string blankToLine(const DraftBlank& blank);
// The reverse; blanks are trimmed, empty alternatives dropped. A line starting with "#" that is
// not a number is taken as text.
DraftBlank blankFromLine(std::string_view line);

// Tags typed in one box: separated by commas (half or full width), 、 or semicolons; trimmed,
// empty ones and repeats dropped.
std::vector<std::string> splitTags(std::string_view text);

// A copy of `bank` with question `index` changed as the draft says.
Bank withEditedQuestion(const Bank& bank, std::size_t index, const QuestionDraft& draft);

// The validator's problems with question `index` of `edited` (those at its position in the file).
std::vector<Diagnostic> editedQuestionProblems(const Bank& edited, std::size_t index,
                                               const ValidationContext& context);

// "<file>.<yyyymmdd-hhmmss>.bak" beside `file`, stamped with `when` in UTC.
std::filesystem::path bankBackupPath(const std::filesystem::path& file, TimePoint when);

// Copies the current `file` (if any) to bankBackupPath(file, when), then writes `bank` over it
// atomically. Returns "" or a message naming the file and the reason; on failure the file is
// unchanged.
std::string saveBankWithBackup(const Bank& bank, const std::filesystem::path& file, TimePoint when);

}  // namespace tqm::bank
