#include "cert/roster_import.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>

#include "base/csv_reader.h"
#include "base/encoding_check.h"
#include "base/line_index.h"
#include "base/text_normalize.h"
#include "base/utf8.h"

namespace tqm::cert {

namespace {

enum class RosterField : std::uint8_t { EmployeeNo, Name, Unit, Department, Positions };

struct FieldName {
    RosterField field;
    std::string_view chinese;
    std::string_view english;
};

constexpr std::array kFieldNames{
    FieldName{RosterField::EmployeeNo, "工号", "employee_no"},
    FieldName{RosterField::Name, "姓名", "name"},
    FieldName{RosterField::Unit, "单位", "unit"},
    FieldName{RosterField::Department, "部门", "department"},
    FieldName{RosterField::Positions, "岗位", "positions"},
};

constexpr std::string_view kKnownColumns =
    "工号 (employee_no), 姓名 (name), 单位 (unit), 部门 (department), 岗位 (positions)";

std::string inQuotes(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

std::optional<RosterField> fieldOfHeader(std::string_view header) {
    std::string key = toHalfWidth(trimSpaces(header));
    std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) {
        return c < 0x80 ? static_cast<char>(std::tolower(c)) : c;
    });
    for (const FieldName& name : kFieldNames)
        if (key == name.chinese || key == name.english) return name.field;
    return std::nullopt;
}

bool isBlankRecord(const CsvRecord& record) {
    return std::all_of(record.fields.begin(), record.fields.end(),
                       [](const std::string& field) { return trimSpaces(field).empty(); });
}

bool checkEncoding(std::string_view bytes, DiagnosticSink& sink) {
    return reportIfNotUtf8(bytes, "in Excel choose 另存为 (Save As) \"CSV UTF-8\"", sink);
}

bool hasSpace(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t c = decodeUtf8(text, pos);
        if (c <= 0x20 || c == 0x7F || c == 0x3000) return true;
    }
    return false;
}

// Reads the rows of one file once its header is known.
class RosterReader {
  public:
    RosterReader(Roster& roster, const std::string& fileName, std::size_t headerRow)
        : roster_(roster), sink_(roster.diagnostics, fileName), headerRow_(headerRow) {}

    bool readHeader(const CsvRecord& header);
    void readRow(const CsvRecord& record, std::size_t row);
    void reportUnclosedQuote(const CsvUnclosedQuote& quote, std::size_t row);
    // Rows that share a 工号 cannot both be right, and which one is cannot be told: all go.
    void rejectDuplicates();

  private:
    struct Accepted {
        std::size_t row;
        std::uint32_t line;
        bool valid;
    };

    std::string_view cell(const CsvRecord& record, RosterField field) const {
        const auto found = columns_.find(field);
        if (found == columns_.end() || found->second >= record.fields.size()) return {};
        return trimSpaces(record.fields[found->second]);
    }
    void rowError(std::uint32_t line, std::size_t row, std::size_t column, std::string code,
                  const std::string& message, RosterProblemDetail detail = {}) {
        sink_.error(line, static_cast<std::uint32_t>(column + 1), std::move(code),
                    "row " + std::to_string(row) + ", column " + inQuotes(headers_[column]) + ": " +
                        message);
        detail.row = row;
        detail.column = headers_[column];
        noteDetail(std::move(detail));
    }
    // Keeps the details parallel to the diagnostics: the last diagnostic added gets `detail`,
    // and any added without one before it get an empty one.
    void noteDetail(RosterProblemDetail detail) {
        roster_.details.resize(roster_.diagnostics.size() - 1);
        roster_.details.push_back(std::move(detail));
    }

    Roster& roster_;
    DiagnosticSink sink_;
    std::size_t headerRow_;
    std::vector<std::string> headers_;
    std::map<RosterField, std::size_t> columns_;
    std::vector<Accepted> rows_;  // parallel to roster_.people until rejectDuplicates()
    std::map<std::string, std::vector<std::size_t>> byEmployeeNo_;  // indexes into rows_
};

