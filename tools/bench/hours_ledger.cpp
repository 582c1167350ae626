// tqm-bench-hours-ledger FILE [--people N] [--class-size M] [--replace]: the study-hour ledger
// (学时台账) of N people over the twelve months of 2026 — every person finished one self-study
// course a month, and each month a one-day class of M of them was held with attendance — timed
// in three steps: assembling the ledger from the database, turning it into tables, and writing
// it as XLSX (the baseline), CSV and PDF. Prints each time in milliseconds, the CSV and PDF times
// as ratios of the XLSX time, and the peak resident memory after each step.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <CLI/CLI.hpp>

#include "base/calendar_date.h"
#include "report/report_file.h"
#include "reports/hours_ledger.h"
#include "reports/report_documents.h"
#include "store/database.h"

namespace {

using Steady = std::chrono::steady_clock;

double millisecondsOf(const auto& action) {
    const auto start = Steady::now();
    action();
    return std::chrono::duration<double, std::milli>(Steady::now() - start).count();
}

double peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux reports kilobytes
}

// Plain SQL in one transaction: the generator is not what is timed.
void fill(SQLite::Database& sql, int people, int classSize) {
    SQLite::Transaction transaction(sql);
    SQLite::Statement person(sql,
                             "INSERT INTO person (id, employee_no, name, unit, department, "
                             "created_at, updated_at) VALUES (?1, printf('E%06d', ?1), "
                             "printf('员工%d', ?1), printf('%d车间', ?1 % 12), '质检科', 0, 0)");
    SQLite::Statement hours(sql,
                            "INSERT INTO study_hours (person_id, course_id, course_version, "
                            "hours_hundredths, earned_at) VALUES (?1, printf('course-%02d', ?2), "
                            "'1', 150, ?3)");
    for (int id = 1; id <= people; ++id) {
        person.bind(1, id);
        person.exec();
        person.reset();
        for (int month = 1; month <= 12; ++month) {
            const tqm::Date day{std::chrono::year{2026} / month / 10};
            hours.bind(1, id);
            hours.bind(2, month);
            hours.bind(3, tqm::unixMillis(day));
            hours.exec();
            hours.reset();
        }
    }
    SQLite::Statement trainingClass(sql,
                                    "INSERT INTO training_class (id, code, name, start_date, "
                                    "end_date, created_at) VALUES (?1, printf('2026-%02d', ?1), "
                                    "'月度质量培训', ?2, ?2, 0)");
    SQLite::Statement plan(sql,
                           "INSERT INTO training_class_course VALUES (?1, 1, "
                           "printf('class-course-%02d', ?1), '', '', ?2, 400)");
    SQLite::Statement member(sql, "INSERT INTO training_class_member VALUES (?1, ?2, 0)");
    SQLite::Statement mark(sql,
                           "INSERT INTO training_attendance VALUES (?1, ?2, ?3, 'present', 0)");
    for (int month = 1; month <= 12; ++month) {
        const std::string day = tqm::formatDate(tqm::Date{std::chrono::year{2026} / month / 15});
        trainingClass.bind(1, month);
        trainingClass.bind(2, day);
        trainingClass.exec();
        trainingClass.reset();
        plan.bind(1, month);
        plan.bind(2, day);
        plan.exec();
        plan.reset();
        for (int i = 0; i < classSize && i < people; ++i) {
            const int personId = (month * 797 + i) % people + 1;
            member.bind(1, month);
            member.bind(2, personId);
            member.exec();
            member.reset();
            mark.bind(1, month);
            mark.bind(2, personId);
            mark.bind(3, day);
            mark.exec();
            mark.reset();
        }
    }
    transaction.commit();
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Time the study-hour ledger of a large plant"};
    std::string file;
    int people = 10000;
    int classSize = 200;
    bool replace = false;
    app.add_option("file", file, "The database to fill (kept for later runs)")->required();
    app.add_option("--people", people, "How many people");
    app.add_option("--class-size", classSize, "People in each monthly class");
    app.add_flag("--replace", replace, "Start from an empty database");
    CLI11_PARSE(app, argc, argv);

    if (replace) std::filesystem::remove(file);
    const bool fresh = !std::filesystem::exists(file);
    const tqm::SystemClock clock;
    auto opened = tqm::store::Database::open(file, clock);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", opened.error->message.c_str());
        return 1;
    }
    tqm::store::Database& db = *opened.database;
    if (fresh) fill(db.sql(), people, classSize);

    const tqm::Date from{std::chrono::year{2026} / 1 / 1};
    const tqm::Date to{std::chrono::year{2026} / 12 / 31};
    tqm::reports::HoursLedger ledger;
    tqm::reports::ReportDocument document;
    const double assemble = millisecondsOf(
        [&] { ledger = tqm::reports::loadLedger(db, from, to, tqm::reports::Period::Month); });
    const double tables =
        millisecondsOf([&] { document = tqm::reports::ledgerDocument(ledger, "", to); });
    // Each format is written in turn; the peak memory after each shows what it added, and the
    // ratios compare CSV and PDF with the XLSX writer, the baseline measured first.
    const auto timeFormat = [&](tqm::report::ReportFormat format, const char* extension, bool& ok) {
        const std::filesystem::path out = std::filesystem::path(file).replace_extension(extension);
        return millisecondsOf([&] { ok = !tqm::report::writeReport(out, document, format); });
    };
    bool xlsxOk = false, csvOk = false, pdfOk = false;
    const double xlsx = timeFormat(tqm::report::ReportFormat::Xlsx, ".xlsx", xlsxOk);
    const double xlsxRss = peakRssMb();
    const double csv = timeFormat(tqm::report::ReportFormat::Csv, ".csv", csvOk);
    const double csvRss = peakRssMb();
    const double pdf = timeFormat(tqm::report::ReportFormat::Pdf, ".pdf", pdfOk);
    std::printf(
        "people=%zu total_hours=%lld assemble_ms=%.1f tables_ms=%.1f xlsx_ms=%.1f "
        "peak_rss_mb=%.1f\n"
        "csv_ms=%.1f csv_vs_xlsx=%.2f peak_rss_after_csv_mb=%.1f\n"
        "pdf_ms=%.1f pdf_vs_xlsx=%.2f peak_rss_after_pdf_mb=%.1f\n",
        ledger.rows.size(), static_cast<long long>(ledger.total / 100), assemble, tables, xlsx,
        xlsxRss, csv, csv / xlsx, csvRss, pdf, pdf / xlsx, peakRssMb());
    const bool written = xlsxOk && csvOk && pdfOk;
    return written ? 0 : 1;
}
