// Counts of a bank's questions by type, category and difficulty (tqm bank stats, the GUI).
#pragma once

#include <map>
#include <string>

#include "bank/bank.h"

namespace tqm::bank {

struct BankStats {
    std::size_t questions = 0;
    double totalPoints = 0.0;
    std::map<std::string, std::size_t> byType;      // typeName -> count
    std::map<std::string, std::size_t> byCategory;  // category id -> questions directly in it
    std::map<int, std::size_t> byDifficulty;        // 1..5 -> count
};

BankStats computeStats(const Bank& bank);

}  // namespace tqm::bank
