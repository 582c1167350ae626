#include "cert/cert_csv.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "base/encoding_check.h"
#include "base/text_normalize.h"
#include "base/utf8.h"

namespace tqm::cert {

namespace {

std::string inQuotes(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

// Headers compare without case, width, spaces, '_' or '-', so that hand-typed headers match.
std::string headerKey(std::string_view header) {
    std::string key;
    for (const char c : toHalfWidth(header)) {
        if (c == ' ' || c == '\t' || c == '_' || c == '-') continue;
        key += static_cast<unsigned char>(c) < 0x80
                   ? static_cast<char>(std::tolower(static_cast<unsigned char>(c)))
                   : c;
    }
    return key;
}

std::vector<std::string_view> namesOf(const ColumnSpec& spec) {
    std::vector<std::string_view> names;
    std::string_view rest = spec.names;
    while (!rest.empty()) {
        const std::size_t bar = rest.find('|');
        names.push_back(rest.substr(0, bar));
        rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
    }
    return names;
}

std::optional<std::size_t> fieldOfHeader(std::string_view header, const CertCsvLayout& layout) {
    const std::string key = headerKey(header);
    if (key.empty()) return std::nullopt;
    for (std::size_t field = 0; field < layout.columns.size(); ++field)
        for (std::string_view name : namesOf(layout.columns[field]))
            if (headerKey(name) == key) return field;
    return std::nullopt;
}

std::string knownColumns(const CertCsvLayout& layout) {
    std::string list;
    for (const ColumnSpec& spec : layout.columns) {
        if (!list.empty()) list += ", ";
        list += columnTitle(spec);
    }
    return list;
}

bool hasSpace(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t c = decodeUtf8(text, pos);
        if (c <= 0x20 || c == 0x7F || c == 0x3000) return true;
    }
    return false;
}

bool isBlankRecord(const CsvRecord& record) {
    return std::all_of(record.fields.begin(), record.fields.end(),
                       [](const std::string& field) { return trimSpaces(field).empty(); });
}

// Reads the header; false when no row can be read (a column repeated or a required one missing).
bool readHeader(const CsvRecord& header, std::size_t headerRow, const CertCsvLayout& layout,
                ImportReport& report) {
    DiagnosticSink sink(report.diagnostics, report.file);
    auto noteDetail = [&](ImportProblemDetail detail) {
        report.details.resize(report.diagnostics.size() - 1);
        report.details.push_back(std::move(detail));
    };
    bool usable = true;
    for (std::size_t column = 0; column < header.fields.size(); ++column) {
        const std::string written(trimSpaces(header.fields[column]));
        const auto column1 = static_cast<std::uint32_t>(column + 1);
        const auto field = fieldOfHeader(written, layout);
        if (!field) {
            if (written.empty()) continue;
            sink.warning(header.line, column1, "unknown-column",
                         "column " + inQuotes(written) + " is not a column of a " +
                             std::string(layout.kind) + " file and is ignored; the columns are " +
                             knownColumns(layout));
            noteDetail({headerRow, written, {}, {}});
            continue;
        }
        ImportColumn& found = report.columns[*field];
        if (found.number > 0) {
            sink.error(header.line, column1, "duplicate-column",
                       "column " + inQuotes(written) + " repeats column " +
                           std::to_string(found.number) + " " + inQuotes(found.header) +
                           "; keep one of them");
            noteDetail({headerRow, written, found.header, {}});
            usable = false;
            continue;
        }
        found = {column1, written};
    }
    for (std::size_t field = 0; field < layout.columns.size(); ++field) {
        const ColumnSpec& spec = layout.columns[field];
        if (!spec.required || report.columns[field].number > 0) continue;
        sink.error(header.line, 0, "missing-column",
                   "the header row has no " + columnTitle(spec) +
                       " column, so no row can be read; the columns are " + knownColumns(layout));
        noteDetail({headerRow, std::string(namesOf(spec).front()), {}, {}});
        usable = false;
    }
    return usable;
}

void reportUnclosedQuote(const CsvUnclosedQuote& quote, std::size_t row, ImportReport& report) {
    std::string header;
    for (const ImportColumn& found : report.columns)
        if (found.number == quote.field) header = found.header;
    report.diagnostics.push_back(
        {report.file, quote.line, quote.field, Severity::Error, "csv-unclosed-quote",
         "row " + std::to_string(row) + ", column " + inQuotes(header) +
             ": the quote that opens the cell on line " + std::to_string(quote.quoteLine) +
             " is never closed, so the rest of the file was read into this cell"});
    report.details.resize(report.diagnostics.size() - 1);
    report.details.push_back({row, header, {}, {}});
}

}  // namespace

std::string columnTitle(const ColumnSpec& spec) {
    const auto names = namesOf(spec);
    return std::string(names.at(0)) + " (" + std::string(names.at(1)) + ")";
}

void addRowError(ImportReport& report, SourceRow where, std::size_t field, std::string code,
                 const std::string& message, ImportProblemDetail detail) {
    const ImportColumn& column = report.columns.at(field);
    report.diagnostics.push_back({report.file, where.line, column.number, Severity::Error,
                                  std::move(code),
                                  "row " + std::to_string(where.row) + ", column " +
                                      inQuotes(column.header) + ": " + message});
    detail.row = where.row;
    detail.column = column.header;
    report.details.resize(report.diagnostics.size() - 1);
    report.details.push_back(std::move(detail));
}

void sortProblems(ImportReport& report) {
    sortDiagnosticsWithDetails(report.diagnostics, report.details);
}

std::string_view CertCsvRow::text(std::size_t field) const {
    const std::uint32_t number = report_.columns[field].number;
    if (number == 0 || number > record_.fields.size()) return {};
    return trimSpaces(record_.fields[number - 1]);
}

std::string CertCsvRow::halfWidth(std::size_t field) const {
    return std::string(trimSpaces(toHalfWidth(text(field))));
}

std::optional<std::string> CertCsvRow::required(std::size_t field, std::string_view what) {
    std::string value(text(field));
    if (!value.empty()) return value;
    error(field, "missing-value", "the " + std::string(what) + " is empty");
    return std::nullopt;
}

std::optional<std::string> CertCsvRow::key(std::size_t field, std::string_view what) {
    std::string value = halfWidth(field);
    if (value.empty()) {
        error(field, "missing-value", "the " + std::string(what) + " is empty");
        return std::nullopt;
    }
    if (hasSpace(value)) {
        error(field, "space-in-key",
              "the " + std::string(what) + " " + inQuotes(value) +
                  " contains a space or a control character",
              {0, {}, value, {}});
        return std::nullopt;
    }
    return value;
}

std::optional<int> CertCsvRow::wholeNumber(std::size_t field, int minimum, int maximum) {
    const std::optional<std::int64_t> value = [&]() -> std::optional<std::int64_t> {
        const std::string cell = halfWidth(field);
        if (cell.empty()) return std::nullopt;
        std::int64_t number = 0;
        const char* begin = cell.data() + (cell.front() == '+' ? 1 : 0);
        const auto [end, failure] = std::from_chars(begin, cell.data() + cell.size(), number);
        if (failure == std::errc::result_out_of_range) {
            error(field, "number-too-large",
                  cell + " is too large; it must be at most " + std::to_string(maximum),
                  {0, {}, cell, {}});
            return std::nullopt;
        }
        if (failure != std::errc() || end != cell.data() + cell.size()) {
            error(field, "bad-number", inQuotes(cell) + " is not a whole number",
                  {0, {}, cell, {}});
            return std::nullopt;
        }
        if (number < minimum) {
            error(field, "number-too-small",
                  cell + " is too small; it must be at least " + std::to_string(minimum),
                  {0, {}, cell, {}});
            return std::nullopt;
        }
        if (number > maximum) {
            error(field, "number-too-large",
                  cell + " is too large; it must be at most " + std::to_string(maximum),
                  {0, {}, cell, {}});
            return std::nullopt;
        }
        return number;
    }();
    if (!value) return std::nullopt;
    return static_cast<int>(*value);
}

std::optional<std::int64_t> CertCsvRow::id(std::size_t field) {
    const std::string cell = halfWidth(field);
    if (cell.empty()) return std::nullopt;
    std::int64_t number = 0;
    const auto [end, failure] = std::from_chars(cell.data(), cell.data() + cell.size(), number);
    if (failure != std::errc() || end != cell.data() + cell.size() || number < 1) {
        error(field, "bad-id", inQuotes(cell) + " is not a positive whole number",
              {0, {}, cell, {}});
        return std::nullopt;
    }
    return number;
}

std::optional<Date> CertCsvRow::date(std::size_t field) {
    const std::string cell = halfWidth(field);
    if (cell.empty()) return std::nullopt;
    if (const auto parsed = parseDate(cell)) return parsed;
    error(field, "bad-date",
          inQuotes(cell) + " is not a date; write dates as 2026-11-24 (or 2026/11/24)",
          {0, {}, cell, {}});
    return std::nullopt;
}

void CertCsvRow::error(std::size_t field, std::string code, const std::string& message,
                       ImportProblemDetail detail) {
    addRowError(report_, where_, field, std::move(code), message, std::move(detail));
    rejectedRows_.insert(where_.row);
}

std::set<std::size_t> readCertCsv(std::string_view bytes, const CertCsvLayout& layout,
                                  ImportReport& report,
                                  const std::function<void(CertCsvRow&)>& readRow) {
    std::set<std::size_t> rejectedRows;
    report.columns.assign(layout.columns.size(), {});
    DiagnosticSink sink(report.diagnostics, report.file);
    if (!reportIfNotUtf8(bytes, "in Excel choose 另存为 (Save As) \"CSV UTF-8\"", sink))
        return rejectedRows;
    const std::string_view text = withoutBom(bytes);
    const CsvTable table = readCsv(text, guessCsvDelimiter(text));
    std::size_t first = 0;
    while (first < table.records.size() && isBlankRecord(table.records[first])) ++first;
    if (first == table.records.size()) {
        sink.error(0, 0, "csv-no-header", "the file is empty; it needs a header row");
        return rejectedRows;
    }
    const bool usable = readHeader(table.records[first], first + 1, layout, report);
    for (std::size_t i = first + 1; i < table.records.size(); ++i) {
        const CsvRecord& record = table.records[i];
        const SourceRow where{i + 1, record.line};
        if (table.unclosed && i + 1 == table.records.size()) {
            if (usable) reportUnclosedQuote(*table.unclosed, where.row, report);
            rejectedRows.insert(where.row);
        } else if (!isBlankRecord(record)) {
            if (!usable) {
                rejectedRows.insert(where.row);
                continue;
            }
            CertCsvRow row(record, where, report, rejectedRows);
            readRow(row);
        }
    }
    return rejectedRows;
}

void rejectRepeatedKeys(const std::map<std::string, std::vector<SourceRow>>& rowsByKey,
                        std::size_t field, std::string_view code, std::string_view what,
                        ImportReport& report, std::set<std::size_t>& rejectedRows) {
    for (const auto& [key, rows] : rowsByKey) {
        if (rows.size() < 2) continue;
        std::string list;
        std::vector<std::size_t> numbers;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (i > 0) list += i + 1 == rows.size() ? " and " : ", ";
            list += std::to_string(rows[i].row);
            numbers.push_back(rows[i].row);
        }
        for (const SourceRow& where : rows) {
            addRowError(report, where, field, std::string(code),
                        "the " + std::string(what) + " " + key + " is in rows " + list +
                            "; none of them is imported until only one is left",
                        {0, {}, key, numbers});
            rejectedRows.insert(where.row);
        }
    }
}

void finishReport(ImportReport& report, const std::set<std::size_t>& rejectedRows) {
    sortProblems(report);
    report.rejected += rejectedRows.size();
}

}  // namespace tqm::cert
