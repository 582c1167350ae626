// The names of the native format, looked up once per element and attribute.
#include <string_view>

#include "bank/native_reader_context.h"

namespace tqm::bank::reader {

Word wordOf(std::string_view n) {
    switch (n.empty() ? '\0' : n.front()) {
        case 'a':
            if (n == "accept") return Word::Accept;
            if (n == "answer") return Word::Answer;
            break;
        case 'b':
            if (n == "bank") return Word::Bank;
            if (n == "blank") return Word::Blank;
            break;
        case 'c':
            if (n == "category") return Word::Category;
            if (n == "correct") return Word::Correct;
            if (n == "categories") return Word::Categories;
            if (n == "case-sensitive") return Word::CaseSensitive;
            break;
        case 'd':
            if (n == "difficulty") return Word::Difficulty;
            if (n == "description") return Word::Description;
            break;
        case 'e':
            if (n == "explanation") return Word::Explanation;
            break;
        case 'f':
            if (n == "fill-blank") return Word::FillBlank;
            if (n == "format") return Word::Format;
            break;
        case 'g':
            if (n == "grading") return Word::Grading;
            break;
        case 'i':
            if (n == "id") return Word::Id;
            if (n == "item") return Word::Item;
            if (n == "image") return Word::Image;
            break;
        case 'l':
            if (n == "language") return Word::Language;
            break;
        case 'm':
            if (n == "multiple-choice") return Word::MultipleChoice;
            if (n == "matching") return Word::Matching;
            break;
        case 'n':
            if (n == "number") return Word::Number;
            break;
        case 'o':
            if (n == "option") return Word::Option;
            if (n == "ordering") return Word::Ordering;
            if (n == "organization") return Word::Organization;
            break;
        case 'p':
            if (n == "points") return Word::Points;
            if (n == "position") return Word::Position;
            if (n == "positions") return Word::Positions;
            if (n == "pair") return Word::Pair;
            if (n == "prompt") return Word::Prompt;
            break;
        case 'q':
            if (n == "questions") return Word::Questions;
            break;
        case 'r':
            if (n == "reference") return Word::Reference;
            break;
        case 's':
            if (n == "stem") return Word::Stem;
            if (n == "single-choice") return Word::SingleChoice;
            if (n == "source") return Word::Source;
            if (n == "src") return Word::Src;
            if (n == "scoring") return Word::Scoring;
            if (n == "short-answer") return Word::ShortAnswer;
            break;
        case 't':
            if (n == "tag") return Word::Tag;
            if (n == "tags") return Word::Tags;
            if (n == "title") return Word::Title;
            if (n == "true-false") return Word::TrueFalse;
            if (n == "tolerance") return Word::Tolerance;
            break;
        case 'v':
            if (n == "version") return Word::Version;
            break;
        default:
            break;
    }
    return Word::Unknown;
}

}  // namespace tqm::bank::reader
