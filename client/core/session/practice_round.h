// A practice round as a learner goes through it: the chosen questions of one or more banks (a
// review of the wrong-answer book may span several), each checked once, and the tally the round's
// summary shows — how many were right, which were wrong or skipped, and a new round of just
// those ("practise the wrong ones again"). Recording is PracticeSession's: one transaction per
// answer, wrong answers into the wrong-answer book, due entries reviewed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "session/practice_session.h"

namespace tqm::session {

// The questions chosen from one bank, which must outlive the round.
struct RoundPart {
    const bank::Bank* bank = nullptr;
    std::vector<PracticeItem> items;
};

struct RoundTally {
    std::size_t questions = 0;
    std::size_t checked = 0;   // answered, skipped or an essay shown
    std::size_t scored = 0;    // answered and scored (recorded or reviewed)
    std::size_t correct = 0;   // of the scored, full points
    std::size_t skipped = 0;   // checked without an answer
    std::size_t unscored = 0;  // essays
    bool operator==(const RoundTally&) const = default;
};

class PracticeRound {
  public:
    // Parts without items are dropped; questions keep the parts' order.
    PracticeRound(store::Database& database, const Clock& clock, std::int64_t personId,
                  std::vector<RoundPart> parts, const PracticeSettings& settings = {});
    ~PracticeRound();
    PracticeRound(const PracticeRound&) = delete;
    PracticeRound& operator=(const PracticeRound&) = delete;

    std::size_t size() const { return places_.size(); }
    bool empty() const { return places_.empty(); }
    // The question as shown, in the round's order.
    const exam::PaperQuestion& question(std::size_t index) const;
    // The question in its bank, for what the frozen copy does not carry (its source).
    const bank::Question& bankQuestion(std::size_t index) const;
    const bank::Bank& bankOf(std::size_t index) const;

    // Checks the answer once: a question already checked returns its first feedback and records
    // nothing more, so a double click or a second Enter cannot count an answer twice.
    PracticeFeedback answer(std::size_t index, const exam::Answer& answer);
    // The feedback given to question `index`, once it is checked.
    const std::optional<PracticeFeedback>& feedback(std::size_t index) const;

    RoundTally tally() const;
    // The questions answered wrong or partly right, and the skipped ones, in round order.
    std::vector<std::size_t> toPractiseAgain() const;
    // Those questions as parts of a new round.
    std::vector<RoundPart> partsToPractiseAgain() const;

  private:
    struct Place {
        std::size_t part = 0;
        std::size_t item = 0;
    };

    std::vector<RoundPart> parts_;
    std::vector<std::unique_ptr<PracticeSession>> sessions_;  // one per part
    std::vector<Place> places_;
    std::vector<std::optional<PracticeFeedback>> feedback_;
};

}  // namespace tqm::session
