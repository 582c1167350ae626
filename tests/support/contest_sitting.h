// A person sitting a competition on a fake clock, as the competition tests need it: the first
// `right` true/false questions answered right and the rest wrong, one every 10 seconds, and the
// paper submitted after `minutes` in all.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "base/clock.h"
#include "compete/contest_setup.h"
#include "exam/answer.h"
#include "store/database.h"
#include "store/people_repository.h"

namespace tqm::testsupport {

inline void sitContest(session::ExamService& service, store::Database& db, FakeClock& clock,
                       const compete::Competition& competition, const std::string& employeeNo,
                       int right, int minutes) {
    const store::Person person = *store::PeopleRepository(db).findByEmployeeNo(employeeNo);
    const session::SittingResult sitting =
        compete::openContestSitting(service, competition, person);
    REQUIRE(sitting.attempt);
    const std::int64_t attempt = sitting.attempt->attempt.id;
    const std::vector<exam::PaperQuestion> paper = service.attempts().paper(attempt);
    for (std::size_t i = 0; i < paper.size(); ++i) {
        clock.advance(std::chrono::seconds(10));
        const bool value = static_cast<int>(i) < right ? paper[i].answerTrue : !paper[i].answerTrue;
        REQUIRE(service.answer(attempt, i + 1, exam::TrueFalseAnswer{value}).receipt);
    }
    clock.advance(std::chrono::minutes(minutes) -
                  std::chrono::seconds(10 * static_cast<int>(paper.size())));
    REQUIRE(service.submit(attempt).submission);
}

}  // namespace tqm::testsupport
