#include <catch2/catch.hpp>

#include "exam/answer.h"
#include "paper_samples.h"

using namespace tqm::exam;
using namespace tqm::exam::testing;
using tqm::bank::QuestionType;

namespace {

std::vector<AnswerError> errorsOf(const PaperQuestion& q, std::string_view text) {
    return parseAnswer(q, text).errors;
}

Answer answerOf(const PaperQuestion& q, std::string_view text) {
    const ParsedAnswer parsed = parseAnswer(q, text);
    INFO(text);
    REQUIRE(parsed.errors.empty());
    return parsed.answer;
}

}  // namespace

TEST_CASE("choice answers are option letters in any case, width or order") {
    const PaperQuestion q =
        choiceQuestion(QuestionType::MultipleChoice, {true, false, true, false});
    CHECK(answerOf(q, "AC") == Answer{ChoiceAnswer{{0, 2}}});
    CHECK(answerOf(q, "ca") == Answer{ChoiceAnswer{{0, 2}}});
    CHECK(answerOf(q, "Ｃ，Ａ") == Answer{ChoiceAnswer{{0, 2}}});
    CHECK(answerOf(q, "D, B") == Answer{ChoiceAnswer{{1, 3}}});
}

TEST_CASE("a choice letter beyond the options, a repeat or a non-letter is named") {
    const PaperQuestion q =
        choiceQuestion(QuestionType::MultipleChoice, {true, false, true, false});
    CHECK(errorsOf(q, "AE") ==
          std::vector<AnswerError>{{1, "\"E\" does not exist: the question has options A to D"}});
    CHECK(errorsOf(q, "AA") == std::vector<AnswerError>{{1, "option A is given twice"}});
    CHECK(errorsOf(q, "A3?") ==
          std::vector<AnswerError>{{1, "\"3\" is not a letter: the question has options A to D"},
                                   {2, "\"?\" is not a letter: the question has options A to D"}});
    CHECK(parseAnswer(q, "AE").answer == Answer{NoAnswer{}});
}

TEST_CASE("a single-choice answer takes exactly one letter") {
    const PaperQuestion q = choiceQuestion(QuestionType::SingleChoice, {false, true, false});
    CHECK(answerOf(q, "b") == Answer{ChoiceAnswer{{1}}});
    CHECK(errorsOf(q, "AB") ==
          std::vector<AnswerError>{{0, "a single-choice question takes one option, 2 given"}});
}

TEST_CASE("true/false answers accept T/F, 对/错 and √/×") {
    const PaperQuestion q = trueFalseQuestion(true);
    for (const char* yes : {"T", "t", "对", "√", " T "}) {
        CHECK(answerOf(q, yes) == Answer{TrueFalseAnswer{true}});
    }
    for (const char* no : {"F", "f", "错", "×"}) {
        CHECK(answerOf(q, no) == Answer{TrueFalseAnswer{false}});
    }
    CHECK(errorsOf(q, " 是") ==
          std::vector<AnswerError>{
              {1, "\"是\" is not a true/false answer: write T or F (also 对/错, √/×)"}});
}

TEST_CASE("blank answers are separated by a bar and may escape it") {
    const PaperQuestion q = blankQuestion(3);
    CHECK(answerOf(q, "PDCA|戴明| 1.33") == Answer{BlankAnswer{{"PDCA", "戴明", " 1.33"}}});
    CHECK(answerOf(q, "a\\|b|c\\\\|d\\ne") == Answer{BlankAnswer{{"a|b", "c\\", "d\ne"}}});
    CHECK(answerOf(q, "||x") == Answer{BlankAnswer{{"", "", "x"}}});
}

TEST_CASE("a blank answer with the wrong number of blanks or a bad escape is named") {
    const PaperQuestion q = blankQuestion(3);
    CHECK(errorsOf(q, "PDCA|戴明") ==
          std::vector<AnswerError>{
              {0, "the question has 3 blanks, 2 given (separate blanks with \"|\")"}});
    CHECK(
        errorsOf(q, "a|b\\q|c") ==
        std::vector<AnswerError>{
            {3, "\"\\q\" is not an escape: write \\\\, \\n, \\r, \\t, \\| or a character itself"}});
}

