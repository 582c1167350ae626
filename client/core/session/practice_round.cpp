#include "session/practice_round.h"

#include <algorithm>

namespace tqm::session {

namespace {

bool needsAnotherGo(const PracticeFeedback& feedback) {
    switch (feedback.outcome) {
        case PracticeOutcome::Recorded:
        case PracticeOutcome::Reviewed:
            return !feedback.correct;
        case PracticeOutcome::Skipped:
            return true;
        case PracticeOutcome::Unscored:
            return false;
    }
    return false;
}

}  // namespace

PracticeRound::PracticeRound(store::Database& database, const Clock& clock, std::int64_t personId,
                             std::vector<RoundPart> parts, const PracticeSettings& settings) {
    std::erase_if(parts, [](const RoundPart& part) { return part.items.empty() || !part.bank; });
    parts_ = std::move(parts);
    for (std::size_t p = 0; p < parts_.size(); ++p) {
        sessions_.push_back(std::make_unique<PracticeSession>(database, clock, *parts_[p].bank,
                                                              personId, parts_[p].items, settings));
        for (std::size_t i = 0; i < parts_[p].items.size(); ++i) places_.push_back({p, i});
    }
    feedback_.resize(places_.size());
}

PracticeRound::~PracticeRound() = default;

const exam::PaperQuestion& PracticeRound::question(std::size_t index) const {
    const Place& place = places_.at(index);
    return sessions_[place.part]->question(place.item);
}

const bank::Question& PracticeRound::bankQuestion(std::size_t index) const {
    const Place& place = places_.at(index);
    return *parts_[place.part].items[place.item].question;
}

const bank::Bank& PracticeRound::bankOf(std::size_t index) const {
    return *parts_[places_.at(index).part].bank;
}

PracticeFeedback PracticeRound::answer(std::size_t index, const exam::Answer& answer) {
    std::optional<PracticeFeedback>& given = feedback_.at(index);
    if (given) return *given;
    const Place& place = places_[index];
    given = sessions_[place.part]->answer(place.item, answer);
    return *given;
}

const std::optional<PracticeFeedback>& PracticeRound::feedback(std::size_t index) const {
    return feedback_.at(index);
}

RoundTally PracticeRound::tally() const {
    RoundTally tally;
    tally.questions = places_.size();
    for (const std::optional<PracticeFeedback>& feedback : feedback_) {
        if (!feedback) continue;
        ++tally.checked;
        switch (feedback->outcome) {
            case PracticeOutcome::Recorded:
            case PracticeOutcome::Reviewed:
                ++tally.scored;
                if (feedback->correct) ++tally.correct;
                break;
            case PracticeOutcome::Skipped:
                ++tally.skipped;
                break;
            case PracticeOutcome::Unscored:
                ++tally.unscored;
                break;
        }
    }
    return tally;
}

std::vector<std::size_t> PracticeRound::toPractiseAgain() const {
    std::vector<std::size_t> indexes;
    for (std::size_t i = 0; i < feedback_.size(); ++i)
        if (feedback_[i] && needsAnotherGo(*feedback_[i])) indexes.push_back(i);
    return indexes;
}

std::vector<RoundPart> PracticeRound::partsToPractiseAgain() const {
    std::vector<RoundPart> again;
    for (std::size_t index : toPractiseAgain()) {
        const Place& place = places_[index];
        const RoundPart& part = parts_[place.part];
        if (again.empty() || again.back().bank != part.bank) again.push_back({part.bank, {}});
        PracticeItem item = part.items[place.item];
        item.review = false;  // a second go is practice; a review is what the book says is due
        again.back().items.push_back(item);
    }
    return again;
}

}  // namespace tqm::session
