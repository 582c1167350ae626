// What the session tests share: a database on a fake clock with one exam, two people and a
// five-question paper whose key every test can see.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>

#include <catch2/catch.hpp>

#include "../store/store_test_support.h"
#include "exam/paper_question.h"
#include "session/exam_service.h"
#include "store/database.h"
#include "store/people_repository.h"

namespace tqm::sessiontest {

constexpr std::int64_t kStart = 1795516200000;  // storetest::knownMoment() in Unix ms
inline const std::string kBankSha(64, 'a');

// 1 single choice (B right, 2 points), 2 true/false (true, 1 point), 3 multiple choice (A and
// C right, 2 points, partial), 4 two blanks (PDCA | 戴明, 2 points), 5 essay (10 points).
// Categories: basics (1, 2), tools (3, 4), practice (5). 17 points in all.
inline std::vector<exam::PaperQuestion> samplePaper() {
    std::vector<exam::PaperQuestion> paper(5);
    for (std::size_t i = 0; i < paper.size(); ++i) {
        paper[i].bankId = "tqm-demo";
        paper[i].questionId = "q" + std::to_string(i + 1);
    }
    paper[0].type = bank::QuestionType::SingleChoice;
    paper[0].category = "basics";
    paper[0].stem = "PDCA 循环的第二步是？";
    paper[0].options = {{"计划", false}, {"执行", true}, {"检查", false}};
    paper[0].points = 200;
    paper[1].type = bank::QuestionType::TrueFalse;
    paper[1].category = "basics";
    paper[1].stem = "质量是设计和制造出来的。";
    paper[1].answerTrue = true;
    paper[1].points = 100;
    paper[2].type = bank::QuestionType::MultipleChoice;
    paper[2].category = "tools";
    paper[2].stem = "属于 QC 七大手法的是？";
    paper[2].options = {{"排列图", true}, {"头脑风暴", false}, {"控制图", true}};
    paper[2].choiceScoring = bank::MultipleChoiceScoring::Partial;
    paper[2].points = 200;
    paper[3].type = bank::QuestionType::FillBlank;
    paper[3].category = "tools";
    paper[3].stem = "____ 循环由 ____ 推广。";
    paper[3].blanks = {{{"PDCA"}, std::nullopt, 0.0}, {{"戴明"}, std::nullopt, 0.0}};
    paper[3].points = 200;
    paper[4].type = bank::QuestionType::ShortAnswer;
    paper[4].category = "practice";
    paper[4].stem = "简述 5S 的内容。";
    paper[4].referenceAnswer = "整理、整顿、清扫、清洁、素养";
    paper[4].points = 1000;
    return paper;
}

inline session::AssembledPaper assembled(std::vector<exam::PaperQuestion> questions = samplePaper(),
                                         std::int64_t seed = 7) {
    return {std::move(questions), seed, "tqm-demo", "2026.1", kBankSha};
}

inline store::ExamSettings sampleSettings() {
    store::ExamSettings s;
    s.title = "质量月考试";
    s.timeLimit = std::chrono::minutes(30);
    s.passMark = 1000;
    s.attemptsAllowed = 2;
    s.combine = store::AttemptsCombine::Highest;
    s.showAnswers = store::ShowAnswers::AfterSubmit;
    s.timerPolicy = exam::TimerPolicy::DeadlineRuns;
    s.paperMode = store::PaperMode::Same;
    s.seed = 42;
    return s;
}

// A database (in memory unless a file is given) with people E001 张三 and E002 李四 and the exam
// `settings` created at kStart.
struct Fixture {
    explicit Fixture(store::ExamSettings settings = sampleSettings(),
                     const std::filesystem::path& file = store::kInMemory)
        : db(std::move(*store::Database::open(file, clock).database)), service(db) {
        store::PeopleRepository people(db);
        people.upsert({"E001", "张三", std::string("一车间"), {}, {}});
        people.upsert({"E002", "李四", std::string("二车间"), {}, {}});
        zhang = people.findByEmployeeNo("E001")->id;
        li = people.findByEmployeeNo("E002")->id;
        examId = *service.createExam(settings).examId;
    }

    std::int64_t startFor(std::int64_t person) {
        return service.start(examId, person, assembled()).attempt->attempt.id;
    }

    int count(const std::string& sql) { return db.sql().execAndGet(sql).getInt(); }

    FakeClock clock{storetest::knownMoment()};
    store::Database db;
    session::ExamService service;
    std::int64_t zhang = 0;
    std::int64_t li = 0;
    std::int64_t examId = 0;
};

}  // namespace tqm::sessiontest

namespace Catch {
template <>
struct StringMaker<tqm::session::Refusal> {
    static std::string convert(const tqm::session::Refusal& refusal) {
        return refusal.code + ": " + refusal.message;
    }
};
}  // namespace Catch
