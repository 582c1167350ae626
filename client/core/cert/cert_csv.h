// What every CSV file of the certificate area (certificate types, positions, requirements,
// existing certificates) shares with the roster: Chinese or English headers in any order, a UTF-8
// byte order mark accepted, GBK or UTF-16 refused with the way to convert, and every bad row
// reported against its line and column and left out. Each file's reader names its columns and
// reads its cells through a CertCsvRow; the problems go into an ImportReport.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/calendar_date.h"
#include "base/csv_reader.h"
#include "base/diagnostic.h"

namespace tqm::cert {

// What a diagnostic is about, for a program that words it in its own language (the diagnostics'
// messages are English).
struct ImportProblemDetail {
    // The row as a spreadsheet numbers it (the header row is row 1 when it is the first); 0 when
    // the problem is about the whole file.
    std::size_t row = 0;
    // The header of the column concerned, as written (for a missing column, its Chinese name);
    // empty when the problem is about no one column.
    std::string column;
    // The cell's text the problem is about (a 工号, a code, a number); the other column of a
    // repeated column.
    std::string value;
    // For a value in several rows: all of those rows.
    std::vector<std::size_t> rows;

    bool operator==(const ImportProblemDetail&) const = default;
};

// Where a row of a file is: its row number as a spreadsheet shows it and the physical line it
// starts on (they differ when a quoted cell spans lines).
struct SourceRow {
    std::size_t row = 0;
    std::uint32_t line = 0;

    bool operator==(const SourceRow&) const = default;
};

// A column of a file as found in its header.
struct ImportColumn {
    std::uint32_t number = 0;  // 1-based; 0 when the file has no such column
    std::string header;        // as written in the file

    bool operator==(const ImportColumn&) const = default;
};

// The problems of one file, first from reading it, then from resolving its rows against the
// database.
struct ImportReport {
    std::string file;
    std::vector<Diagnostic> diagnostics;       // sorted by line, then column
    std::vector<ImportProblemDetail> details;  // one per diagnostic, in the same order
    std::size_t rejected = 0;                  // rows with at least one error, all left out
    std::vector<ImportColumn> columns;         // indexed by the file's field numbers

    bool operator==(const ImportReport&) const = default;
};

// A column a file may have: names separated by '|', the Chinese one first, the English one second,
// then other accepted spellings. Headers match ignoring letter case, full-width forms, spaces,
// '_' and '-' ("有效期（月）" matches "有效期(月)", "Validity Months" matches "validity_months").
struct ColumnSpec {
    std::string_view names;
    bool required = false;
};

// The Chinese name of a column, then its English name in brackets: "代码 (code)".
std::string columnTitle(const ColumnSpec& spec);

// Adds an error about one cell of one row, worded "row 3, column "工号": <message>". Resolution
// steps use it too, so their problems read like the reader's.
void addRowError(ImportReport& report, SourceRow where, std::size_t field, std::string code,
                 const std::string& message, ImportProblemDetail detail = {});

// Orders the diagnostics by line, then column, keeping each detail beside its diagnostic.
void sortProblems(ImportReport& report);

// Removes the rows that got an error from `rows` (each row has a `source` member).
// `rejectedRows` is what the reading or a resolution step collected.
template <class Row>
void keepAcceptedRows(std::vector<Row>& rows, const std::set<std::size_t>& rejectedRows) {
    std::erase_if(rows, [&](const Row& row) { return rejectedRows.count(row.source.row) > 0; });
}

// The rows of one file that a reader has seen, with their cells found by field number.
class CertCsvRow {
  public:
    CertCsvRow(const CsvRecord& record, SourceRow where, ImportReport& report,
               std::set<std::size_t>& rejectedRows)
        : record_(record), where_(where), report_(report), rejectedRows_(rejectedRows) {}

    SourceRow where() const { return where_; }
    bool hasColumn(std::size_t field) const { return report_.columns[field].number > 0; }
    // The cell, trimmed; empty when the file has no such column.
    std::string_view text(std::size_t field) const;
    // The cell with full-width letters and digits made half-width (codes, 工号, numbers).
    std::string halfWidth(std::size_t field) const;
    // The cell, or an error "the <what> is empty" when it is.
    std::optional<std::string> required(std::size_t field, std::string_view what);
    // A key other rows and files refer to (a code, a 工号, a 证书编号): half-width, or an error
    // when it is empty or holds a space or a control character.
    std::optional<std::string> key(std::size_t field, std::string_view what);
    // A whole number in [minimum, maximum]; nothing (and no error) when the cell is empty.
    std::optional<int> wholeNumber(std::size_t field, int minimum, int maximum);
    std::optional<std::int64_t> id(std::size_t field);
    // A date as parseDate reads it; nothing (and no error) when the cell is empty.
    std::optional<Date> date(std::size_t field);
    void error(std::size_t field, std::string code, const std::string& message,
               ImportProblemDetail detail = {});
    // True while no error was reported about this row.
    bool accepted() const { return rejectedRows_.count(where_.row) == 0; }

  private:
    const CsvRecord& record_;
    SourceRow where_;
    ImportReport& report_;
    std::set<std::size_t>& rejectedRows_;
};

// One file of the certificate area: its kind for messages ("certificate types") and its columns.
struct CertCsvLayout {
    std::string_view kind;
    std::span<const ColumnSpec> columns;
};

// Reads a file's header and calls `readRow` for every row after it that is not blank. Returns the
// numbers of the rows that got an error (the reader removes them with keepAcceptedRows). When the
// file cannot be read at all (not UTF-8, no header, a required column missing), `readRow` is never
// called and every row counts as rejected.
std::set<std::size_t> readCertCsv(std::string_view bytes, const CertCsvLayout& layout,
                                  ImportReport& report,
                                  const std::function<void(CertCsvRow&)>& readRow);

// Reports, for every key found in more than one row, each of those rows ("the 证书编号 X is in
// rows 3 and 7; none of them is imported until only one is left"). `what` names the key:
// "证书编号".
void rejectRepeatedKeys(const std::map<std::string, std::vector<SourceRow>>& rowsByKey,
                        std::size_t field, std::string_view code, std::string_view what,
                        ImportReport& report, std::set<std::size_t>& rejectedRows);

// Finishes a file or a resolution step: sorts the problems and adds the rows it rejected to the
// count.
void finishReport(ImportReport& report, const std::set<std::size_t>& rejectedRows);

}  // namespace tqm::cert
