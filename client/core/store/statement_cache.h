// Prepared statements kept for the life of a repository, so a hot path (an answer, a heartbeat)
// binds and steps a statement instead of compiling its SQL again on every call.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace tqm::store {

// A statement borrowed from the cache; it is reset and its bindings cleared when the borrow
// ends, so no read stays open between calls and no value leaks into the next use.
class CachedStatement {
  public:
    explicit CachedStatement(SQLite::Statement& statement) : statement_(statement) {}
    ~CachedStatement() {
        statement_.tryReset();
        statement_.clearBindings();
    }
    CachedStatement(const CachedStatement&) = delete;
    CachedStatement& operator=(const CachedStatement&) = delete;

    SQLite::Statement* operator->() { return &statement_; }
    SQLite::Statement& operator*() { return statement_; }

  private:
    SQLite::Statement& statement_;
};

class StatementCache {
  public:
    explicit StatementCache(SQLite::Database& sql) : sql_(sql) {}

    // The statement for `sql`, prepared on first use.
    CachedStatement use(std::string_view sql) {
        auto found = statements_.find(sql);
        if (found == statements_.end()) {
            found = statements_
                        .emplace(std::string(sql),
                                 std::make_unique<SQLite::Statement>(sql_, std::string(sql)))
                        .first;
        }
        return CachedStatement(*found->second);
    }

    SQLite::Database& sql() { return sql_; }

  private:
    SQLite::Database& sql_;
    std::map<std::string, std::unique_ptr<SQLite::Statement>, std::less<>> statements_;
};

}  // namespace tqm::store
