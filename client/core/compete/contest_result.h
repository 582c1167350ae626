// One person's finished attempt at a competition, as a result package carries it and as the
// organizer's database keeps it once merged: who (工号, name, unit as the workstation knew them),
// every answer with its time, and the figures the ranking uses.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "exam/points.h"

namespace tqm::compete {

struct ContestAnswer {
    std::size_t seq = 0;          // the question's number on the person's paper
    std::string answer;           // exam/answer.h's text form; "" when cleared
    std::int64_t answeredAt = 0;  // Unix ms UTC
    int revision = 0;
    bool operator==(const ContestAnswer&) const = default;
};

struct ContestResult {
    std::string employeeNo;  // 工号
    std::string name;
    std::string unit;
    std::string paperSha256;  // of the person's paper as shown
    exam::Centipoints score = 0;
    exam::Centipoints maxPoints = 0;
    std::int64_t startedAt = 0;    // Unix ms UTC
    std::int64_t submittedAt = 0;  // Unix ms UTC
    std::int64_t timeUsedMs = 0;
    std::vector<ContestAnswer> answers;  // in seq order
    bool operator==(const ContestResult&) const = default;
};

}  // namespace tqm::compete
