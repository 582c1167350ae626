#include "bank/bank_stats.h"

namespace tqm::bank {

// Every type, every difficulty 1..5 and every category of the tree appear even with a count of
// zero, so a trainer reading the figures sees the gaps in a bank, not only what it holds.
BankStats computeStats(const Bank& bank) {
    BankStats stats;
    for (QuestionType type : kAllQuestionTypes) stats.byType[std::string(typeName(type))] = 0;
    for (int difficulty = 1; difficulty <= 5; ++difficulty) stats.byDifficulty[difficulty] = 0;
    for (const Category* category : flattenCategories(bank.categories))
        stats.byCategory[std::string(category->id)] = 0;

    stats.questions = bank.questions.size();
    for (const Question& q : bank.questions) {
        stats.totalPoints += q.points;
        ++stats.byType[std::string(typeName(q.type))];
        ++stats.byCategory[std::string(q.category)];
        ++stats.byDifficulty[q.difficulty];
    }
    return stats;
}

}  // namespace tqm::bank
