// What an exam produced, read back from the database: one result per person (the attempt that
// counts), the answers of an attempt, the input of item analysis, and the questions a person saw
// recently (for paper assembly's "avoid the last K attempts" rule).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "exam/item_analysis.h"
#include "exam/scoring.h"
#include "session/exam_service.h"
#include "store/attempt_repository.h"
#include "store/database.h"
#include "store/exam_repository.h"

namespace tqm::session {

// One person's result: the submitted attempt that counts under the exam's rule (highest: the
// most points, the earlier attempt on a tie; last: the latest submitted). Open attempts do not
// count until they are submitted.
struct PersonExamResult {
    std::int64_t personId = 0;
    store::PersonSummary person;
    std::int64_t attemptId = 0;
    int attemptNo = 0;
    int attemptsSubmitted = 0;
    exam::Centipoints earned = 0;
    exam::Centipoints max = 0;
    exam::Verdict verdict = exam::Verdict::Pending;
    std::int64_t timeUsedMs = 0;  // submitted - started - paused
    std::int64_t submittedAt = 0;
    store::SubmittedBy submittedBy = store::SubmittedBy::Person;
    std::vector<exam::CategorySubtotal> categories;  // in order of first appearance
    bool operator==(const PersonExamResult&) const = default;
};

struct AnswerResultRow {
    std::size_t seq = 0;
    std::string bankId;
    std::string questionId;
    std::string category;
    std::string answer;  // answer.h's text form; "" when not answered
    exam::Centipoints earned = 0;
    exam::Centipoints max = 0;
    exam::ScoreStatus status = exam::ScoreStatus::Unanswered;
    bool operator==(const AnswerResultRow&) const = default;
};

// Attempts that can be analysed together: analyzeItems(optionCounts, people).
struct ItemAnalysisGroup {
    std::vector<QuestionRef> questions;
    std::vector<std::size_t> optionCounts;  // choice questions: options shown; others 0
    std::vector<exam::PersonResult> people;
    std::vector<std::int64_t> attemptIds;  // people[i] comes from attemptIds[i]
};

class ExamResults {
  public:
    explicit ExamResults(store::Database& database) : exams_(database), attempts_(database) {}

    // Ordered by 工号.
    std::vector<PersonExamResult> results(std::int64_t examId);
    // Every question of the attempt in seq order, answered or not.
    std::vector<AnswerResultRow> answerRows(std::int64_t attemptId);

    // The counting attempts of the exam (see results()). With the same paper for everyone, the
    // attempts whose frozen papers are identical form a group. With a paper per person, each
    // question (by bank and question id) is its own group of one question; options are counted
    // in the order the first of those attempts showed them, matched by their text.
    std::vector<ItemAnalysisGroup> itemAnalysisInput(std::int64_t examId);

    // Question id -> how many attempts ago the person last saw it (1 = the latest attempt), over
    // the person's last `lastAttempts` attempts of the exam, open or submitted.
    std::map<std::string, int> recentlySeen(std::int64_t examId, std::int64_t personId,
                                            int lastAttempts);

  private:
    store::ExamRepository exams_;
    store::AttemptRepository attempts_;
};

}  // namespace tqm::session
