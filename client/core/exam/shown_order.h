// The order in which a question's parts are shown, drawn from a seeded generator so that a paper
// or a practice round can be rebuilt exactly. Paper assembly and practice both use it, so a
// question looks the same way wherever a learner meets it.
#pragma once

#include <cstddef>
#include <vector>

#include "bank/question.h"
#include "exam/paper_question.h"
#include "exam/seeded_random.h"

namespace tqm::exam {

// 0 .. count-1 in a random order. With `avoidAuthored` and count > 1 the result is never the
// authored order 0, 1, 2, ... (drawn again until it differs, so every other order stays equally
// likely).
std::vector<std::size_t> randomPermutation(std::size_t count, bool avoidAuthored,
                                           SeededRandom& random);

// Choice options are shuffled only when `shuffleChoices` is set. Ordering items and matching
// answers are always shuffled and never shown in their authored order, because that order is
// the answer key. Other types have nothing to order.
ShownOrder randomShownOrder(const bank::Question& question, bool shuffleChoices,
                            SeededRandom& random);

}  // namespace tqm::exam
