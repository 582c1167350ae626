#include "store/practice_answer_repository.h"

#include <SQLiteCpp/Statement.h>

#include "store/write_scope.h"

namespace tqm::store {

std::string_view originName(AnswerOrigin origin) {
    switch (origin) {
        case AnswerOrigin::Practice:
            return "practice";
        case AnswerOrigin::Exam:
            return "exam";
        case AnswerOrigin::Review:
            return "review";
    }
    return "practice";
}

std::int64_t PracticeAnswerRepository::record(const PracticeAnswerRecord& answer) {
    WriteScope scope(db_.sql(), "practice_answer");
    SQLite::Statement insert(db_.sql(),
                             "INSERT INTO practice_answer (person_id, bank_id, question_id, "
                             "category, correct, answered_at, origin) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insert.bind(1, answer.personId);
    insert.bind(2, answer.bankId);
    insert.bind(3, answer.questionId);
    insert.bind(4, answer.category);
    insert.bind(5, answer.correct ? 1 : 0);
    insert.bind(6, unixMillis(answer.answeredAt));
    insert.bind(7, std::string(originName(answer.origin)));
    insert.exec();
    const std::int64_t id = db_.sql().getLastInsertRowid();
    scope.commit();
    return id;
}

AnswerStatistics PracticeAnswerRepository::statistics(std::int64_t personId,
                                                      std::optional<AnswerOrigin> origin) {
    SQLite::Statement query(db_.sql(),
                            "SELECT category, count(*), sum(correct) FROM practice_answer "
                            "WHERE person_id = ?1 AND (?2 IS NULL OR origin = ?2) "
                            "GROUP BY category ORDER BY category");
    query.bind(1, personId);
    if (origin)
        query.bind(2, std::string(originName(*origin)));
    else
        query.bind(2);
    AnswerStatistics statistics;
    while (query.executeStep()) {
        AnswerCounts counts{query.getColumn(0).getString(),
                            static_cast<std::size_t>(query.getColumn(1).getInt64()),
                            static_cast<std::size_t>(query.getColumn(2).getInt64())};
        statistics.total.answered += counts.answered;
        statistics.total.correct += counts.correct;
        statistics.categories.push_back(std::move(counts));
    }
    return statistics;
}

}  // namespace tqm::store
