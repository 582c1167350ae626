#include "report/csv_export.h"

#include <initializer_list>
#include <string_view>

#include "base/file_io.h"
#include "report/result_format.h"

namespace tqm::report {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kLineEnd = "\r\n";

bool looksLikeFormula(std::string_view text) {
    return !text.empty() && std::string_view("=+-@\t").find(text.front()) != std::string_view::npos;
}

// RFC 4180: a field holding a comma, a quote or a line break is quoted, with quotes doubled.
std::string field(std::string_view text) {
    std::string value = looksLikeFormula(text) ? "'" + std::string(text) : std::string(text);
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

// Numbers and times we format ourselves never need quoting or the formula guard.
void appendRecord(std::string& out, std::initializer_list<std::string> cells) {
    bool first = true;
    for (const std::string& cell : cells) {
        if (!first) out += ',';
        out += cell;
        first = false;
    }
    out += kLineEnd;
}

}  // namespace

std::string personResultsCsv(std::span<const PersonResultRow> rows, const ExportOptions& options) {
    std::string out(kBom);
    appendRecord(out, {"工号", "姓名", "单位", "得分", "满分", "是否通过", "用时", "提交时间"});
    for (const PersonResultRow& row : rows) {
        appendRecord(out, {field(row.employeeNo), field(row.name), field(row.unit),
                           exam::formatPoints(row.score), exam::formatPoints(row.max),
                           std::string(verdictLabel(row.verdict)), formatDuration(row.timeUsed),
                           row.submittedAt ? formatLocalTime(*row.submittedAt, options.utcOffset)
                                           : std::string()});
    }
    return out;
}

std::string answerResultsCsv(std::span<const AnswerResultRow> rows, const ExportOptions&) {
    std::string out(kBom);
    appendRecord(out, {"工号", "姓名", "题号", "题目编号", "题型", "作答", "得分", "满分", "判定"});
    for (const AnswerResultRow& row : rows) {
        appendRecord(out, {field(row.employeeNo), field(row.name), std::to_string(row.seq),
                           field(row.questionId), std::string(bank::typeShortName(row.type)),
                           field(row.answerText), exam::formatPoints(row.earned),
                           exam::formatPoints(row.max), std::string(statusLabel(row.status))});
    }
    return out;
}

std::string csvField(std::string_view text) {
    return field(text);
}

std::optional<ExportError> writeCsvFile(const std::filesystem::path& file, const std::string& csv) {
    std::string failure = writeFileAtomically(file, csv);
    if (failure.empty()) return std::nullopt;
    return ExportError{file.string(), std::move(failure)};
}

}  // namespace tqm::report
