// The question model shared by every part of the product: banks, papers, practice, competitions.
//
// Text fields are string_views into the owning Bank's TextStore (see bank.h). A Question is only
// valid while its Bank lives; code that must outlive the bank (a paper frozen into an attempt)
// copies the text into its own storage.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace tqm::bank {

enum class QuestionType : std::uint8_t {
    SingleChoice,    // 单选
    MultipleChoice,  // 多选
    TrueFalse,       // 判断
    FillBlank,       // 填空
    Ordering,        // 排序
    Matching,        // 连线 (imported from Moodle and GIFT matching questions)
    ShortAnswer,     // 简答: marked by a person
};

inline constexpr QuestionType kAllQuestionTypes[] = {
    QuestionType::SingleChoice, QuestionType::MultipleChoice, QuestionType::TrueFalse,
    QuestionType::FillBlank,    QuestionType::Ordering,       QuestionType::Matching,
    QuestionType::ShortAnswer};

// The element name of the type in the native format: "single-choice", "multiple-choice",
// "true-false", "fill-blank", "ordering", "matching", "short-answer".
std::string_view typeName(QuestionType type);
std::optional<QuestionType> typeFromName(std::string_view name);
// The Chinese short name papers, exports and messages use: 单选, 多选, 判断, 填空, 排序, 连线, 简答.
std::string_view typeShortName(QuestionType type);

// How a multiple-choice question is scored.
enum class MultipleChoiceScoring : std::uint8_t {
    AllOrNothing,  // full points only for exactly the correct set
    Partial,  // 少选得部分分，错选不得分: each correct option chosen earns points / correct
              // options; any wrong option chosen earns zero
};
std::string_view scoringName(MultipleChoiceScoring scoring);  // "all-or-nothing" / "partial"
std::optional<MultipleChoiceScoring> scoringFromName(std::string_view name);

struct Choice {
    std::string_view text;
    bool correct = false;  // single and multiple choice; unused for ordering items
};

struct Blank {
    std::vector<std::string_view> accepted;  // any of these is right (after normalisation)
    std::optional<double> number;            // numeric blank: right when |x - number| <= tolerance
    double tolerance = 0.0;
};

struct MatchPair {
    std::string_view prompt;
    std::string_view answer;
};

// Where a record came from: 1-based line and column in its file (CSV: row and 0). 0 = unknown.
struct SourcePos {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
};

struct Question {
    std::string_view id;  // stable, unique in the bank
    QuestionType type = QuestionType::SingleChoice;
    std::string_view category;  // id of a category in the bank's tree
    std::string_view title;     // optional short name (Moodle's question name)
    int difficulty = 3;         // 1 (easy) .. 5 (hard)
    double points = 1.0;
    std::optional<MultipleChoiceScoring> scoring;  // overrides the bank's rule when set

    std::string_view stem;  // plain text; fill-blank stems mark each blank with "____"

    std::vector<Choice> choices;       // single/multiple: options in authored order;
                                       // ordering: the items in their correct order
    bool answerTrue = false;           // true/false
    std::vector<Blank> blanks;         // fill-blank, in stem order
    bool caseSensitive = false;        // fill-blank: letter case matters
    std::vector<MatchPair> pairs;      // matching
    std::string_view referenceAnswer;  // short answer
    std::string_view gradingNotes;     // short answer: what the marker looks for

    std::string_view explanation;  // 解析
    std::string_view source;       // e.g. "GB/T 19001-2016 7.1.6"
    std::vector<std::string_view> tags;
    std::vector<std::string_view> positions;  // key positions (关键岗位) it applies to
    std::vector<std::string_view> images;     // paths relative to the bank's folder

    SourcePos pos;
};

}  // namespace tqm::bank
