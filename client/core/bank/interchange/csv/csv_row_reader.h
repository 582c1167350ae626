// Reads the rows of a CSV template file into questions, one row at a time, reporting every
// problem of a row against its spreadsheet row number, its line in the file and its column.
// Used by csv_import.cpp only.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/interchange/common/import_support.h"
#include "bank/interchange/csv/csv_columns.h"
#include "bank/interchange/import_result.h"
#include "base/csv_reader.h"
#include "base/text_normalize.h"

namespace tqm::bank {

class CsvRowReader {
  public:
    CsvRowReader(ImportResult& result, const std::string& fileName)
        : result_(result), sink_(result.diagnostics, fileName), categories_(result.bank) {}

    // False when the header lacks a required column: then no row can be read.
    bool readHeader(const CsvRecord& header);
    void readRow(const CsvRecord& record, std::size_t row);
    void assignDerivedIds(std::uint32_t headerLine);

    // Reports a quoted cell that runs to the end of the file; its record is not read.
    void reportUnclosedQuote(const CsvUnclosedQuote& quote, std::size_t row);

  private:
    struct Row {
        const CsvRecord& record;
        std::size_t number;  // the spreadsheet's row number; the header is row 1
        std::size_t errors = 0;
    };
    struct PendingId {
        std::size_t question;
        std::string base;
    };

    std::string_view cell(const Row& row, std::optional<std::size_t> column) const {
        if (!column || *column >= row.record.fields.size()) return {};
        return trimSpaces(row.record.fields[*column]);
    }
    std::string_view cell(const Row& row, CsvField field) const {
        return cell(row, columns_.of(field));
    }
    void report(Row& row, Severity severity, std::string code, std::optional<std::size_t> column,
                const std::string& header, const std::string& message) {
        if (severity == Severity::Error) ++row.errors;
        sink_.add(
            severity, row.record.line, column ? static_cast<std::uint32_t>(*column + 1) : 0,
            std::move(code),
            "row " + std::to_string(row.number) + ", column " + inQuotes(header) + ": " + message);
    }
    void fieldError(Row& row, std::string code, CsvField field, const std::string& message) {
        report(row, Severity::Error, std::move(code), columns_.of(field), columns_.nameOf(field),
               message);
    }
    std::vector<std::string_view> keepAll(const std::vector<std::string>& items) {
        std::vector<std::string_view> kept;
        for (const std::string& item : items) kept.push_back(result_.bank.keep(item));
        return kept;
    }

    void readNumbers(Row& row, Question& q);
    std::vector<std::string> readOptions(Row& row);
    void readAnswer(Row& row, Question& q, const std::vector<std::string>& options);
    void readChoiceAnswer(Row& row, Question& q, const std::vector<std::string>& options);
    void readOtherFields(Row& row, Question& q);

    ImportResult& result_;
    DiagnosticSink sink_;
    CategoryTreeBuilder categories_;
    CsvColumns columns_;
    IdAllocator ids_;
    std::map<std::string, std::size_t, std::less<>> explicitIds_;  // id -> row
    std::vector<PendingId> pendingIds_;
};

}  // namespace tqm::bank
