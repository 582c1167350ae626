// tqm report person | class | hours | summary.
#include "report_commands.h"

#include <cstdlib>
#include <memory>
#include <optional>

#include "admin/key_store.h"
#include "base/calendar_date.h"
#include "base/clock.h"
#include "database_option.h"
#include "output.h"
#include "password_input.h"
#include "report/report_csv_tables.h"
#include "report/report_file.h"
#include "reports/class_file.h"
#include "reports/enterprise_summary.h"
#include "reports/hours_ledger.h"
#include "reports/id_unlock.h"
#include "reports/person_file.h"
#include "reports/report_documents.h"
#include "store/training_class_repository.h"

namespace tqm::cli {
namespace {

struct ExportOptions {
    std::string format = "pdf";
    std::string output;
    std::string organization;
    std::string by;
    std::string date;
};

struct ReportOptions {
    ExportOptions out;
    std::string classRef;
    std::string employeeNo;
    std::string from, to;
    std::string period = "month";
    std::string competition;
    bool fullIdNumbers = false;
    std::string passwordFile;
};

// Who exports, for the audit log: --by, else the login name.
std::string operatorName(const std::string& by) {
    if (!by.empty()) return by;
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"})
        if (const char* value = std::getenv(variable); value && *value) return value;
    return "unknown";
}

std::optional<Date> dateOption(const std::string& name, const std::string& text) {
    const std::optional<Date> date = parseDate(text);
    if (!date) printSummary("tqm: " + name + " " + text + " is not a date; write it 2026-11-24");
    return date;
}

int writeDocument(store::Database& db, const reports::ReportDocument& document,
                  const ExportOptions& options, const std::string& what) {
    if (const std::string failure = makeParentFolder(options.output); !failure.empty()) {
        printSummary("tqm: " + failure);
        return kExitFailed;
    }
    const report::ReportExportResult result =
        report::exportReport(db, document,
                             {options.output, *report::parseReportFormat(options.format),
                              operatorName(options.by), what});
    if (result.error) {
        printSummary("tqm: " + result.error->message);
        return kExitFailed;
    }
    printSummary("wrote " + options.output + " (" + what + "); audit log entry " +
                 std::to_string(result.audit->id));
    // A CSV file holds one table: the report's further tables were written beside it.
    if (options.format == "csv") {
        const auto files = report::reportCsvFiles(options.output, document);
        for (std::size_t i = 1; i < files.size(); ++i) printSummary("wrote " + files[i].string());
    }
    return kExitOk;
}

std::optional<Date> reportDate(const ExportOptions& options, const Clock& clock) {
    if (options.date.empty()) return dateAt(clock.now());
    return dateOption("--date", options.date);
}

int runClass(const ReportOptions& options, const std::string& databasePath) {
    const SystemClock clock;
    const auto date = reportDate(options.out, clock);
    if (!date) return kExitUsage;
    std::optional<store::Database> db = openDatabase(databasePath, clock);
    if (!db) return kExitFailed;
    store::TrainingClassRepository classes(*db);
    auto found = classes.findByCode(options.classRef);
    if (!found && options.classRef.find_first_not_of("0123456789") == std::string::npos)
        found = classes.find(std::stoll(options.classRef));
    if (!found) {
        printSummary("tqm: unknown-class: no training class has the id or code " +
                     options.classRef);
        return kExitFailed;
    }
    const auto file = reports::loadClassFile(*db, found->id);
    return writeDocument(*db, reports::classFileDocument(*file, options.out.organization, *date),
                         options.out, "class " + found->code);
}

int refused(const reports::FullIdRefusal& refusal) {
    printSummary(refusalLine(refusal.code, refusal.message, "nothing exported"));
    return kExitFailed;
}

// 一人一档 with the full 身份证号: the organizer password first, one audit entry after.
int writeFullIdPersonFile(store::Database& db, reports::PersonFile& file, Date date,
                          const ReportOptions& options, const std::string& password) {
    if (const std::string failure = makeParentFolder(options.out.output); !failure.empty()) {
        printSummary("tqm: " + failure);
        return kExitFailed;
    }
    const auto keys = admin::KeyStore::forDatabase(db.file());
    const reports::FullIdUnlockResult unlocked = reports::unlockFullIdNumbers(db, *keys, password);
    if (!unlocked.ok()) return refused(*unlocked.refusal);
    if (const auto refusal = reports::revealIdNumber(db, *unlocked.unlock, file))
        return refused(*refusal);
    const std::string what = "person " + options.employeeNo;
    const reports::FullIdExportResult result = reports::exportFullIdReport(
        db, reports::personFileDocument(file, options.out.organization, date),
        {options.out.output, *report::parseReportFormat(options.out.format),
         operatorName(options.out.by), what},
        *unlocked.unlock);
    if (!result.ok()) return refused(*result.refusal);
    printSummary("wrote " + options.out.output + " (" + what +
                 ", full ID numbers); audit log entry " + std::to_string(result.audit->id));
    return kExitOk;
}

int runPerson(const ReportOptions& options, const std::string& databasePath) {
    const SystemClock clock;
    const auto date = reportDate(options.out, clock);
    if (!date) return kExitUsage;
    std::optional<std::string> password;
    if (options.fullIdNumbers) {
        password = readPassword(options.passwordFile);
        if (!password) return kExitFailed;
    }
    std::optional<store::Database> db = openDatabase(databasePath, clock);
    if (!db) return kExitFailed;
    auto file = reports::loadPersonFile(*db, options.employeeNo, *date);
    if (!file) {
        printSummary("tqm: unknown-person: no person has the 工号 " + options.employeeNo);
        return kExitFailed;
    }
    if (password) return writeFullIdPersonFile(*db, *file, *date, options, *password);
    return writeDocument(*db, reports::personFileDocument(*file, options.out.organization, *date),
                         options.out, "person " + options.employeeNo);
}

int runHours(const ReportOptions& options, const std::string& databasePath) {
    const SystemClock clock;
    const auto date = reportDate(options.out, clock);
    const auto from = dateOption("--from", options.from);
    const auto to = dateOption("--to", options.to);
    if (!date || !from || !to) return kExitUsage;
    if (*to < *from) {
        printSummary("tqm: --to " + options.to + " is before --from " + options.from);
        return kExitUsage;
    }
    const reports::Period period = options.period == "year"      ? reports::Period::Year
                                   : options.period == "quarter" ? reports::Period::Quarter
                                                                 : reports::Period::Month;
    std::optional<store::Database> db = openDatabase(databasePath, clock);
    if (!db) return kExitFailed;
    const auto ledger = reports::loadLedger(*db, *from, *to, period);
    return writeDocument(*db, reports::ledgerDocument(ledger, options.out.organization, *date),
                         options.out, "hours " + options.from + ".." + options.to);
}

int runSummary(const ReportOptions& options, const std::string& databasePath) {
    const SystemClock clock;
    const auto date = reportDate(options.out, clock);
    if (!date) return kExitUsage;
    if (options.competition.empty() == (options.from.empty() || options.to.empty())) {
        printSummary("tqm: give either --competition ID or both --from and --to");
        return kExitUsage;
    }
    std::optional<reports::EnterpriseSummary> summary;
    std::string what;
    std::optional<store::Database> db;
    if (!options.competition.empty()) {
        db = openDatabase(databasePath, clock);
        if (!db) return kExitFailed;
        summary = reports::loadCompetitionSummary(*db, options.competition, *date);
        if (!summary) {
            printSummary("tqm: unknown-competition: no competition has the id " +
                         options.competition);
            return kExitFailed;
        }
        what = "summary of competition " + options.competition;
    } else {
        const auto from = dateOption("--from", options.from);
        const auto to = dateOption("--to", options.to);
        if (!from || !to) return kExitUsage;
        db = openDatabase(databasePath, clock);
        if (!db) return kExitFailed;
        summary = reports::loadPeriodSummary(*db, *from, *to, *date);
        what = "summary " + options.from + ".." + options.to;
    }
    return writeDocument(*db, reports::summaryDocument(*summary, options.out.organization, *date),
                         options.out, what);
}

void addExportOptions(CLI::App& command, ExportOptions& options) {
    command.add_option("--format", options.format, "pdf (default), xlsx or csv")
        ->check(CLI::IsMember({"pdf", "xlsx", "csv"}));
    command.add_option("-o,--output", options.output, "The file to write")->required();
    command.add_option("--organization", options.organization, "The organization in the header");
    command.add_option("--by", options.by, "Who exports, for the audit log (default: login name)");
    command.add_option("--date", options.date,
                       "The report date, and the day of certificate statuses (default: today)");
}

}  // namespace

void addReportCommands(CLI::App& app, const std::string& databasePath, int& exitCode) {
    CLI::App* group = app.add_subcommand("report", "Training reports as PDF, XLSX or CSV");
    group->require_subcommand(1);
    group->footer(
        "PDF: A4 with the title, header and main table, page numbers. XLSX: a sheet per table,\n"
        "frozen header row, numbers as numbers, dates as dates, charts as Excel charts. CSV: the\n"
        "main table in FILE, each further table in FILE-<table>.csv beside it, UTF-8 with BOM.\n"
        "Every export is recorded in the audit log (who, what, when).\n"
        "ID numbers are masked; `report person --full-id-numbers` shows them in full after the\n"
        "organizer password (from --password-file or the first line of standard input, not\n"
        "echoed) and records the export as export-report-full-id.\n"
        "Exit code: 0 written, 1 not written, 2 the command line is wrong.");
    auto options = std::make_shared<ReportOptions>();

    CLI::App* person = group->add_subcommand(
        "person", "一人一档: one person's classes, courses, results and certificates");
    person->add_option("employee_no", options->employeeNo, "The person's 工号")->required();
    addExportOptions(*person, options->out);
    person->add_flag("--full-id-numbers", options->fullIdNumbers,
                     "Show the 身份证号 in full (organizer password; audit-logged)");
    person->add_option("--password-file", options->passwordFile,
                       "Read the organizer password from the first line of this file");
    person->callback(
        [options, &databasePath, &exitCode] { exitCode = runPerson(*options, databasePath); });

    CLI::App* classReport =
        group->add_subcommand("class", "一期一档: the file of a training class");
    classReport->add_option("class", options->classRef, "The class's code or id")->required();
    addExportOptions(*classReport, options->out);
    classReport->callback(
        [options, &databasePath, &exitCode] { exitCode = runClass(*options, databasePath); });

    CLI::App* hours = group->add_subcommand("hours", "学时台账: study hours per person and period");
    hours->add_option("--from", options->from, "First day")->required();
    hours->add_option("--to", options->to, "Last day")->required();
    hours->add_option("--period", options->period, "month (default), quarter or year")
        ->check(CLI::IsMember({"month", "quarter", "year"}));
    addExportOptions(*hours, options->out);
    hours->callback(
        [options, &databasePath, &exitCode] { exitCode = runHours(*options, databasePath); });

    CLI::App* summary = group->add_subcommand(
        "summary", "Participation, scores, pass rates and certificates per unit and department");
    summary->add_option("--competition", options->competition, "A competition's id");
    summary->add_option("--from", options->from, "First day of the period");
    summary->add_option("--to", options->to, "Last day of the period");
    addExportOptions(*summary, options->out);
    summary->callback(
        [options, &databasePath, &exitCode] { exitCode = runSummary(*options, databasePath); });
}

}  // namespace tqm::cli
