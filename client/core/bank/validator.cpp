#include "bank/validator.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <functional>
#include <iterator>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <unordered_set>

#include "base/concurrency.h"
#include "base/first_index_table.h"
#include "base/text_normalize.h"

namespace tqm::bank {

namespace {

std::string quoted(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    out += text;
    out += '"';
    return out;
}

std::string questionLabel(const Question& q) {
    return "question " + quoted(q.id) + ": ";
}

std::string formatNumber(double value) {
    std::array<char, 32> buffer{};
    auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return ec == std::errc{} ? std::string(buffer.data(), end) : std::string("?");
}

std::string plural(std::size_t count, std::string_view singular, std::string_view pluralForm) {
    return std::to_string(count) + ' ' + std::string(count == 1 ? singular : pluralForm);
}

// A run of three or more underscores marks one blank in a fill-blank stem.
std::size_t countBlankMarkers(std::string_view stem) {
    std::size_t markers = 0;
    std::size_t run = 0;
    for (char c : stem) {
        if (c == '_') {
            if (++run == 3) ++markers;
        } else {
            run = 0;
        }
    }
    return markers;
}

// Backslashes count as separators because banks are often written on Windows; a colon in the
// first segment is a drive letter ("C:") or a URL scheme, neither of which lives in the folder.
bool leavesBankFolder(std::string_view path) {
    if (path.empty()) return false;
    if (path.front() == '/' || path.front() == '\\') return true;
    int depth = 0;
    bool firstSegment = true;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find_first_of("/\\", start);
        if (end == std::string_view::npos) end = path.size();
        const std::string_view segment = path.substr(start, end - start);
        if (firstSegment && segment.find(':') != std::string_view::npos) return true;
        firstSegment = false;
        if (segment == "..") {
            if (--depth < 0) return true;
        } else if (!segment.empty() && segment != ".") {
            ++depth;
        }
        start = end + 1;
    }
    return false;
}

// Banks at least this large are checked on two threads.
constexpr std::size_t kParallelQuestions = 2000;

constexpr std::uint32_t kNoStemKey = 0xFFFFFFFFu;

std::uint64_t stemKeyHash(std::string_view key, QuestionType type) {
    return std::hash<std::string_view>{}(key) ^ (static_cast<std::uint64_t>(type) << 59);
}

}  // namespace

void QuestionHashes::resize(std::size_t count) {
    id.resize(count);
    stemKey.resize(count);
    hasStemKey.resize(count);
}

void QuestionHashes::compute(std::size_t index, const Question& q, std::string& scratch) {
    id[index] = std::hash<std::string_view>{}(q.id);
    duplicateKeyInto(q.stem, scratch);
    stemKey[index] = stemKeyHash(scratch, q.type);
    hasStemKey[index] = !scratch.empty();
}

namespace {

// For each question, the first question of the bank with the same id and the first with a
// nearly equal stem (kNoStemKey: its stem has no key). Found before the per-question checks so
// that those can run on two threads and still report in the order of a single pass.
struct FirstOccurrences {
    std::vector<std::uint32_t> withId;
    std::vector<std::uint32_t> withStemKey;
    FirstIndexTable ids;  // the first question with each id: Bank's own index
};

FirstOccurrences findFirstOccurrences(const std::vector<Question>& questions, bool parallel,
                                      const QuestionHashes* precomputed) {
    const std::size_t count = questions.size();
    // Hashing (a stem key per question) is the costly part and splits freely; the tables are
    // then filled in order, one per thread.
    QuestionHashes computed;
    if (!precomputed || precomputed->id.size() != count) {
        computed.resize(count);
        const auto hashRange = [&](std::size_t begin, std::size_t end) {
            std::string scratch;
            for (std::size_t i = begin; i < end; ++i) computed.compute(i, questions[i], scratch);
        };
        if (parallel) {
            const std::size_t middle = count / 2;
            runConcurrently([&] { hashRange(middle, count); }, [&] { hashRange(0, middle); });
        } else {
            hashRange(0, count);
        }
        precomputed = &computed;
    }
    const std::vector<std::uint64_t>& idHashes = precomputed->id;
    const std::vector<std::uint64_t>& stemHashes = precomputed->stemKey;
    const std::vector<std::uint8_t>& hasStemKey = precomputed->hasStemKey;
    FirstOccurrences first;
    first.withId.resize(count);
    first.withStemKey.resize(count);
    const auto fillIds = [&] {
        FirstIndexTable table(count);
        for (std::uint32_t i = 0; i < count; ++i)
            first.withId[i] = table.findOrInsert(idHashes[i], i, [&](std::uint32_t other) {
                return questions[other].id == questions[i].id;
            });
        first.ids = std::move(table);
    };
    const auto fillStemKeys = [&] {
        FirstIndexTable table(count);
        for (std::uint32_t i = 0; i < count; ++i) {
            if (!hasStemKey[i]) {
                first.withStemKey[i] = kNoStemKey;
                continue;
            }
            // Keys are not kept: on the rare equal hash both keys are computed again.
            first.withStemKey[i] = table.findOrInsert(stemHashes[i], i, [&](std::uint32_t other) {
                return questions[other].type == questions[i].type &&
                       duplicateKey(questions[other].stem) == duplicateKey(questions[i].stem);
            });
        }
    };
    if (parallel) {
        runConcurrently(fillStemKeys, fillIds);
    } else {
        fillIds();
        fillStemKeys();
    }
    return first;
}

// The checks of single questions, over a range of the bank; several may run at once, each with
// its own output.
class QuestionChecker {
  public:
    QuestionChecker(const Bank& bank, const ValidationContext& context,
                    const FirstOccurrences& first,
                    const std::unordered_set<std::string_view>& categoryIds,
                    std::vector<Diagnostic>& out)
        : bank_(bank),
          context_(context),
          first_(first),
          categoryIds_(categoryIds),
          sink_(out, context.fileName) {}

