#include "exam/paper_assembly.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "exam/seeded_random.h"
#include "exam/shown_order.h"

namespace tqm::exam {

namespace {

struct SeenQuestion {
    std::uint32_t question = 0;
    std::uint32_t attemptsAgo = 0;
};

bool anyOf(const std::vector<std::string_view>& has, const std::vector<std::string>& wanted) {
    if (wanted.empty()) return true;
    return std::any_of(has.begin(), has.end(), [&](std::string_view value) {
        return std::find(wanted.begin(), wanted.end(), value) != wanted.end();
    });
}

// What one rule accepts, as a test of a single question.
class RuleFilter {
  public:
    RuleFilter(const DrawRule& rule, bank::QuestionType type, CategoryRange range,
               const AssemblyIndex& index)
        : rule_(rule), type_(type), range_(range), index_(index) {}

    bool matches(std::uint32_t q) const {
        const bank::Question& question = index_.bank().questions[q];
        const int difficulty = index_.difficultyOf(q);
        return question.type == type_ && difficulty >= rule_.minDifficulty &&
               difficulty <= rule_.maxDifficulty && range_.contains(index_.categoryNumberOf(q)) &&
               anyOf(question.tags, rule_.tags) && anyOf(question.positions, rule_.positions);
    }
    bool filtersText() const { return !rule_.tags.empty() || !rule_.positions.empty(); }

  private:
    const DrawRule& rule_;
    bank::QuestionType type_;
    CategoryRange range_;
    const AssemblyIndex& index_;
};

// The questions a rule may draw from: up to five slices of the index (one per difficulty), or,
// when the rule filters by tags or positions, the list of those that pass.
class Pool {
  public:
    Pool(const DrawRule& rule, bank::QuestionType type, CategoryRange range,
         const AssemblyIndex& index, const RuleFilter& filter) {
        for (int d = rule.minDifficulty; d <= rule.maxDifficulty; ++d) {
            const auto slice = index.slice(type, d, range);
            if (slice.empty()) continue;
            if (filter.filtersText()) {
                for (std::uint32_t q : slice)
                    if (filter.matches(q)) listed_.push_back(q);
            } else {
                slices_.push_back(slice);
                size_ += slice.size();
            }
        }
        if (filter.filtersText()) {
            // Bank order, so the draw does not depend on how the index groups difficulties.
            std::sort(listed_.begin(), listed_.end());
            slices_.push_back(listed_);
            size_ = listed_.size();
        }
    }
    std::size_t size() const { return size_; }
    std::uint32_t at(std::size_t k) const {
        for (const auto& slice : slices_) {
            if (k < slice.size()) return slice[k];
            k -= slice.size();
        }
        return 0;  // unreachable for k < size()
    }

