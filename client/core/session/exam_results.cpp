#include "session/exam_results.h"

#include <algorithm>

#include "store/paper_json.h"

namespace tqm::session {

namespace {

// Whether `candidate` counts instead of `current` under the exam's rule; attempts arrive in
// attempt order.
bool replaces(store::AttemptsCombine combine, const store::AttemptRow& current,
              const store::AttemptRow& candidate) {
    if (combine == store::AttemptsCombine::Last) return true;
    return candidate.earned.value_or(0) > current.earned.value_or(0);
}

std::vector<exam::CategorySubtotal> subtotals(const std::vector<store::StoredQuestion>& questions) {
    std::vector<exam::CategorySubtotal> categories;
    for (const store::StoredQuestion& q : questions) {
        auto subtotal =
            std::find_if(categories.begin(), categories.end(),
                         [&](const exam::CategorySubtotal& c) { return c.category == q.category; });
        if (subtotal == categories.end()) {
            categories.push_back({q.category, 0, 0, 0, 0});
            subtotal = std::prev(categories.end());
        }
        subtotal->earned += q.earned.value_or(0);
        subtotal->max += q.points;
        subtotal->questions += 1;
        subtotal->pending += q.status == exam::ScoreStatus::Pending ? 1 : 0;
    }
    return categories;
}

bool isChoice(const exam::PaperQuestion& q) {
    return q.type == bank::QuestionType::SingleChoice ||
           q.type == bank::QuestionType::MultipleChoice;
}

std::vector<std::size_t> chosenOptions(const exam::PaperQuestion& q, const std::string& text) {
    if (!isChoice(q)) return {};
    const exam::ParsedAnswer parsed = exam::parseAnswer(q, text);
    if (const auto* choice = std::get_if<exam::ChoiceAnswer>(&parsed.answer)) return choice->chosen;
    return {};
}

// `chosen` indexes of `shown` re-expressed as indexes of `reference`, matched by option text.
std::vector<std::size_t> inReferenceOrder(const exam::PaperQuestion& reference,
                                          const exam::PaperQuestion& shown,
                                          const std::vector<std::size_t>& chosen) {
    std::vector<std::size_t> mapped;
    for (std::size_t index : chosen) {
        const auto& options = reference.options;
        const auto found = std::find_if(options.begin(), options.end(), [&](const auto& o) {
            return o.text == shown.options[index].text;
        });
        if (found != options.end())
            mapped.push_back(static_cast<std::size_t>(found - options.begin()));
    }
    std::sort(mapped.begin(), mapped.end());
    return mapped;
}

struct LoadedAttempt {
    std::int64_t id = 0;
    exam::Centipoints total = 0;
    std::vector<exam::PaperQuestion> paper;
    std::vector<std::string> frozen;  // the JSON of each question, as the paper's identity
    std::vector<exam::ItemResponse> responses;
};

}  // namespace

std::vector<PersonExamResult> ExamResults::results(std::int64_t examId) {
    const auto exam = exams_.findExam(examId);
    if (!exam) return {};
    std::vector<PersonExamResult> results;
    std::vector<store::AttemptRow> attempts = attempts_.submittedOfExam(examId);
    for (auto first = attempts.begin(); first != attempts.end();) {
        const auto last = std::find_if(first, attempts.end(), [&](const store::AttemptRow& a) {
            return a.personId != first->personId;
        });
        const store::AttemptRow* counting = &*first;
        for (auto a = std::next(first); a != last; ++a)
            if (replaces(exam->settings.combine, *counting, *a)) counting = &*a;
        PersonExamResult r;
        r.personId = counting->personId;
        r.person = exams_.person(counting->personId).value_or(store::PersonSummary{});
        r.attemptId = counting->id;
        r.attemptNo = counting->attemptNo;
        r.attemptsSubmitted = static_cast<int>(last - first);
        r.earned = counting->earned.value_or(0);
        r.max = counting->maxPoints.value_or(0);
        r.verdict = counting->verdict.value_or(exam::Verdict::Pending);
        r.submittedAt = *counting->submittedAt;
        r.timeUsedMs =
            std::max<std::int64_t>(r.submittedAt - counting->startedAt - counting->pausedMs, 0);
        r.submittedBy = counting->submittedBy.value_or(store::SubmittedBy::Person);
        r.categories = subtotals(attempts_.questions(counting->id));
        results.push_back(std::move(r));
        first = last;
    }
    std::sort(results.begin(), results.end(), [](const auto& a, const auto& b) {
        return a.person.employeeNo < b.person.employeeNo;
    });
    return results;
}

std::vector<AnswerResultRow> ExamResults::answerRows(std::int64_t attemptId) {
    std::vector<AnswerResultRow> rows;
    for (const store::StoredQuestion& q : attempts_.questions(attemptId)) {
        rows.push_back({q.seq, q.bankId, q.questionId, q.category, "", q.earned.value_or(0),
                        q.points, q.status.value_or(exam::ScoreStatus::Unanswered)});
    }
    for (const store::StoredAnswer& a : attempts_.answers(attemptId))
        rows[a.seq - 1].answer = a.text;
    return rows;
}

std::vector<ItemAnalysisGroup> ExamResults::itemAnalysisInput(std::int64_t examId) {
    const auto exam = exams_.findExam(examId);
    if (!exam) return {};
    std::vector<LoadedAttempt> loaded;
    for (const PersonExamResult& result : results(examId)) {
        LoadedAttempt a{result.attemptId, result.earned, attempts_.paper(result.attemptId), {}, {}};
        std::vector<std::string> texts(a.paper.size());
        for (const store::StoredAnswer& answer : attempts_.answers(a.id))
            texts[answer.seq - 1] = answer.text;
        const std::vector<store::StoredQuestion> stored = attempts_.questions(a.id);
        for (std::size_t i = 0; i < a.paper.size(); ++i) {
            a.frozen.push_back(store::paperQuestionToJson(a.paper[i]));
            a.responses.push_back({stored[i].status == exam::ScoreStatus::Correct,
                                   chosenOptions(a.paper[i], texts[i])});
        }
        loaded.push_back(std::move(a));
    }
    std::vector<ItemAnalysisGroup> groups;
    if (exam->settings.paperMode == store::PaperMode::Same) {
        std::vector<const std::vector<std::string>*> identities;  // one per group
        for (const LoadedAttempt& a : loaded) {
            std::size_t g = 0;
            while (g < identities.size() && *identities[g] != a.frozen) ++g;
            if (g == identities.size()) {
                identities.push_back(&a.frozen);
                ItemAnalysisGroup group;
                for (const exam::PaperQuestion& q : a.paper) {
                    group.questions.push_back({q.bankId, q.questionId});
                    group.optionCounts.push_back(isChoice(q) ? q.options.size() : 0);
                }
                groups.push_back(std::move(group));
            }
            groups[g].people.push_back({a.total, a.responses});
            groups[g].attemptIds.push_back(a.id);
        }
        return groups;
    }
    std::vector<const exam::PaperQuestion*> references;  // the first showing of each question
    for (const LoadedAttempt& a : loaded) {
        for (std::size_t i = 0; i < a.paper.size(); ++i) {
            const exam::PaperQuestion& q = a.paper[i];
            std::size_t g = 0;
            while (g < references.size() &&
                   (references[g]->bankId != q.bankId || references[g]->questionId != q.questionId))
                ++g;
            if (g == references.size()) {
                references.push_back(&q);
                ItemAnalysisGroup group;
                group.questions.push_back({q.bankId, q.questionId});
                group.optionCounts.push_back(isChoice(q) ? q.options.size() : 0);
                groups.push_back(std::move(group));
            }
            exam::ItemResponse response = a.responses[i];
            response.chosenOptions = inReferenceOrder(*references[g], q, response.chosenOptions);
            groups[g].people.push_back({a.total, {response}});
            groups[g].attemptIds.push_back(a.id);
        }
    }
    return groups;
}

std::map<std::string, int> ExamResults::recentlySeen(std::int64_t examId, std::int64_t personId,
                                                     int lastAttempts) {
    std::map<std::string, int> seen;
    int ago = 0;
    for (std::int64_t attemptId : attempts_.latestAttemptIds(examId, personId, lastAttempts)) {
        ++ago;
        for (std::string& id : attempts_.questionIds(attemptId)) seen.emplace(std::move(id), ago);
    }
    return seen;
}

}  // namespace tqm::session