    void checkRange(std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) checkQuestion(bank_.questions[i], i);
    }

  private:
    void error(const Question& q, std::string code, const std::string& message) {
        sink_.error(q.pos.line, q.pos.column, std::move(code), questionLabel(q) + message);
    }

    void checkQuestion(const Question& q, std::size_t index) {
        checkIdentity(q, index);
        checkCommonFields(q);
        switch (q.type) {
            case QuestionType::SingleChoice:
            case QuestionType::MultipleChoice:
                checkChoices(q);
                break;
            case QuestionType::FillBlank:
                checkBlanks(q);
                break;
            case QuestionType::Ordering:
                if (q.choices.size() < 2)
                    error(q, "ordering-too-few-items",
                          "ordering question has " + plural(q.choices.size(), "item", "items") +
                              "; it needs at least 2");
                break;
            case QuestionType::Matching:
                if (q.pairs.size() < 2)
                    error(q, "matching-too-few-pairs",
                          "matching question has " + plural(q.pairs.size(), "pair", "pairs") +
                              "; it needs at least 2");
                break;
            case QuestionType::TrueFalse:
            case QuestionType::ShortAnswer:
                break;
        }
        for (std::string_view image : q.images) checkImage(q, image);
        checkNearDuplicate(q, index);
    }

    void checkIdentity(const Question& q, std::size_t index) {
        const std::uint32_t first = first_.withId[index];
        if (first != index)
            error(q, "duplicate-id",
                  "the id is already used by the question on line " +
                      std::to_string(bank_.questions[first].pos.line));
        if (!categoryIds_.contains(q.category))
            error(q, "unknown-category",
                  "category " + quoted(q.category) + " is not defined in the bank's categories");
    }

    void checkCommonFields(const Question& q) {
        if (trimSpaces(q.stem).empty()) error(q, "empty-stem", "the stem is empty");
        if (q.difficulty < 1 || q.difficulty > 5)
            error(q, "difficulty-out-of-range",
                  "difficulty " + std::to_string(q.difficulty) +
                      " is out of range; it must be 1 to 5");
        if (!(q.points >= 0.0))
            error(q, "negative-points",
                  "points " + formatNumber(q.points) + " is negative; it must be 0 or more");
    }

    void checkChoices(const Question& q) {
        const bool single = q.type == QuestionType::SingleChoice;
        // Messages are built only when needed: this runs for most questions of a bank.
        const auto typeText = [single] {
            return std::string(single ? "single-choice question" : "multiple-choice question");
        };
        if (q.choices.size() < 2)
            error(q, "too-few-options",
                  typeText() + " has " + plural(q.choices.size(), "option", "options") +
                      "; it needs at least 2");
        const auto correct = static_cast<std::size_t>(std::count_if(
            q.choices.begin(), q.choices.end(), [](const Choice& c) { return c.correct; }));
        const auto has = [correct] {
            return correct == 0 ? std::string(" has no correct option")
                                : " has " + plural(correct, "correct option", "correct options");
        };
        if (single && correct != 1)
            error(q, "single-choice-correct-count", typeText() + has() + "; it needs exactly 1");
        if (!single && correct < 2)
            error(q, "multiple-choice-correct-count", typeText() + has() + "; it needs at least 2");
    }

