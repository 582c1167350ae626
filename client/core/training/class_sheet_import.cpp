#include "training/class_sheet_import.h"

#include <algorithm>
#include <map>
#include <optional>

#include "base/csv_reader.h"
#include "base/encoding_check.h"
#include "base/text_normalize.h"
#include "base/utf8.h"
#include "store/people_repository.h"
#include "store/training_class_repository.h"
#include "store/write_scope.h"
#include "training/training_class.h"

namespace tqm::training {

namespace {

struct Columns {
    std::optional<std::size_t> employeeNo;
    std::optional<std::size_t> name;
    std::map<std::size_t, Date> days;  // column → class day
};

struct GoodRow {
    std::int64_t personId = 0;
    std::vector<AttendanceMark> marks;
};

std::string inQuotes(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

std::string cellAt(const CsvRecord& record, std::size_t column) {
    if (column >= record.fields.size()) return {};
    return std::string(trimSpaces(record.fields[column]));
}

std::uint32_t column1(std::size_t column) {
    return static_cast<std::uint32_t>(column + 1);
}

Columns readHeader(const CsvRecord& header, const TrainingClass& c, DiagnosticSink& sink) {
    Columns columns;
    for (std::size_t column = 0; column < header.fields.size(); ++column) {
        const std::string text = toHalfWidth(trimSpaces(header.fields[column]));
        if (text == "工号" || text == "employee_no") {
            columns.employeeNo = column;
        } else if (text == "姓名" || text == "name") {
            columns.name = column;
        } else if (const auto day = parseDate(text)) {
            if (*day < c.startDate || *day > c.endDate)
                sink.error(header.line, column1(column), "sheet-day-outside-class",
                           "column " + inQuotes(text) + " is not a day of class " + c.code + " (" +
                               formatDate(c.startDate) + " to " + formatDate(c.endDate) + ")");
            else
                columns.days.emplace(column, *day);
        } else if (!text.empty()) {
            sink.warning(
                header.line, column1(column), "sheet-unknown-column",
                "column " + inQuotes(text) + " is neither 工号, 姓名 nor a date and is ignored");
        }
    }
    if (!columns.employeeNo)
        sink.error(header.line, 0, "sheet-missing-column",
                   "the sheet has no 工号 (employee_no) column; add one as the first row");
    return columns;
}

bool blank(const CsvRecord& record) {
    return std::all_of(record.fields.begin(), record.fields.end(),
                       [](const std::string& f) { return trimSpaces(f).empty(); });
}

}  // namespace

SheetImportResult importClassSheet(store::Database& database, std::int64_t classId,
                                   std::string_view bytes, const std::string& fileName) {
    SheetImportResult result;
    DiagnosticSink sink(result.diagnostics, fileName);
    store::TrainingClassRepository classes(database);
    const std::optional<TrainingClass> c = classes.find(classId);
    if (!c) {
        sink.error(0, 0, "unknown-class",
                   "there is no training class with id " + std::to_string(classId));
        return result;
    }
    if (!reportIfNotUtf8(bytes, "in Excel choose 另存为 (Save As) \"CSV UTF-8\"", sink))
        return result;
    const std::string_view text = withoutBom(bytes);
    const CsvTable table = readCsv(text, guessCsvDelimiter(text));
    if (table.records.empty()) {
        sink.error(0, 0, "sheet-empty", "the file has no header row and no trainees");
        return result;
    }
    const Columns columns = readHeader(table.records.front(), *c, sink);
    if (hasErrors(result.diagnostics)) return result;

    store::PeopleRepository people(database);
    std::vector<GoodRow> good;
    std::map<std::string, std::uint32_t> seen;  // 工号 → line first seen
    for (std::size_t i = 1; i < table.records.size(); ++i) {
        const CsvRecord& record = table.records[i];
        if (blank(record)) continue;
        const std::size_t errorsBefore = countBySeverity(result.diagnostics, Severity::Error);
        const std::string number = toHalfWidth(cellAt(record, *columns.employeeNo));
        const auto error = [&](std::size_t column, std::string code, const std::string& message) {
            sink.error(record.line, column1(column), std::move(code), message);
        };
        std::optional<store::Person> person;
        if (number.empty()) {
            error(*columns.employeeNo, "sheet-missing-employee-no", "the 工号 is empty");
        } else if (const auto first = seen.find(number); first != seen.end()) {
            error(*columns.employeeNo, "sheet-duplicate-employee-no",
                  "工号 " + number + " was already on line " + std::to_string(first->second));
        } else if (!(person = people.findByEmployeeNo(number))) {
            error(*columns.employeeNo, "sheet-unknown-person",
                  "no person has 工号 " + number + "; import them with the roster first");
        }
        seen.emplace(number, record.line);
        if (person && columns.name) {
            const std::string name = cellAt(record, *columns.name);
            if (!name.empty() && name != person->name)
                error(*columns.name, "sheet-name-mismatch",
                      "工号 " + number + " belongs to " + person->name + ", not " + name);
        }
        GoodRow row;
        for (const auto& [column, day] : columns.days) {
            const std::string word = cellAt(record, column);
            if (word.empty()) continue;
            const auto status = parseAttendance(word);
            if (!status)
                error(column, "sheet-unknown-mark",
                      inQuotes(word) + " is not a mark; write 出勤, 迟到, 缺勤 or 请假");
            else if (person)
                row.marks.push_back({person->id, day, *status});
        }
        if (countBySeverity(result.diagnostics, Severity::Error) > errorsBefore) {
            ++result.rejected;
            continue;
        }
        row.personId = person->id;
        good.push_back(std::move(row));
    }
    if (table.unclosed)
        sink.error(table.unclosed->line, table.unclosed->field, "sheet-unclosed-quote",
                   "a quote opened on line " + std::to_string(table.unclosed->quoteLine) +
                       " never closes");

    store::WriteScope scope(database.sql(), "class_sheet_import");
    for (const GoodRow& row : good) {
        const auto joined = classes.addMember(classId, row.personId);
        if (std::get<store::MarkOutcome>(joined) == store::MarkOutcome::Added)
            ++result.joined;
        else
            ++result.alreadyOnRoster;
        for (const AttendanceMark& mark : row.marks)
            if (std::get<store::MarkOutcome>(classes.mark(classId, mark)) !=
                store::MarkOutcome::Unchanged)
                ++result.marks;
    }
    scope.commit();
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    return result;
}

}  // namespace tqm::training
