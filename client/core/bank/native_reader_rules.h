// The structure rules of the native format that both of the reader's paths apply: which
// children an element takes and in what order, which attributes a question takes. Internal to
// the native reader (native_reader*.cpp, native_stream*.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "bank/native_reader_context.h"
#include "bank/question.h"

namespace tqm::bank::reader {

// Nesting beyond this is certainly a mistake, and refusing it keeps recursion bounded.
inline constexpr int kMaxCategoryDepth = 32;

// The position of each child of <bank> in the required order; -1 for anything else.
int bankChildRank(Word word);

// Namespace declarations and xsi:schemaLocation let editors validate a bank against the XSD.
inline bool isNamespaceAttribute(std::string_view name) {
    return name.starts_with("xmlns") || name.starts_with("xsi:");
}

// The question type an element name stands for.
std::optional<QuestionType> questionTypeOf(Word word);

// The required order of a question's children: stem, image*, the type's own children,
// explanation?, source?, tags?, positions?. Short answers have two own children, reference and
// then grading, hence the separate rank for grading.
enum QuestionChildRank : int {
    kStem = 0,
    kImage,
    kOwn,
    kGrading,
    kExplanation,
    kSource,
    kTags,
    kPositions,
    kRankCount,
    kNotAllowed = -1,
};

int questionChildRank(Word word, QuestionType type);
// Children that may appear more than once.
bool repeatable(Word word);
bool allowedQuestionAttribute(Word word, QuestionType type);

// An attribute value or character data as the reader stores it: entity and character
// references expanded (a '&' that starts none is kept), a CR LF pair or lone CR read as one line
// break, and in attribute values tabs and line breaks read as spaces.
std::string decodeText(std::string_view raw, bool attribute);

}  // namespace tqm::bank::reader