bool RosterReader::readHeader(const CsvRecord& header) {
    bool usable = true;
    for (std::size_t column = 0; column < header.fields.size(); ++column) {
        headers_.emplace_back(trimSpaces(header.fields[column]));
        const auto column1 = static_cast<std::uint32_t>(column + 1);
        const auto field = fieldOfHeader(header.fields[column]);
        if (!field) {
            if (!headers_.back().empty()) {
                sink_.warning(header.line, column1, "roster-unknown-column",
                              "column " + inQuotes(headers_.back()) +
                                  " is not a roster column and is ignored; the columns are " +
                                  std::string(kKnownColumns));
                noteDetail({headerRow_, headers_.back(), {}, {}});
            }
            continue;
        }
        const auto [it, added] = columns_.emplace(*field, column);
        if (!added) {
            sink_.error(header.line, column1, "roster-duplicate-column",
                        "column " + inQuotes(headers_.back()) + " repeats column " +
                            std::to_string(it->second + 1) + " " + inQuotes(headers_[it->second]) +
                            "; keep one of them");
            noteDetail({headerRow_, headers_.back(), headers_[it->second], {}});
            usable = false;
        }
    }
    for (RosterField required : {RosterField::EmployeeNo, RosterField::Name}) {
        if (columns_.count(required)) continue;
        const FieldName& name = kFieldNames[static_cast<std::size_t>(required)];
        sink_.error(header.line, 0, "roster-missing-column",
                    "the header row has no " + std::string(name.chinese) + " (" +
                        std::string(name.english) +
                        ") column, so no row can be read; the columns are " +
                        std::string(kKnownColumns));
        noteDetail({headerRow_, std::string(name.chinese), {}, {}});
        usable = false;
    }
    return usable;
}

void RosterReader::readRow(const CsvRecord& record, std::size_t row) {
    const std::size_t errorsBefore = roster_.diagnostics.size();
    const std::size_t employeeColumn = columns_.at(RosterField::EmployeeNo);
    const std::string employeeNo = toHalfWidth(cell(record, RosterField::EmployeeNo));
    bool validEmployeeNo = false;
    if (employeeNo.empty()) {
        rowError(record.line, row, employeeColumn, "missing-employee-no", "the 工号 is empty");
    } else if (hasSpace(employeeNo)) {
        rowError(record.line, row, employeeColumn, "bad-employee-no",
                 "the 工号 " + inQuotes(employeeNo) + " contains a space or a control character",
                 {0, {}, employeeNo, {}});
    } else {
        validEmployeeNo = true;
    }
    const std::string_view name = cell(record, RosterField::Name);
    if (name.empty())
        rowError(record.line, row, columns_.at(RosterField::Name), "empty-name",
                 "the name (姓名) is empty");

    store::PersonUpdate person{employeeNo, std::string(name), {}, {}, {}};
    if (columns_.count(RosterField::Unit))
        person.unit = std::string(cell(record, RosterField::Unit));
    if (columns_.count(RosterField::Department))
        person.department = std::string(cell(record, RosterField::Department));
    if (columns_.count(RosterField::Positions))
        person.positions = splitPositions(cell(record, RosterField::Positions));

    if (validEmployeeNo) byEmployeeNo_[employeeNo].push_back(rows_.size());
    rows_.push_back({row, record.line, roster_.diagnostics.size() == errorsBefore});
    roster_.people.push_back(std::move(person));
}

void RosterReader::reportUnclosedQuote(const CsvUnclosedQuote& quote, std::size_t row) {
    const std::size_t column = quote.field - 1;
    sink_.error(quote.line, quote.field, "csv-unclosed-quote",
                "row " + std::to_string(row) + ", column " +
                    inQuotes(column < headers_.size() ? headers_[column] : "") +
                    ": the quote that opens the cell on line " + std::to_string(quote.quoteLine) +
                    " is never closed, so the rest of the file was read into this cell");
    noteDetail({row, column < headers_.size() ? headers_[column] : std::string(), {}, {}});
    ++roster_.rejected;
}

