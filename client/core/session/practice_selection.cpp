#include "session/practice_selection.h"

#include <algorithm>
#include <set>
#include <string_view>

#include "exam/seeded_random.h"

namespace tqm::session {

namespace {

void addWithDescendants(const bank::Category& category, std::set<std::string_view>& ids) {
    ids.insert(category.id);
    for (const bank::Category& child : category.children) addWithDescendants(child, ids);
}

bool typeWanted(const PracticeOptions& options, bank::QuestionType type) {
    return options.types.empty() ||
           std::find(options.types.begin(), options.types.end(), type) != options.types.end();
}

// Shuffles when asked, then keeps the first `limit`.
void arrange(std::vector<PracticeItem>& items, const PracticeOptions& options) {
    if (options.order == PracticeOrder::Random) exam::SeededRandom(options.seed).shuffle(items);
    if (options.limit > 0 && items.size() > options.limit) items.resize(options.limit);
}

}  // namespace

PracticeSelection selectByCategories(const bank::Bank& bank,
                                     std::span<const CategoryChoice> categories,
                                     const PracticeOptions& options) {
    PracticeSelection selection;
    DiagnosticSink sink(selection.diagnostics, std::string(bank.id));
    std::set<std::string_view> wanted;
    for (const CategoryChoice& choice : categories) {
        const bank::Category* category = bank.findCategory(choice.id);
        if (!category) {
            sink.error(0, 0, "unknown-category",
                       "the bank " + std::string(bank.id) + " has no category \"" + choice.id +
                           "\"; no questions were chosen from it.");
            continue;
        }
        if (choice.withSubcategories)
            addWithDescendants(*category, wanted);
        else
            wanted.insert(category->id);
    }
    for (const bank::Question& question : bank.questions) {
        if (wanted.contains(question.category) && typeWanted(options, question.type))
            selection.items.push_back({&question, false});
    }
    arrange(selection.items, options);
    return selection;
}

PracticeSelection selectDueReviews(const bank::Bank& bank, std::span<const store::BookEntry> due,
                                   const PracticeOptions& options) {
    PracticeSelection selection;
    DiagnosticSink sink(selection.diagnostics, std::string(bank.id));
    for (const store::BookEntry& entry : due) {
        if (entry.bankId != bank.id) continue;
        const bank::Question* question = bank.findQuestion(entry.questionId);
        if (!question) {
            sink.warning(0, 0, "question-not-in-bank",
                         "the wrong-answer book lists question \"" + entry.questionId +
                             "\", which the bank " + std::string(bank.id) +
                             " no longer has; it is left out of this review.");
            continue;
        }
        if (typeWanted(options, question->type)) selection.items.push_back({question, true});
    }
    arrange(selection.items, options);
    return selection;
}

}  // namespace tqm::session
