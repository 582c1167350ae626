// JSON results: the same rows, numbers as numbers, stable keys, times with their offset.
#include <catch2/catch.hpp>

#include "report/json_export.h"
#include "report_samples.h"

TEST_CASE("the JSON export writes people and answers with numbers as numbers") {
    const auto people = tqm::reporttest::samplePeople();
    const auto answers = tqm::reporttest::sampleAnswers();
    CHECK(tqm::report::resultsJson(std::span(people).first(2), std::span(answers).subspan(2, 2)) ==
          R"({
  "utcOffset": "+08:00",
  "people": [
    {
      "employeeNo": "E001",
      "name": "张三",
      "unit": "一车间",
      "score": 87.5,
      "max": 100,
      "verdict": "pass",
      "timeUsedSeconds": 3909,
      "submittedAt": "2026-11-24T09:30:05+08:00"
    },
    {
      "employeeNo": "E002",
      "name": "王\"小\"明",
      "unit": "二车间,质检科",
      "score": 90,
      "max": 100,
      "verdict": "fail",
      "timeUsedSeconds": 59,
      "submittedAt": "2026-11-24T00:00:00+08:00"
    }
  ],
  "answers": [
    {
      "employeeNo": "E002",
      "name": "王\"小\"明",
      "seq": 3,
      "questionId": "q-ma",
      "type": "matching",
      "answer": "A=1,B=3",
      "earned": 0,
      "max": 3,
      "status": "wrong"
    },
    {
      "employeeNo": "E002",
      "name": "王\"小\"明",
      "seq": 4,
      "questionId": "q-sa",
      "type": "short-answer",
      "answer": "-5 是负数",
      "earned": 0,
      "max": 10,
      "status": "pending"
    }
  ]
}
)");
}

TEST_CASE("a pending result without a submission has a null time and hundredths stay exact") {
    const auto people = tqm::reporttest::samplePeople();
    const std::string json = tqm::report::resultsJson(std::span(people).subspan(2), {});
    CHECK(json.find(R"("name": "李\n四")") != std::string::npos);
    CHECK(json.find(R"("score": 0.66,)") != std::string::npos);
    CHECK(json.find(R"("verdict": "pending",)") != std::string::npos);
    CHECK(json.find(R"("submittedAt": null)") != std::string::npos);
    CHECK(json.find(R"("answers": [])") != std::string::npos);
}