TEST_CASE("an ordering answer lists every item letter once") {
    const PaperQuestion q = orderingQuestion(OrderingScoring::AllOrNothing);
    CHECK(answerOf(q, "CADB") == Answer{OrderAnswer{{2, 0, 3, 1}}});
    CHECK(errorsOf(q, "CAD") ==
          std::vector<AnswerError>{{3, "item B is missing: an order lists every item once"}});
    CHECK(
        errorsOf(q, "CC") ==
        std::vector<AnswerError>{{1, "item C is placed twice"},
                                 {2, "items A, B, D are missing: an order lists every item once"}});
    CHECK(errorsOf(q, "CADBE") ==
          std::vector<AnswerError>{{4, "\"E\" does not exist: the question has items A to D"}});
}

TEST_CASE("a matching answer pairs prompt letters with answer numbers") {
    const PaperQuestion q = matchingQuestion();
    CHECK(answerOf(q, "A=2,B=1,C=4") == Answer{MatchAnswer{{1, 0, 3}}});
    CHECK(answerOf(q, "c = 3 , a=2") == Answer{MatchAnswer{{1, std::nullopt, 2}}});
    CHECK(answerOf(q, "Ａ＝２，Ｂ＝１") == Answer{MatchAnswer{{1, 0, std::nullopt}}});
}

TEST_CASE("each wrong part of a matching answer is named") {
    const PaperQuestion q = matchingQuestion();
    CHECK(errorsOf(q, "A=2,B-1,D=1,A=3,C=9,") ==
          std::vector<AnswerError>{{4, "\"B-1\" is not a pair: write LETTER=NUMBER, e.g. A=2"},
                                   {8, "\"D\" is not a prompt: the question has prompts A to C"},
                                   {12, "prompt A is matched twice"},
                                   {18, "answer 9 does not exist: the answers are numbered 1 to 4"},
                                   {20, "an empty pair: write LETTER=NUMBER, e.g. A=2"}});
}

TEST_CASE("an essay is the text itself with escaped line breaks") {
    const PaperQuestion q = essayQuestion();
    CHECK(answerOf(q, "第一，计划；\\n第二，执行|检查") ==
          Answer{EssayAnswer{"第一，计划；\n第二，执行|检查"}});
    CHECK(errorsOf(q, "a\\|b") ==
          std::vector<AnswerError>{
              {1, "\"\\|\" is not an escape: write \\\\, \\n, \\r, \\t or a character itself"}});
    CHECK(errorsOf(q, "end\\") ==
          std::vector<AnswerError>{
              {3, "\"\\\" is not an escape: write \\\\, \\n, \\r, \\t or a character itself"}});
}

TEST_CASE("an answer of only spaces is no answer for every type") {
    for (const PaperQuestion& q :
         {choiceQuestion(QuestionType::SingleChoice, {true}), trueFalseQuestion(true),
          blankQuestion(2), orderingQuestion(OrderingScoring::AllOrNothing), matchingQuestion(),
          essayQuestion()}) {
        CHECK(answerOf(q, "") == Answer{NoAnswer{}});
        CHECK(answerOf(q, "  ") == Answer{NoAnswer{}});
    }
}

TEST_CASE("every answer reads back equal from its text form") {
    const auto roundTrip = [](const PaperQuestion& q, const Answer& answer,
                              std::string_view expectedText) {
        const std::string text = formatAnswer(answer);
        CHECK(text == expectedText);
        const ParsedAnswer parsed = parseAnswer(q, text);
        CHECK(parsed.errors.empty());
        CHECK(parsed.answer == answer);
    };
    roundTrip(choiceQuestion(QuestionType::MultipleChoice, {true, true, false, true}),
              ChoiceAnswer{{0, 1, 3}}, "ABD");
    roundTrip(trueFalseQuestion(false), TrueFalseAnswer{true}, "T");
    roundTrip(trueFalseQuestion(false), TrueFalseAnswer{false}, "F");
    roundTrip(blankQuestion(3), BlankAnswer{{"a|b", "c\\d", "第一\n第二\t完"}},
              "a\\|b|c\\\\d|第一\\n第二\\t完");
    roundTrip(orderingQuestion(OrderingScoring::PerPosition), OrderAnswer{{3, 1, 0, 2}}, "DBAC");
    roundTrip(matchingQuestion(), MatchAnswer{{3, std::nullopt, 0}}, "A=4,C=1");
    roundTrip(essayQuestion(), EssayAnswer{"质量是\r\n设计出来的 | \\"},
              "质量是\\r\\n设计出来的 | \\\\");
    roundTrip(essayQuestion(), NoAnswer{}, "");
}

TEST_CASE("option letters run from A to Z") {
    CHECK(optionLetter(0) == "A");
    CHECK(optionLetter(25) == "Z");
    CHECK(optionLetter(26) == "#27");
}