void RosterReader::rejectDuplicates() {
    const std::size_t employeeColumn = columns_.at(RosterField::EmployeeNo);
    for (const auto& [employeeNo, indexes] : byEmployeeNo_) {
        if (indexes.size() < 2) continue;
        std::string rows;
        std::vector<std::size_t> rowNumbers;
        for (std::size_t i = 0; i < indexes.size(); ++i) {
            if (i > 0) rows += i + 1 == indexes.size() ? " and " : ", ";
            rows += std::to_string(rows_[indexes[i]].row);
            rowNumbers.push_back(rows_[indexes[i]].row);
        }
        for (std::size_t index : indexes) {
            rowError(rows_[index].line, rows_[index].row, employeeColumn, "duplicate-employee-no",
                     "the 工号 " + employeeNo + " is in rows " + rows +
                         "; none of them is imported until only one is left",
                     {0, {}, employeeNo, rowNumbers});
            rows_[index].valid = false;
        }
    }
    std::vector<store::PersonUpdate> kept;
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        if (rows_[i].valid)
            kept.push_back(std::move(roster_.people[i]));
        else
            ++roster_.rejected;
    }
    roster_.people = std::move(kept);
}

// Sorts the diagnostics by line, then column, keeping each one's detail beside it; problems
// without a detail of their own (the file's encoding) get an empty one.
void sortProblems(Roster& roster) {
    sortDiagnosticsWithDetails(roster.diagnostics, roster.details);
}

}  // namespace

std::vector<std::string> splitPositions(std::string_view cell) {
    std::vector<std::string> positions;
    std::size_t start = 0;
    auto take = [&](std::size_t end) {
        const std::string_view piece = trimSpaces(cell.substr(start, end - start));
        if (!piece.empty()) positions.emplace_back(piece);
    };
    for (std::size_t pos = 0; pos < cell.size();) {
        const std::size_t at = pos;
        const char32_t c = decodeUtf8(cell, pos);
        if (c == U';' || c == U'；' || c == U',' || c == U'，' || c == U'、') {
            take(at);
            start = pos;
        }
    }
    take(cell.size());
    return positions;
}

Roster readRoster(std::string_view bytes, const std::string& fileName) {
    Roster roster;
    DiagnosticSink sink(roster.diagnostics, fileName);
    if (!checkEncoding(bytes, sink)) {
        sortProblems(roster);
        return roster;
    }
    const std::string_view text = withoutBom(bytes);
    const CsvTable table = readCsv(text, guessCsvDelimiter(text));
    std::size_t first = 0;
    while (first < table.records.size() && isBlankRecord(table.records[first])) ++first;
    if (first == table.records.size()) {
        sink.error(0, 0, "csv-no-header", "the file is empty; it needs a header row");
        sortProblems(roster);
        return roster;
    }
    RosterReader reader(roster, fileName, first + 1);
    if (!reader.readHeader(table.records[first])) {
        roster.rejected = static_cast<std::size_t>(std::count_if(
            table.records.begin() + static_cast<std::ptrdiff_t>(first) + 1, table.records.end(),
            [](const CsvRecord& record) { return !isBlankRecord(record); }));
        sortProblems(roster);
        return roster;
    }
    for (std::size_t i = first + 1; i < table.records.size(); ++i) {
        if (table.unclosed && i + 1 == table.records.size())
            reader.reportUnclosedQuote(*table.unclosed, i + 1);
        else if (!isBlankRecord(table.records[i]))
            reader.readRow(table.records[i], i + 1);
    }
    reader.rejectDuplicates();
    sortProblems(roster);
    return roster;
}

RosterImportResult importRoster(std::string_view bytes, const std::string& fileName,
                                store::PeopleRepository& people) {
    Roster roster = readRoster(bytes, fileName);
    RosterImportResult result{
        std::move(roster.diagnostics), {}, roster.rejected, std::move(roster.details)};
    if (!roster.people.empty()) result.counts = people.upsertAll(roster.people);
    return result;
}

std::string rosterSummary(const RosterImportResult& result) {
    return "added " + std::to_string(result.counts.added) + ", updated " +
           std::to_string(result.counts.updated) + ", unchanged " +
           std::to_string(result.counts.unchanged) + ", rejected " +
           std::to_string(result.rejected);
}

}  // namespace tqm::cert
