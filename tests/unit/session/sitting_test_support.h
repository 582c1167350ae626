// What the tests of making exams from blueprints and sitting them share: the demo bank and
// blueprint of question-bank/, a database on a fake clock with two people and no exam yet, and
// small banks and blueprints written into a temporary folder.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "../store/store_test_support.h"
#include "session/exam_service.h"
#include "session/exam_setup.h"
#include "store/database.h"
#include "store/people_repository.h"

namespace tqm::sittingtest {

constexpr std::int64_t kStart = 1795516200000;  // storetest::knownMoment() in Unix ms
constexpr std::int64_t kMinute = 60000;
constexpr std::int64_t kExamSeed = 20261124;

// question-bank/blueprints/tqm-demo-exam.xml: 30 questions, 100 points, a paper per person,
// avoiding the person's last two attempts.
inline std::filesystem::path demoBlueprint() {
    return (std::filesystem::path(TQM_SOURCE_DIR) / "question-bank" / "blueprints" /
            "tqm-demo-exam.xml")
        .lexically_normal();
}

inline std::filesystem::path demoBank() {
    return (std::filesystem::path(TQM_SOURCE_DIR) / "question-bank" / "banks" / "tqm-demo.xml")
        .lexically_normal();
}

// One hour, a pass mark of 60, two attempts, the exam's seed kExamSeed.
inline session::ExamSetup demoSetup() {
    session::ExamSetup setup;
    setup.blueprintFile = demoBlueprint();
    setup.timeLimit = std::chrono::minutes(60);
    setup.passMark = 6000;
    setup.attemptsAllowed = 2;
    setup.seed = kExamSeed;
    return setup;
}

// A bank "mini" (version 1.0.0) of `count` true/false questions tf-01, tf-02, ... in category
// basics, the odd ones true.
inline std::string miniBank(int count, std::string_view bankId = "mini") {
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bank format=\"1\" id=\"" +
                      std::string(bankId) +
                      "\" version=\"1.0.0\" language=\"zh-CN\">\n"
                      "  <title>小题库</title>\n"
                      "  <categories>\n"
                      "    <category id=\"basics\" title=\"基础\"/>\n"
                      "  </categories>\n"
                      "  <questions>\n";
    for (int i = 1; i <= count; ++i) {
        const std::string id = (i < 10 ? "tf-0" : "tf-") + std::to_string(i);
        xml += "    <true-false id=\"" + id + "\" category=\"basics\" answer=\"" +
               (i % 2 == 1 ? "true" : "false") + "\">\n      <stem>判断题 " + std::to_string(i) +
               "</stem>\n    </true-false>\n";
    }
    return xml + "  </questions>\n</bank>\n";
}

// A blueprint "mini-exam" drawing `draw` true/false questions of bank "mini", 5 points each; the
// <draw> element is on line 6, column 5.
inline std::string miniBlueprint(int draw, int avoidRecent = 0, std::string_view paper = "same") {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<blueprint format=\"1\" id=\"mini-exam\" bank=\"mini\">\n"
           "  <title>小测验</title>\n"
           "  <options avoid-recent=\"" +
           std::to_string(avoidRecent) + "\" paper=\"" + std::string(paper) +
           "\"/>\n"
           "  <section title=\"一、判断题\" type=\"true-false\" points=\"5\">\n"
           "    <draw count=\"" +
           std::to_string(draw) +
           "\" category=\"basics\"/>\n"
           "  </section>\n"
           "</blueprint>\n";
}

// A database on a clock stopped at kStart, with people E001 张三 and E002 李四 and no exam.
struct Sitting {
    Sitting() {
        store::PeopleRepository people(db);
        people.upsert({"E001", "张三", std::string("一车间"), {}, {}});
        people.upsert({"E002", "李四", std::string("二车间"), {}, {}});
        zhang = *people.findByEmployeeNo("E001");
        li = *people.findByEmployeeNo("E002");
    }

    std::int64_t createExam(const session::ExamSetup& setup) {
        const session::ExamSetupResult created = session::createExamFromBlueprint(service, setup);
        INFO(created.diagnostics.size()
             << " diagnostics, " << created.problems.size() << " problems");
        REQUIRE(created.ok());
        return *created.examId;
    }

    int count(const std::string& sql) { return db.sql().execAndGet(sql).getInt(); }

    // The question ids of an attempt's paper, in seq order.
    std::vector<std::string> questionIds(std::int64_t attemptId) {
        return service.attempts().questionIds(attemptId);
    }

    FakeClock clock{storetest::knownMoment()};
    store::Database db = std::move(*store::Database::open(store::kInMemory, clock).database);
    session::ExamService service{db};
    store::Person zhang;
    store::Person li;
};

}  // namespace tqm::sittingtest
