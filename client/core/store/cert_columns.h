// How the certificate area's values are written in its tables: the words of the CHECKed TEXT
// columns ('caq', 'mandatory', 'exam', 'passed') and calendar dates as 'YYYY-MM-DD' text.
// Shared by the repositories and the loader of the whole certificate book.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include "base/calendar_date.h"
#include "cert/certificate_model.h"

namespace tqm::store {

std::string_view columnWord(cert::IssuerKind kind);
std::string_view columnWord(cert::RequirementLevel level);
std::string_view columnWord(cert::CertificateSource source);
std::string_view columnWord(cert::ReviewResult result);

// The value a column's word stands for; a word the CHECKs would never let in throws.
cert::IssuerKind issuerKindFromColumn(std::string_view word);
cert::RequirementLevel levelFromColumn(std::string_view word);
cert::CertificateSource sourceFromColumn(std::string_view word);
cert::ReviewResult reviewResultFromColumn(std::string_view word);

void bindDate(SQLite::Statement& statement, int index, Date date);
void bindDate(SQLite::Statement& statement, int index, const std::optional<Date>& date);
void bindId(SQLite::Statement& statement, int index, const std::optional<std::int64_t>& id);
void bindNumber(SQLite::Statement& statement, int index, const std::optional<int>& number);

// A date column's day; throws when the text is not a real date (2026-02-30 passes the GLOB).
Date dateColumn(SQLite::Statement& row, int index);
std::optional<Date> optionalDateColumn(SQLite::Statement& row, int index);
std::optional<std::int64_t> optionalIdColumn(SQLite::Statement& row, int index);
std::optional<int> optionalNumberColumn(SQLite::Statement& row, int index);

// Whether `table` has a row with this id (`table` is one of ours, never user text).
bool rowExists(SQLite::Database& sql, std::string_view table, std::int64_t id);

}  // namespace tqm::store