  private:
    std::vector<std::uint32_t> listed_;
    std::vector<std::span<const std::uint32_t>> slices_;
    std::size_t size_ = 0;
};

std::string inQuotes(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

class Assembler {
  public:
    Assembler(const Blueprint& blueprint, const AssemblyIndex& index,
              const AssemblyRequest& request, AssembledPaper& paper)
        : blueprint_(blueprint),
          index_(index),
          random_(request.seed),
          bankFolder_(request.bankFolder),
          sink_(paper.diagnostics, blueprint.fileName),
          paper_(paper),
          chosen_(blueprint.sections.size()) {
        const std::uint32_t window = blueprint.options.avoidRecentAttempts;
        for (const auto& [id, attemptsAgo] : request.recentlySeen) {
            if (window == 0 || attemptsAgo == 0 || attemptsAgo > window) continue;
            if (const auto q = index.questionIndex(id)) seen_.push_back({*q, attemptsAgo});
        }
        std::sort(seen_.begin(), seen_.end(), [](const SeenQuestion& a, const SeenQuestion& b) {
            return a.question < b.question;
        });
    }

    void run() {
        for (std::size_t s = 0; s < blueprint_.sections.size(); ++s)
            for (const FixedQuestion& fixed : blueprint_.sections[s].fixed)
                take(s, *index_.questionIndex(fixed.questionId));
        for (std::size_t s = 0; s < blueprint_.sections.size(); ++s)
            for (std::size_t r = 0; r < blueprint_.sections[s].rules.size(); ++r) draw(s, r);
        if (hasErrors(paper_.diagnostics)) return;
        for (std::size_t s = 0; s < blueprint_.sections.size(); ++s) freezeSection(s);
    }

  private:
    void take(std::size_t section, std::uint32_t question) {
        used_.insert(question);
        usedList_.push_back(question);
        chosen_[section].push_back(question);
    }

    std::string ruleLabel(std::size_t s, std::size_t r) const {
        const BlueprintSection& section = blueprint_.sections[s];
        return "section " + std::to_string(s + 1) + " " + inQuotes(section.title) + ", rule " +
               std::to_string(r + 1) + " (" + describeRule(section.rules[r], section.type) + "): ";
    }

    void draw(std::size_t s, std::size_t r) {
        const BlueprintSection& section = blueprint_.sections[s];
        const DrawRule& rule = section.rules[r];
        const CategoryRange range = *index_.categoryRange(rule.category, rule.includeSubCategories);
        const RuleFilter filter(rule, section.type, range, index_);
        const Pool pool(rule, section.type, range, index_, filter);
        const std::size_t alreadyTaken = static_cast<std::size_t>(
            std::count_if(usedList_.begin(), usedList_.end(),
                          [&](std::uint32_t q) { return filter.matches(q); }));
        const std::size_t available = pool.size() - alreadyTaken;
        if (available < rule.count) {
            std::string message = ruleLabel(s, r) + plural(rule.count, "question", "questions") +
                                  " requested, only " + std::to_string(available) + " available";
            if (alreadyTaken > 0)
                message += " (" + plural(pool.size(), "question matches", "questions match") +
                           ", " + std::to_string(alreadyTaken) +
                           " of them fixed or drawn by an earlier rule)";
            sink_.error(rule.pos.line, rule.pos.column, "rule-unsatisfiable", std::move(message));
            return;
        }
        std::vector<SeenQuestion> seenInPool;
        for (const SeenQuestion& seen : seen_)
            if (!used_.count(seen.question) && filter.matches(seen.question))
                seenInPool.push_back(seen);
        const std::size_t unseen = available - seenInPool.size();
        std::unordered_set<std::uint32_t> seenSet;
        for (const SeenQuestion& seen : seenInPool) seenSet.insert(seen.question);
        std::vector<std::uint32_t> drawn = drawDistinct(
            pool, std::min(rule.count, unseen),
            [&](std::uint32_t q) { return used_.count(q) > 0 || seenSet.count(q) > 0; });
        if (drawn.size() < rule.count) reuseSeen(s, r, seenInPool, drawn);
        std::sort(drawn.begin(), drawn.end());
        for (std::uint32_t q : drawn) take(s, q);
    }

    // A partial Fisher-Yates shuffle of the pool's positions, kept in a sparse map so that its
    // cost follows the number drawn, not the pool's size; excluded questions are passed over.
    template <typename Excluded>
    std::vector<std::uint32_t> drawDistinct(const Pool& pool, std::size_t want,
                                            const Excluded& excluded) {
        std::vector<std::uint32_t> out;
        out.reserve(want);
        std::unordered_map<std::size_t, std::size_t> moved;
        const auto positionAt = [&](std::size_t k) {
            const auto it = moved.find(k);
            return it == moved.end() ? k : it->second;
        };
        const std::size_t size = pool.size();
        for (std::size_t i = 0; i < size && out.size() < want; ++i) {
            const std::size_t j = i + static_cast<std::size_t>(random_.below(size - i));
            const std::size_t picked = positionAt(j);
            moved[j] = positionAt(i);
            const std::uint32_t question = pool.at(picked);
            if (!excluded(question)) out.push_back(question);
        }
        return out;
    }

    void reuseSeen(std::size_t s, std::size_t r, std::vector<SeenQuestion>& seenInPool,
                   std::vector<std::uint32_t>& drawn) {
        const DrawRule& rule = blueprint_.sections[s].rules[r];
        const std::size_t unseen = drawn.size();
        // Seen longest ago first; among equals, a random order.
        random_.shuffle(seenInPool);
        std::stable_sort(seenInPool.begin(), seenInPool.end(),
                         [](const SeenQuestion& a, const SeenQuestion& b) {
                             return a.attemptsAgo > b.attemptsAgo;
                         });
        for (std::size_t i = 0; drawn.size() < rule.count; ++i)
            drawn.push_back(seenInPool[i].question);
        const std::uint32_t window = blueprint_.options.avoidRecentAttempts;
        sink_.warning(rule.pos.line, rule.pos.column, "recent-questions-reused",
                      ruleLabel(s, r) + "only " + std::to_string(unseen) + " of the " +
                          plural(rule.count, "question", "questions") +
                          " requested were not seen in the person's last " +
                          plural(window, "attempt", "attempts") + "; " +
                          plural(rule.count - unseen, "question seen before is",
                                 "questions seen before are") +
                          " reused, those seen longest ago first");
    }

    void freezeSection(std::size_t s) {
        const BlueprintSection& section = blueprint_.sections[s];
        std::vector<std::uint32_t>& questions = chosen_[s];
        if (blueprint_.options.shuffleQuestions) random_.shuffle(questions);
        const bank::Bank& bank = index_.bank();
        for (std::uint32_t q : questions) {
            const bank::Question& question = bank.questions[q];
            const FreezeRules rules{bank.scoringFor(question), blueprint_.options.orderingScoring};
            PaperQuestion frozen = freezeQuestion(
                bank.id, question,
                randomShownOrder(question, blueprint_.options.shuffleOptions, random_), rules,
                bankFolder_);
            frozen.points = section.pointsPerQuestion;
            paper_.questions.push_back(std::move(frozen));
            paper_.sectionOf.push_back(s);
        }
    }

    const Blueprint& blueprint_;
    const AssemblyIndex& index_;
    SeededRandom random_;
    const std::filesystem::path& bankFolder_;
    DiagnosticSink sink_;
    AssembledPaper& paper_;
    std::vector<SeenQuestion> seen_;  // within the window, by question index
    std::unordered_set<std::uint32_t> used_;
    std::vector<std::uint32_t> usedList_;
    std::vector<std::vector<std::uint32_t>> chosen_;  // per section, in paper order
};

}  // namespace

Centipoints AssembledPaper::totalPoints() const {
    Centipoints total = 0;
    for (const PaperQuestion& question : questions) total += question.points;
    return total;
}

AssembledPaper assemblePaper(const Blueprint& blueprint, const AssemblyIndex& index,
                             const AssemblyRequest& request) {
    AssembledPaper paper;
    paper.seed = request.seed;
    paper.diagnostics = checkBlueprintAgainstBank(blueprint, index);
    if (hasErrors(paper.diagnostics)) return paper;
    Assembler(blueprint, index, request, paper).run();
    if (!paper.ok()) {
        paper.questions.clear();
        paper.sectionOf.clear();
    }
    return paper;
}

}  // namespace tqm::exam
