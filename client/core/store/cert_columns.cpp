#include "store/cert_columns.h"

#include <array>
#include <stdexcept>
#include <string>
#include <utility>

namespace tqm::store {

namespace {

constexpr std::array kIssuerKinds{
    std::pair{cert::IssuerKind::Internal, std::string_view("internal")},
    std::pair{cert::IssuerKind::Caq, std::string_view("caq")},
    std::pair{cert::IssuerKind::Government, std::string_view("government")},
    std::pair{cert::IssuerKind::Other, std::string_view("other")},
};
constexpr std::array kLevels{
    std::pair{cert::RequirementLevel::Mandatory, std::string_view("mandatory")},
    std::pair{cert::RequirementLevel::Recommended, std::string_view("recommended")},
};
constexpr std::array kSources{
    std::pair{cert::CertificateSource::Exam, std::string_view("exam")},
    std::pair{cert::CertificateSource::External, std::string_view("external")},
    std::pair{cert::CertificateSource::Imported, std::string_view("imported")},
};
constexpr std::array kResults{
    std::pair{cert::ReviewResult::Passed, std::string_view("passed")},
    std::pair{cert::ReviewResult::Failed, std::string_view("failed")},
};

template <typename Value, std::size_t N>
std::string_view wordOf(const std::array<std::pair<Value, std::string_view>, N>& words,
                        Value value) {
    for (const auto& [known, word] : words)
        if (known == value) return word;
    throw std::logic_error("a certificate value without a column word");
}

template <typename Value, std::size_t N>
Value valueOf(const std::array<std::pair<Value, std::string_view>, N>& words, std::string_view word,
              const char* column) {
    for (const auto& [value, known] : words)
        if (known == word) return value;
    throw std::runtime_error("the database holds '" + std::string(word) + "' in " + column +
                             ", which this program does not know");
}

// 'YYYY-MM-DD' as the schema's GLOB lets it in, read without the general parser: the book
// loader reads half a million dates. Nothing for any other text (the caller falls back).
std::optional<Date> storedDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const auto digits = [&](std::size_t from, std::size_t count) {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9') return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const int year = digits(0, 4);
    const int month = digits(5, 2);
    const int day = digits(8, 2);
    if (year < 0 || month < 0 || day < 0) return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year{year},
                                           std::chrono::month{static_cast<unsigned>(month)},
                                           std::chrono::day{static_cast<unsigned>(day)}};
    if (!date.ok()) return std::nullopt;
    return Date{date};
}

}  // namespace

std::string_view columnWord(cert::IssuerKind kind) {
    return wordOf(kIssuerKinds, kind);
}
std::string_view columnWord(cert::RequirementLevel level) {
    return wordOf(kLevels, level);
}
std::string_view columnWord(cert::CertificateSource source) {
    return wordOf(kSources, source);
}
std::string_view columnWord(cert::ReviewResult result) {
    return wordOf(kResults, result);
}

cert::IssuerKind issuerKindFromColumn(std::string_view word) {
    return valueOf(kIssuerKinds, word, "certificate_type.issuer_kind");
}
cert::RequirementLevel levelFromColumn(std::string_view word) {
    return valueOf(kLevels, word, "certificate_requirement.level");
}
cert::CertificateSource sourceFromColumn(std::string_view word) {
    return valueOf(kSources, word, "certificate.source");
}
cert::ReviewResult reviewResultFromColumn(std::string_view word) {
    return valueOf(kResults, word, "certificate_review.result");
}

void bindDate(SQLite::Statement& statement, int index, Date date) {
    statement.bind(index, formatDate(date));
}

void bindDate(SQLite::Statement& statement, int index, const std::optional<Date>& date) {
    if (date)
        bindDate(statement, index, *date);
    else
        statement.bind(index);
}

void bindId(SQLite::Statement& statement, int index, const std::optional<std::int64_t>& id) {
    if (id)
        statement.bind(index, *id);
    else
        statement.bind(index);
}

void bindNumber(SQLite::Statement& statement, int index, const std::optional<int>& number) {
    if (number)
        statement.bind(index, *number);
    else
        statement.bind(index);
}

Date dateColumn(SQLite::Statement& row, int index) {
    const SQLite::Column column = row.getColumn(index);
    const std::string_view text(column.getText(), static_cast<std::size_t>(column.getBytes()));
    if (const auto date = storedDate(text)) return *date;
    throw std::runtime_error("the database holds '" + std::string(text) + "' in " +
                             column.getName() + ", which is not a date");
}

std::optional<Date> optionalDateColumn(SQLite::Statement& row, int index) {
    if (row.isColumnNull(index)) return std::nullopt;
    return dateColumn(row, index);
}

std::optional<std::int64_t> optionalIdColumn(SQLite::Statement& row, int index) {
    if (row.isColumnNull(index)) return std::nullopt;
    return row.getColumn(index).getInt64();
}

std::optional<int> optionalNumberColumn(SQLite::Statement& row, int index) {
    if (row.isColumnNull(index)) return std::nullopt;
    return row.getColumn(index).getInt();
}

bool rowExists(SQLite::Database& sql, std::string_view table, std::int64_t id) {
    SQLite::Statement query(sql, "SELECT 1 FROM " + std::string(table) + " WHERE id = ?1");
    query.bind(1, id);
    return query.executeStep();
}

}  // namespace tqm::store
