// tqm-bench-answer-commit FILE [--samples K] [--rows N] [--replace]: the cost of committing one
// answer through the session service beside a bare one-row INSERT + COMMIT into a scratch table
// of the same database, in the same run, interleaved so that both see the same disk. Then the
// same again once the database holds N more answer rows (and N history rows), to show that an
// answer's cost does not grow with the database.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <CLI/CLI.hpp>

#include "session/exam_service.h"
#include "store/database.h"
#include "store/people_repository.h"

namespace {

using Steady = std::chrono::steady_clock;
constexpr int kQuestions = 100;  // per paper, so each filler attempt holds 100 answers

struct Percentiles {
    double median = 0;
    double p99 = 0;
};

Percentiles percentiles(std::vector<double> micros) {
    std::sort(micros.begin(), micros.end());
    const auto rank = [&](double share) {
        const auto index = static_cast<std::size_t>(std::ceil(share * micros.size())) - 1;
        return micros[std::min(index, micros.size() - 1)];
    };
    const std::size_t mid = micros.size() / 2;
    const double median = micros.size() % 2 ? micros[mid] : (micros[mid - 1] + micros[mid]) / 2.0;
    return {median, rank(0.99)};
}

template <typename Action>
double microsecondsOf(Action&& action) {
    const auto start = Steady::now();
    action();
    return std::chrono::duration<double, std::micro>(Steady::now() - start).count();
}

tqm::session::AssembledPaper benchPaper() {
    tqm::session::AssembledPaper paper{{}, 1, "bench", "1", std::string(64, 'b')};
    for (int i = 1; i <= kQuestions; ++i) {
        tqm::exam::PaperQuestion q;
        q.bankId = "bench";
        q.questionId = "q" + std::to_string(i);
        q.type = tqm::bank::QuestionType::TrueFalse;
        q.category = "c";
        q.stem = "质量是设计和制造出来的，不是检验出来的。";
        q.answerTrue = i % 2 == 0;
        q.points = 100;
        paper.questions.push_back(std::move(q));
    }
    return paper;
}

// Times `samples` answers through the service and as many bare inserts, alternating.
void measure(const char* label, tqm::store::Database& db, tqm::session::ExamService& service,
             std::int64_t attemptId, int samples) {
    SQLite::Statement insert(db.sql(), "INSERT INTO bench_scratch (payload) VALUES (?1)");
    std::vector<double> answers;
    std::vector<double> inserts;
    for (int i = 0; i < samples; ++i) {
        const auto seq = static_cast<std::size_t>(i % kQuestions + 1);
        answers.push_back(microsecondsOf([&] {
            const auto result =
                service.answer(attemptId, seq, tqm::exam::TrueFalseAnswer{i % 3 == 0});
            if (!result.receipt) throw std::runtime_error(result.refusal->message);
        }));
        inserts.push_back(microsecondsOf([&] {
            SQLite::Transaction transaction(db.sql());
            insert.bind(1, i % 3 == 0 ? "T" : "F");
            insert.exec();
            insert.reset();
            transaction.commit();
        }));
    }
    const Percentiles a = percentiles(answers);
    const Percentiles b = percentiles(inserts);
    std::printf(
        "%-26s answer() median %8.1f us  p99 %8.1f us | bare insert+commit median %8.1f "
        "us  p99 %8.1f us | ratio median %.2f  p99 %.2f\n",
        label, a.median, a.p99, b.median, b.p99, a.median / b.median, a.p99 / b.p99);
}

// Adds `attempts` submitted attempts (numbered from 2: the first phase used attempt 1) of
// `kQuestions` answered questions each, in one transaction: N = attempts x kQuestions rows in
// answer and as many in answer_history.
void fill(tqm::store::Database& db, std::int64_t examId, std::int64_t personId,
          std::int64_t attempts) {
    SQLite::Database& sql = db.sql();
    SQLite::Transaction transaction(sql);
    const std::int64_t lastId =
        sql.execAndGet("SELECT coalesce(max(id), 0) FROM attempt").getInt64();
    SQLite::Statement addAttempts(
        sql,
        "WITH RECURSIVE n(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM n WHERE k + 1 < ?3) "
        "INSERT INTO attempt (exam_id, person_id, attempt_no, seed, bank_id, bank_version, "
        "bank_sha256, started_at, time_limit_ms, deadline, heartbeat_at, submitted_at, "
        "submitted_by, earned, max_points, verdict) "
        "SELECT ?1, ?2, k + 2, k, 'bench', '1', printf('%.64c', 'b'), 0, 1800000, 1800000, "
        "0, 60000, 'person', 0, 10000, 'fail' FROM n");
    addAttempts.bind(1, examId);
    addAttempts.bind(2, personId);
    addAttempts.bind(3, attempts);
    addAttempts.exec();
    const std::string after = std::to_string(lastId);
    sql.exec("WITH RECURSIVE s(q) AS (SELECT 1 UNION ALL SELECT q + 1 FROM s WHERE q < " +
             std::to_string(kQuestions) +
             ") INSERT INTO paper_question (attempt_id, seq, bank_id, question_id, type, category, "
             "points, frozen) SELECT a.id, s.q, 'bench', 'q' || s.q, 'true-false', 'c', 100, "
             "'{}' FROM attempt a, s WHERE a.id > " +
             after + " ORDER BY a.id, s.q");
    sql.exec(
        "INSERT INTO answer (attempt_id, seq, answer, answered_at, revision) "
        "SELECT attempt_id, seq, 'T', 0, 1 FROM paper_question WHERE attempt_id > " +
        after + " ORDER BY attempt_id, seq");
    sql.exec(
        "INSERT INTO answer_history (attempt_id, seq, revision, answer, answered_at) "
        "SELECT attempt_id, seq, 1, 'T', 0 FROM paper_question WHERE attempt_id > " +
        after + " ORDER BY attempt_id, seq");
    transaction.commit();
    sql.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Time committing answers against a bare SQLite insert+commit."};
    std::filesystem::path file;
    int samples = 1000;
    std::int64_t rows = 10'000'000;
    bool replace = false;
    app.add_option("FILE", file, "Database file the benchmark creates")->required();
    app.add_option("--samples", samples, "Timed answers (and bare inserts) per phase")
        ->check(CLI::PositiveNumber);
    app.add_option("--rows", rows, "Answer rows added before the second phase")
        ->check(CLI::PositiveNumber);
    app.add_flag("--replace", replace, "Delete FILE (and its -wal and -shm) first if it exists");
    CLI11_PARSE(app, argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // each phase's line shows as soon as it is known

    if (std::filesystem::exists(file)) {
        if (!replace) {
            std::fprintf(stderr, "%s exists; pass --replace to overwrite it\n", file.c_str());
            return 1;
        }
        for (const char* suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(file.string() + suffix);
    }
    tqm::SystemClock clock;
    auto opened = tqm::store::Database::open(file, clock);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", opened.error->message.c_str());
        return 1;
    }
    tqm::store::Database& db = *opened.database;
    db.sql().exec("CREATE TABLE bench_scratch (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)");
    tqm::store::PeopleRepository people(db);
    people.upsert({"B001", "测试员", {}, {}, {}});
    const std::int64_t personId = people.findByEmployeeNo("B001")->id;
    tqm::session::ExamService service(db);
    tqm::store::ExamSettings settings;
    settings.title = "answer commit benchmark";
    settings.timeLimit = std::chrono::hours(24);
    settings.attemptsAllowed = 1'000'000'000;
    const std::int64_t examId = *service.createExam(settings).examId;

    std::printf("database %s, journal_mode %s, synchronous %d (2 = FULL), %d samples per phase\n",
                file.c_str(), db.sql().execAndGet("PRAGMA journal_mode").getString().c_str(),
                db.sql().execAndGet("PRAGMA synchronous").getInt(), samples);
    const auto first = service.start(examId, personId, benchPaper());
    measure("empty database:", db, service, first.attempt->attempt.id, samples);
    service.submit(first.attempt->attempt.id);

    const std::int64_t attempts = std::max<std::int64_t>(rows / kQuestions, 1);
    const double fillSeconds = microsecondsOf([&] { fill(db, examId, personId, attempts); }) / 1e6;
    const std::int64_t answerRows = db.sql().execAndGet("SELECT count(*) FROM answer").getInt64();
    std::printf("filled %lld answer rows (and as many history rows) in %.1f s; file %.0f MB\n",
                static_cast<long long>(answerRows), fillSeconds,
                static_cast<double>(std::filesystem::file_size(file)) / (1024.0 * 1024.0));

    const auto second = service.start(examId, personId, benchPaper());
    char label[64];
    std::snprintf(label, sizeof label, "%lld answer rows:", static_cast<long long>(answerRows));
    measure(label, db, service, second.attempt->attempt.id, samples);
    return 0;
}