    void checkBlanks(const Question& q) {
        for (std::size_t i = 0; i < q.blanks.size(); ++i) {
            const Blank& blank = q.blanks[i];
            const bool hasText =
                std::any_of(blank.accepted.begin(), blank.accepted.end(),
                            [](std::string_view a) { return !trimSpaces(a).empty(); });
            if (!hasText && !blank.number)
                error(q, "blank-without-answer",
                      "blank " + std::to_string(i + 1) + " has no accepted answer");
        }
        const std::size_t markers = countBlankMarkers(q.stem);
        const std::size_t blanks = q.blanks.size();
        if (blanks == 0) {
            error(q, "blank-count-mismatch", "fill-blank question has no blank");
        } else if (markers != blanks && !(markers == 0 && blanks == 1)) {
            error(q, "blank-count-mismatch",
                  "the stem marks " + plural(markers, "blank", "blanks") +
                      " with \"___\" but the question has " +
                      plural(blanks, "<blank> element", "<blank> elements"));
        }
    }

    void checkImage(const Question& q, std::string_view image) {
        if (leavesBankFolder(image)) {
            error(q, "image-path-outside",
                  "image path " + quoted(image) +
                      " leaves the bank's folder; use a path relative to it, such as "
                      "images/figure.png");
            return;
        }
        if (context_.baseDir.empty()) return;
        auto [it, inserted] = imageExists_.try_emplace(image, false);
        if (inserted) {
            std::string relative(image);
            std::replace(relative.begin(), relative.end(), '\\', '/');
            std::error_code ec;
            it->second = !relative.empty() &&
                         std::filesystem::is_regular_file(context_.baseDir / relative, ec);
        }
        if (!it->second)
            error(q, "image-missing",
                  "image " + quoted(image) + " does not exist in the bank's folder");
    }

    void checkNearDuplicate(const Question& q, std::size_t index) {
        const std::uint32_t first = first_.withStemKey[index];
        if (first == kNoStemKey || first == index) return;
        const Question& other = bank_.questions[first];
        sink_.warning(q.pos.line, q.pos.column, "near-duplicate",
                      questionLabel(q) + "the stem is nearly the same as question " +
                          quoted(other.id) + " on line " + std::to_string(other.pos.line));
    }

    const Bank& bank_;
    const ValidationContext& context_;
    const FirstOccurrences& first_;
    const std::unordered_set<std::string_view>& categoryIds_;
    DiagnosticSink sink_;
    std::unordered_map<std::string_view, bool> imageExists_;
};

// Reports categories whose id is used before and returns every category id.
std::unordered_set<std::string_view> checkCategories(const Bank& bank, DiagnosticSink& sink) {
    const std::vector<const Category*> all = flattenCategories(bank.categories);
    std::unordered_map<std::string_view, const Category*> firstWithId;
    firstWithId.reserve(all.size());
    std::unordered_set<std::string_view> ids;
    ids.reserve(all.size());
    for (const Category* c : all) {
        ids.insert(c->id);
        auto [it, inserted] = firstWithId.emplace(c->id, c);
        if (inserted) continue;
        sink.error(c->pos.line, c->pos.column, "duplicate-category",
                   "category " + quoted(c->id) +
                       ": the id is already used by the category on line " +
                       std::to_string(it->second->pos.line));
    }
    return ids;
}

}  // namespace

void validateBank(const Bank& bank, const ValidationContext& context,
                  std::vector<Diagnostic>& out) {
    FirstIndexTable unused;
    validateBank(bank, context, out, unused);
}

void validateBank(const Bank& bank, const ValidationContext& context, std::vector<Diagnostic>& out,
                  FirstIndexTable& questionIndex, const QuestionHashes* precomputed) {
    DiagnosticSink sink(out, context.fileName);
    const std::unordered_set<std::string_view> categoryIds = checkCategories(bank, sink);
    const std::size_t count = bank.questions.size();
    const bool parallel = count >= kParallelQuestions;
    FirstOccurrences first = findFirstOccurrences(bank.questions, parallel, precomputed);
    questionIndex = std::move(first.ids);
    if (!parallel) {
        QuestionChecker(bank, context, first, categoryIds, out).checkRange(0, count);
        return;
    }
    const std::size_t middle = count / 2;
    std::vector<Diagnostic> secondHalf;
    runConcurrently(
        [&] {
            QuestionChecker(bank, context, first, categoryIds, secondHalf)
                .checkRange(middle, count);
        },
        [&] { QuestionChecker(bank, context, first, categoryIds, out).checkRange(0, middle); });
    out.insert(out.end(), std::make_move_iterator(secondHalf.begin()),
               std::make_move_iterator(secondHalf.end()));
}

}  // namespace tqm::bank
