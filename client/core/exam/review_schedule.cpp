#include "exam/review_schedule.h"

#include <algorithm>

namespace tqm::exam {

ReviewState enterBook(const ReviewState* existing, std::chrono::sys_days day) {
    ReviewState state;
    if (existing) state.easeHundredths = existing->easeHundredths;
    state.intervalDays = 1;
    state.due = day + std::chrono::days{1};
    return state;
}

ReviewState review(const ReviewState& state, int grade, std::chrono::sys_days day,
                   const ReviewSettings& settings) {
    const int q = std::clamp(grade, 0, 5);
    ReviewState next = state;
    if (q >= 3) {
        if (state.repetitions == 0) {
            next.intervalDays = 1;
        } else if (state.repetitions == 1) {
            next.intervalDays = 6;
        } else {
            // I(n) = I(n-1) x EF, a fraction rounded up.
            const long long scaled =
                static_cast<long long>(state.intervalDays) * state.easeHundredths;
            next.intervalDays = static_cast<int>((scaled + 99) / 100);
        }
        next.repetitions = state.repetitions + 1;
    } else {
        next.repetitions = 0;
        next.intervalDays = 1;
    }
    // EF' = EF + (0.1 - (5-q) x (0.08 + (5-q) x 0.02)), in hundredths.
    const int d = 5 - q;
    next.easeHundredths = std::max(kMinEaseHundredths, state.easeHundredths + 10 - d * (8 + d * 2));
    next.due = day + std::chrono::days{next.intervalDays};
    next.inBook = next.repetitions < settings.correctInARowToLeave;
    return next;
}

ReviewState reviewCorrect(const ReviewState& state, std::chrono::sys_days day,
                          const ReviewSettings& settings) {
    return review(state, settings.correctGrade, day, settings);
}

ReviewState reviewWrong(const ReviewState& state, std::chrono::sys_days day,
                        const ReviewSettings& settings) {
    return review(state, settings.wrongGrade, day, settings);
}

bool isDue(const ReviewState& state, std::chrono::sys_days day) {
    return state.inBook && state.due <= day;
}

}  // namespace tqm::exam
