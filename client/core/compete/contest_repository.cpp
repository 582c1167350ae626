#include "compete/contest_repository.h"

#include <SQLiteCpp/Statement.h>

namespace tqm::compete {

namespace {

constexpr const char* kColumns =
    "SELECT id, name, exam_id, opens_at, closes_at, time_limit_ms, paper_mode, seed, "
    "paper_sha256, created_at FROM competition ";

Competition readRow(SQLite::Statement& row) {
    Competition c;
    c.id = row.getColumn(0).getString();
    c.name = row.getColumn(1).getString();
    c.examId = row.getColumn(2).getInt64();
    c.opensAt = row.getColumn(3).getInt64();
    c.closesAt = row.getColumn(4).getInt64();
    c.timeLimitMs = row.getColumn(5).getInt64();
    c.seatPaper = seatPaperFromName(row.getColumn(6).getString()).value();
    c.seed = row.getColumn(7).getInt64();
    c.paperSha256 = row.getColumn(8).getString();
    c.createdAt = row.getColumn(9).getInt64();
    return c;
}

std::vector<Competition> readAll(SQLite::Statement& query) {
    std::vector<Competition> out;
    while (query.executeStep()) out.push_back(readRow(query));
    return out;
}

}  // namespace

void ContestRepository::insert(const Competition& c) {
    SQLite::Statement insert(db_.sql(),
                             "INSERT INTO competition (id, name, exam_id, opens_at, closes_at, "
                             "time_limit_ms, paper_mode, seed, paper_sha256, created_at) VALUES "
                             "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, c.id);
    insert.bind(2, c.name);
    insert.bind(3, c.examId);
    insert.bind(4, c.opensAt);
    insert.bind(5, c.closesAt);
    insert.bind(6, c.timeLimitMs);
    insert.bind(7, std::string(seatPaperName(c.seatPaper)));
    insert.bind(8, c.seed);
    insert.bind(9, c.paperSha256);
    insert.bind(10, c.createdAt);
    insert.exec();
}

std::optional<Competition> ContestRepository::find(std::string_view id) {
    SQLite::Statement query(db_.sql(), std::string(kColumns) + "WHERE id = ?");
    query.bind(1, std::string(id));
    std::vector<Competition> found = readAll(query);
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::optional<Competition> ContestRepository::findByExam(std::int64_t examId) {
    SQLite::Statement query(db_.sql(), std::string(kColumns) + "WHERE exam_id = ?");
    query.bind(1, examId);
    std::vector<Competition> found = readAll(query);
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::vector<Competition> ContestRepository::list() {
    SQLite::Statement query(db_.sql(), std::string(kColumns) + "ORDER BY created_at, id");
    return readAll(query);
}

}  // namespace tqm::compete
