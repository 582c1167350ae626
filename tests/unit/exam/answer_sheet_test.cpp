#include <catch2/catch.hpp>

#include "exam/answer_sheet.h"
#include "paper_samples.h"

using namespace tqm::exam;
using namespace tqm::exam::testing;
using tqm::Diagnostic;
using tqm::Severity;
using tqm::bank::QuestionType;

namespace {

std::vector<PaperQuestion> samplePaper() {
    return {choiceQuestion(QuestionType::SingleChoice, {false, true, false}),
            choiceQuestion(QuestionType::MultipleChoice, {true, false, true, false}),
            trueFalseQuestion(true),
            blankQuestion(2),
            orderingQuestion(OrderingScoring::AllOrNothing),
            matchingQuestion(),
            essayQuestion()};
}

Diagnostic error(std::uint32_t line, std::uint32_t column, std::string code, std::string message) {
    return {"answers.txt", line, column, Severity::Error, std::move(code), std::move(message)};
}

}  // namespace

TEST_CASE("an answer file gives one entry per good line and an error per bad part") {
    const std::string content =
        "# 答题卡\n"          // 1
        "1 B\n"               // 2
        "2 AX\n"              // 3
        "3 对\n"              // 4
        "x C\n"               // 5
        "4 PDCA|戴明环\n"     // 6
        "12 A\n"              // 7
        "5 CADB\n"            // 8
        "2 Ａ，Ｚ\n"          // 9
        "2 AC\n"              // 10
        "6\n"                 // 11
        "6 A=2,B-1\n"         // 12
        "   \n"               // 13
        "7 质量\\n第一\r\n";  // 14
    const std::vector<PaperQuestion> paper = samplePaper();
    const AnswerSheet sheet = readAnswerSheet("answers.txt", content, paper);

    CHECK(sheet.entries == std::vector<AnswerSheetEntry>{
                               {1, ChoiceAnswer{{1}}, 2},
                               {3, TrueFalseAnswer{true}, 4},
                               {4, BlankAnswer{{"PDCA", "戴明环"}}, 6},
                               {5, OrderAnswer{{2, 0, 3, 1}}, 8},
                               {2, ChoiceAnswer{{0, 2}}, 10},
                               {6, NoAnswer{}, 11},
                               {7, EssayAnswer{"质量\n第一"}, 14},
                           });
    CHECK(
        sheet.diagnostics ==
        std::vector<Diagnostic>{
            error(3, 4, "answer-syntax",
                  "question 2 (q-choice, multiple-choice): \"X\" does not exist: the question "
                  "has options A to D"),
            error(5, 1, "answer-line",
                  "\"x\" is not a question number: write the question's number, a space, then "
                  "the answer"),
            error(7, 1, "unknown-question", "question 12 is not on the paper: it has 7 questions"),
            // Columns count characters: 2, space, Ａ, ，, then Ｚ in column 5.
            error(9, 5, "answer-syntax",
                  "question 2 (q-choice, multiple-choice): \"Ｚ\" does not exist: the question "
                  "has options A to D"),
            error(12, 7, "answer-syntax",
                  "question 6 (q-match, matching): \"B-1\" is not a pair: write LETTER=NUMBER, "
                  "e.g. A=2"),
        });
}

TEST_CASE("an answer file may start with a byte order mark") {
    const std::vector<PaperQuestion> paper = samplePaper();
    const AnswerSheet sheet = readAnswerSheet("answers.txt",
                                              "\xEF\xBB\xBF"
                                              "1 C\n",
                                              paper);
    CHECK(sheet.diagnostics.empty());
    CHECK(sheet.entries == std::vector<AnswerSheetEntry>{{1, ChoiceAnswer{{2}}, 1}});
}

TEST_CASE("an answer file that is not UTF-8 is rejected where the bad byte is") {
    const std::vector<PaperQuestion> paper = samplePaper();
    const AnswerSheet sheet = readAnswerSheet("answers.txt", "1 B\n7 \xD6\xCA\xC1\xBF\n", paper);
    CHECK(sheet.entries.empty());
    CHECK(sheet.diagnostics ==
          std::vector<Diagnostic>{
              error(2, 3, "not-utf8",
                    "the file is not UTF-8 (byte 0xD6 starts no UTF-8 character) and looks "
                    "GBK-encoded; convert it with `iconv -f GBK -t UTF-8 IN > OUT` or save it as "
                    "UTF-8 in your editor")});
}
