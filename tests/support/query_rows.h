// A query's result written out as one line of text, so that a test can compare exact rows in the
// database with one CHECK: columns joined with '|', rows with ';', NULL as "NULL".
#pragma once

#include <string>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace tqm::testsupport {

inline std::string queryRows(SQLite::Database& db, const std::string& query) {
    SQLite::Statement statement(db, query);
    std::string text;
    while (statement.executeStep()) {
        if (!text.empty()) text += ';';
        for (int i = 0; i < statement.getColumnCount(); ++i) {
            if (i > 0) text += '|';
            text += statement.isColumnNull(i) ? "NULL" : statement.getColumn(i).getString();
        }
    }
    return text;
}

}  // namespace tqm::testsupport
