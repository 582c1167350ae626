#include "exam/shown_order.h"

#include <numeric>

namespace tqm::exam {

std::vector<std::size_t> randomPermutation(std::size_t count, bool avoidAuthored,
                                           SeededRandom& random) {
    std::vector<std::size_t> order(count);
    const auto authored = [&] {
        for (std::size_t i = 0; i < count; ++i)
            if (order[i] != i) return false;
        return true;
    };
    do {
        std::iota(order.begin(), order.end(), std::size_t{0});
        random.shuffle(order);
    } while (avoidAuthored && count > 1 && authored());
    return order;
}

ShownOrder randomShownOrder(const bank::Question& question, bool shuffleChoices,
                            SeededRandom& random) {
    ShownOrder shown;
    switch (question.type) {
        case bank::QuestionType::SingleChoice:
        case bank::QuestionType::MultipleChoice:
            if (shuffleChoices)
                shown.options = randomPermutation(question.choices.size(), false, random);
            break;
        case bank::QuestionType::Ordering:
            shown.options = randomPermutation(question.choices.size(), true, random);
            break;
        case bank::QuestionType::Matching:
            shown.options = randomPermutation(question.pairs.size(), true, random);
            break;
        default:
            break;
    }
    return shown;
}

}  // namespace tqm::exam
