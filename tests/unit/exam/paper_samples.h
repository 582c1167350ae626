// Small frozen questions for the exam tests, built directly so each test shows its whole key.
#pragma once

#include <initializer_list>
#include <string>

#include "exam/paper_question.h"

namespace tqm::exam::testing {

inline PaperQuestion choiceQuestion(bank::QuestionType type, std::initializer_list<bool> key,
                                    Centipoints points = 200) {
    PaperQuestion q;
    q.questionId = "q-choice";
    q.type = type;
    q.category = "basics";
    q.points = points;
    char label = 'a';
    for (bool correct : key) q.options.push_back({std::string(1, label++), correct});
    return q;
}

inline PaperQuestion trueFalseQuestion(bool answerTrue) {
    PaperQuestion q;
    q.questionId = "q-tf";
    q.type = bank::QuestionType::TrueFalse;
    q.category = "basics";
    q.points = 100;
    q.answerTrue = answerTrue;
    return q;
}

inline PaperQuestion blankQuestion(std::size_t blanks, Centipoints points = 200) {
    PaperQuestion q;
    q.questionId = "q-blank";
    q.type = bank::QuestionType::FillBlank;
    q.category = "basics";
    q.points = points;
    q.blanks.resize(blanks);
    return q;
}

// Items shown as A..D; the right order is C, A, D, B.
inline PaperQuestion orderingQuestion(OrderingScoring scoring) {
    PaperQuestion q;
    q.questionId = "q-order";
    q.type = bank::QuestionType::Ordering;
    q.category = "tools";
    q.points = 400;
    q.orderingScoring = scoring;
    q.options = {{"执行", false}, {"处理", false}, {"计划", false}, {"检查", false}};
    q.correctOrder = {2, 0, 3, 1};
    return q;
}

// Prompts A..C; answers 1..4, the right ones 2, 1, 4 (answer 3 is a distractor).
inline PaperQuestion matchingQuestion() {
    PaperQuestion q;
    q.questionId = "q-match";
    q.type = bank::QuestionType::Matching;
    q.category = "tools";
    q.points = 300;
    q.matchPrompts = {"排列图", "因果图", "控制图"};
    q.matchAnswers = {"找原因", "找主要问题", "看分布", "判稳定"};
    q.matchKey = {1, 0, 3};
    return q;
}

inline PaperQuestion essayQuestion(Centipoints points = 1000) {
    PaperQuestion q;
    q.questionId = "q-essay";
    q.type = bank::QuestionType::ShortAnswer;
    q.category = "practice";
    q.points = points;
    return q;
}

}  // namespace tqm::exam::testing
