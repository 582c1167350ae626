// An exam with known results, made through the core on a fake clock, shared by the results
// tests of the core and of the client.
//
// Paper (the same for everyone), 100 points, pass mark 60:
//   q1 single choice 30 (B right), category 基础      q2 true/false 10 (true), 基础
//   q3 single choice 30 (A right), 工具               q4 multiple choice 10 (A and C), 工具
//   q5 true/false 20 (false), 工具
// People (R right, W wrong; start, minutes, score):
//   E001 张三 一车间 质检员           R R R W W   t0       20 min   70 pass
//   E002 李四 二车间 班组长、质检员   R R W W W   t0+20    25 min   40 fail
//   E003 王五 一车间   attempt 1      W R W W W   t0+45     5 min   10 fail
//                      attempt 2      W R R W W   t0+50    15 min   40 fail (counts)
//   E004 赵六 质检科                  W R W W R   t0+65    29 min   30 fail
//   E005 钱七 二车间                  R R W W R   t0+94    10 min   60 pass
//   E006 孙八 质检科                  started at t0+104, in progress
// Wrong choices: q1 E003 A, E004 C; q3 E002 B, E004 B, E005 C; q4 everyone A only.
// So q2 is too easy (everyone right), q4 too hard (nobody), q5 discriminates negatively (only
// the lowest and a middle score got it right).
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "base/clock.h"
#include "exam/answer.h"
#include "exam/paper_question.h"
#include "session/exam_service.h"
#include "store/database.h"
#include "store/people_repository.h"

namespace tqm::resultstest {

inline constexpr std::int64_t kStartMs = 1795516200000;  // 2026-11-24 10:30:00 UTC
inline constexpr std::int64_t kMinuteMs = 60000;

inline std::vector<exam::PaperQuestion> resultsPaper() {
    std::vector<exam::PaperQuestion> paper(5);
    const char* categories[] = {"基础", "基础", "工具", "工具", "工具"};
    const exam::Centipoints points[] = {3000, 1000, 3000, 1000, 2000};
    for (std::size_t i = 0; i < paper.size(); ++i) {
        paper[i].bankId = "tqm-demo";
        paper[i].questionId = "q" + std::to_string(i + 1);
        paper[i].category = categories[i];
        paper[i].points = points[i];
    }
    paper[0].type = bank::QuestionType::SingleChoice;
    paper[0].stem = "PDCA 循环的第二步是？";
    paper[0].options = {{"计划", false}, {"执行", true}, {"检查", false}};
    paper[1].type = bank::QuestionType::TrueFalse;
    paper[1].stem = "质量是设计和制造出来的。";
    paper[1].answerTrue = true;
    paper[2].type = bank::QuestionType::SingleChoice;
    paper[2].stem = "用于找出主要问题的工具是？";
    paper[2].options = {{"排列图", true}, {"头脑风暴", false}, {"控制图", false}};
    paper[3].type = bank::QuestionType::MultipleChoice;
    paper[3].stem = "属于 QC 七大手法的是？";
    paper[3].options = {{"排列图", true}, {"头脑风暴", false}, {"控制图", true}};
    paper[4].type = bank::QuestionType::TrueFalse;
    paper[4].stem = "检验能够提高产品质量。";
    paper[4].answerTrue = false;
    return paper;
}

struct SampleExam {
    std::int64_t examId = 0;
    std::vector<std::int64_t> people;  // E001..E006
};

// Fills an empty database (opened on `clock`, which stands at kStartMs) with the people and the
// exam above; the clock ends at t0+104 minutes.
inline SampleExam fillSampleExam(store::Database& db, FakeClock& clock) {
    using namespace std::chrono_literals;
    using exam::ChoiceAnswer;
    using exam::TrueFalseAnswer;
    store::PeopleRepository people(db);
    const std::vector<store::PersonUpdate> roster = {
        {"E001", "张三", std::string("一车间"), {}, std::vector<std::string>{"质检员"}},
        {"E002", "李四", std::string("二车间"), {}, std::vector<std::string>{"质检员", "班组长"}},
        {"E003", "王五", std::string("一车间"), {}, {}},
        {"E004", "赵六", std::string("质检科"), {}, {}},
        {"E005", "钱七", std::string("二车间"), {}, {}},
        {"E006", "孙八", std::string("质检科"), {}, {}},
    };
    SampleExam sample;
    for (const store::PersonUpdate& person : roster) {
        people.upsert(person);
        sample.people.push_back(people.findByEmployeeNo(person.employeeNo)->id);
    }
    session::ExamService service(db);
    store::ExamSettings settings;
    settings.title = "质量月考试";
    settings.timeLimit = 30min;
    settings.passMark = 6000;
    settings.attemptsAllowed = 2;
    settings.combine = store::AttemptsCombine::Highest;
    settings.paperMode = store::PaperMode::Same;
    settings.seed = 42;
    sample.examId = *service.createExam(settings).examId;

    // Right or wrong per question; a wrong choice picks the option given.
    struct Sitting {
        std::size_t person;
        std::chrono::minutes minutes;
        std::vector<exam::Answer> answers;
    };
    const ChoiceAnswer a{{0}}, b{{1}}, c{{2}}, justA{{0}};
    const TrueFalseAnswer yes{true}, no{false};
    const std::vector<Sitting> sittings = {
        {0, 20min, {b, yes, a, justA, yes}},  // 70
        {1, 25min, {b, yes, b, justA, yes}},  // 40
        {2, 5min, {a, yes, b, justA, yes}},   // 10
        {2, 15min, {a, yes, a, justA, yes}},  // 40
        {3, 29min, {c, yes, b, justA, no}},   // 30
        {4, 10min, {b, yes, c, justA, no}},   // 60
    };
    const session::AssembledPaper paper{resultsPaper(), 7, "tqm-demo", "2026.1",
                                        std::string(64, 'a')};
    for (const Sitting& sitting : sittings) {
        const std::int64_t attempt =
            service.start(sample.examId, sample.people[sitting.person], paper).attempt->attempt.id;
        clock.advance(sitting.minutes);
        for (std::size_t seq = 1; seq <= sitting.answers.size(); ++seq)
            service.answer(attempt, seq, sitting.answers[seq - 1]);
        service.submit(attempt);
    }
    service.start(sample.examId, sample.people[5], paper);
    return sample;
}

}  // namespace tqm::resultstest
