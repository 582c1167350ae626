#include "report/xlsx_export.h"

#include <string>

#include <xlsxwriter.h>

#include "report/result_format.h"
#include "report/xlsx_file.h"

namespace tqm::report {

namespace {

constexpr double kMillisPerDay = 86'400'000.0;
// Excel counts days from 1899-12-30, so 1970-01-01 is day 25569.
constexpr double kExcelUnixEpoch = 25569.0;

struct Formats {
    lxw_format* header;
    lxw_format* points;
    lxw_format* duration;
    lxw_format* dateTime;
};

Formats addFormats(lxw_workbook* workbook) {
    Formats formats{workbook_add_format(workbook), workbook_add_format(workbook),
                    workbook_add_format(workbook), workbook_add_format(workbook)};
    format_set_bold(formats.header);
    format_set_num_format(formats.points, "0.00");
    format_set_num_format(formats.duration, "[h]:mm:ss");
    format_set_num_format(formats.dateTime, "yyyy-mm-dd hh:mm:ss");
    return formats;
}

// Remembers the first thing libxlsxwriter refused, so one check at the end covers every cell.
class SheetWriter {
  public:
    SheetWriter(lxw_worksheet* sheet, lxw_error& firstError) : sheet_(sheet), error_(firstError) {}

    void text(lxw_row_t row, lxw_col_t col, const std::string& value,
              lxw_format* format = nullptr) {
        keep(worksheet_write_string(sheet_, row, col, value.c_str(), format));
    }
    void number(lxw_row_t row, lxw_col_t col, double value, lxw_format* format = nullptr) {
        keep(worksheet_write_number(sheet_, row, col, value, format));
    }
    void header(std::initializer_list<std::pair<const char*, double>> columns, lxw_format* bold) {
        lxw_col_t col = 0;
        for (const auto& [title, width] : columns) {
            text(0, col, title, bold);
            keep(worksheet_set_column(sheet_, col, col, width, nullptr));
            ++col;
        }
        worksheet_freeze_panes(sheet_, 1, 0);
    }

  private:
    void keep(lxw_error error) {
        if (error_ == LXW_NO_ERROR) error_ = error;
    }
    lxw_worksheet* sheet_;
    lxw_error& error_;
};

double points(exam::Centipoints value) {
    return static_cast<double>(value) / 100.0;
}

void writePeople(SheetWriter& sheet, const Formats& formats,
                 std::span<const PersonResultRow> people, const ExportOptions& options) {
    sheet.header({{"工号", 12},
                  {"姓名", 12},
                  {"单位", 20},
                  {"得分", 9},
                  {"满分", 9},
                  {"是否通过", 10},
                  {"用时", 11},
                  {"提交时间", 20}},
                 formats.header);
    lxw_row_t row = 1;
    for (const PersonResultRow& person : people) {
        sheet.text(row, 0, person.employeeNo);
        sheet.text(row, 1, person.name);
        sheet.text(row, 2, person.unit);
        sheet.number(row, 3, points(person.score), formats.points);
        sheet.number(row, 4, points(person.max), formats.points);
        sheet.text(row, 5, std::string(verdictLabel(person.verdict)));
        const auto seconds = std::chrono::floor<std::chrono::seconds>(person.timeUsed);
        sheet.number(row, 6, static_cast<double>(seconds.count()) * 1000.0 / kMillisPerDay,
                     formats.duration);
        if (person.submittedAt) {
            const auto local =
                std::chrono::floor<std::chrono::seconds>(*person.submittedAt + options.utcOffset);
            const double millis = static_cast<double>(
                std::chrono::duration_cast<std::chrono::milliseconds>(local.time_since_epoch())
                    .count());
            sheet.number(row, 7, kExcelUnixEpoch + millis / kMillisPerDay, formats.dateTime);
        }
        ++row;
    }
}

void writeAnswers(SheetWriter& sheet, const Formats& formats,
                  std::span<const AnswerResultRow> answers) {
    sheet.header({{"工号", 12},
                  {"姓名", 12},
                  {"题号", 6},
                  {"题目编号", 16},
                  {"题型", 8},
                  {"作答", 30},
                  {"得分", 9},
                  {"满分", 9},
                  {"判定", 10}},
                 formats.header);
    lxw_row_t row = 1;
    for (const AnswerResultRow& answer : answers) {
        sheet.text(row, 0, answer.employeeNo);
        sheet.text(row, 1, answer.name);
        sheet.number(row, 2, static_cast<double>(answer.seq));
        sheet.text(row, 3, answer.questionId);
        sheet.text(row, 4, std::string(bank::typeShortName(answer.type)));
        sheet.text(row, 5, answer.answerText);
        sheet.number(row, 6, points(answer.earned), formats.points);
        sheet.number(row, 7, points(answer.max), formats.points);
        sheet.text(row, 8, std::string(statusLabel(answer.status)));
        ++row;
    }
}

}  // namespace

std::optional<ExportError> writeResultsXlsx(const std::filesystem::path& file,
                                            std::span<const PersonResultRow> people,
                                            std::span<const AnswerResultRow> answers,
                                            const ExportOptions& options) {
    return writeWorkbook(file, [&](lxw_workbook* workbook) {
        lxw_error firstError = LXW_NO_ERROR;
        const Formats formats = addFormats(workbook);
        lxw_worksheet* peopleSheet = workbook_add_worksheet(workbook, "成绩");
        lxw_worksheet* answerSheet = workbook_add_worksheet(workbook, "答题明细");
        if (!peopleSheet || !answerSheet) return LXW_ERROR_MEMORY_MALLOC_FAILED;
        SheetWriter peopleWriter(peopleSheet, firstError);
        writePeople(peopleWriter, formats, people, options);
        SheetWriter answerWriter(answerSheet, firstError);
        writeAnswers(answerWriter, formats, answers);
        return firstError;
    });
}

}  // namespace tqm::report
