// One write that is committed on its own, or becomes part of a larger one when a caller has
// already opened a scope. Repositories use it for each call, so a call made alone is its own
// committed transaction, while a practice answer can write its outcome and its book entry
// together, all or nothing. SQLite savepoints nest where BEGIN does not.
#pragma once

#include <string>

#include <SQLiteCpp/Database.h>

namespace tqm::store {

class WriteScope {
  public:
    // `name` identifies the savepoint in SQL; it must be a plain identifier.
    WriteScope(SQLite::Database& sql, std::string name) : sql_(sql), name_(std::move(name)) {
        sql_.exec("SAVEPOINT " + name_);
    }
    WriteScope(const WriteScope&) = delete;
    WriteScope& operator=(const WriteScope&) = delete;

    // Rolls back everything written inside the scope unless commit() was reached. The rollback
    // must be followed by RELEASE, or the savepoint would keep a transaction open.
    ~WriteScope() {
        if (committed_) return;
        try {
            sql_.exec("ROLLBACK TO " + name_);
            sql_.exec("RELEASE " + name_);
        } catch (...) {  // a destructor must not throw; the connection reports the failure later
        }
    }

    // Outermost scope: commits to the file. Nested: merges into the enclosing scope.
    void commit() {
        sql_.exec("RELEASE " + name_);
        committed_ = true;
    }

  private:
    SQLite::Database& sql_;
    std::string name_;
    bool committed_ = false;
};

}  // namespace tqm::store
