// tqm cert register: the certificate register (证书台账) as CSV or XLSX.
#include <memory>
#include <optional>
#include <string>

#include "admin/key_store.h"
#include "base/calendar_date.h"
#include "base/clock.h"
#include "cert/register_export.h"
#include "cert_file_parts.h"
#include "database_option.h"
#include "output.h"
#include "password_input.h"

namespace tqm::cli {
namespace {

struct RegisterOptions {
    std::string format = "csv";
    std::string output;
    std::string asOf;
    std::string unit;
    std::string position;
    std::string type;
    std::string status;
    bool maskedIdNumbers = false;
    bool fullIdNumbers = false;
    std::string passwordFile;
    bool english = false;
};

std::optional<std::string> optionalText(const std::string& text) {
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

// The request, or nothing after a message about the command line.
std::optional<cert::RegisterExport> requestOf(const RegisterOptions& options, const Clock& clock) {
    cert::RegisterExport request;
    request.file = options.output;
    request.format =
        options.format == "xlsx" ? cert::RegisterFormat::Xlsx : cert::RegisterFormat::Csv;
    request.asOf = dateAt(clock.now());
    if (!options.asOf.empty()) {
        const std::optional<Date> asOf = parseDate(options.asOf);
        if (!asOf) {
            printSummary("tqm: --as-of " + options.asOf + " is not a date; write it 2026-11-24");
            return std::nullopt;
        }
        request.asOf = *asOf;
    }
    request.filter.unit = optionalText(options.unit);
    request.filter.position = optionalText(options.position);
    request.filter.typeCode = optionalText(options.type);
    if (!options.status.empty()) {
        request.filter.status = cert::parseStatusWord(options.status);
        if (!request.filter.status) {
            printSummary("tqm: --status " + options.status +
                         " is not a status; use valid, renewal-open, review-due, in-grace, "
                         "not-yet-required, not-yet-valid, expired, revoked or missing");
            return std::nullopt;
        }
    }
    request.idNumbers = options.fullIdNumbers     ? cert::RegisterIdNumbers::Full
                        : options.maskedIdNumbers ? cert::RegisterIdNumbers::Masked
                                                  : cert::RegisterIdNumbers::None;
    request.language =
        options.english ? report::RegisterLanguage::English : report::RegisterLanguage::Chinese;
    return request;
}

int runRegister(const RegisterOptions& options, const std::string& databasePath) {
    const SystemClock clock;
    std::optional<cert::RegisterExport> request = requestOf(options, clock);
    if (!request) return kExitUsage;
    if (const std::string failure = makeParentFolder(request->file); !failure.empty()) {
        printSummary("tqm: " + failure);
        return kExitFailed;
    }
    if (request->idNumbers == cert::RegisterIdNumbers::Full) {
        std::optional<std::string> password = readPassword(options.passwordFile);
        if (!password) return kExitFailed;
        request->organizerPassword = std::move(*password);
    }
    std::optional<store::Database> db = openDatabase(databasePath, clock);
    if (!db) return kExitFailed;
    const auto keys = admin::KeyStore::forDatabase(db->file());
    const cert::RegisterExportResult result = cert::exportRegister(*db, *keys, *request);
    if (!result.ok()) {
        printSummary(
            refusalLine(result.problem->code, result.problem->message, "nothing exported"));
        return kExitFailed;
    }
    std::string summary = "wrote " + options.output + ": " + countOf(result.rows, "row", "rows") +
                          " as of " + formatDate(request->asOf);
    if (result.audit)
        summary += "; full ID numbers, recorded in the audit log (entry " +
                   std::to_string(result.audit->id) + ")";
    printSummary(summary);
    return kExitOk;
}

}  // namespace

void addCertRegisterCommand(CLI::App& cert, const std::string& databasePath, int& exitCode) {
    auto options = std::make_shared<RegisterOptions>();
    CLI::App* command = cert.add_subcommand(
        "register", "Export the certificate register (证书台账) as CSV or XLSX");
    command->fallthrough();
    command->footer(
        "One row per certificate with its status on the day, and one row per person and\n"
        "mandatory certificate type they are missing (缺证). Columns: 证书编号, 姓名, 工号, 单位,\n"
        "岗位, 证书类型, 发证日期, 有效期至, 下次复审, 状态. ID numbers are left out unless "
        "asked:\n"
        "--masked-id-numbers adds them masked (110101********1234); --full-id-numbers adds\n"
        "them in full, which needs the organizer password (from --password-file or the first\n"
        "line of standard input, never the command line) and is recorded in the audit log.\n"
        "Exit code: 0 when the file was written, 1 when it was not (wrong password, unreadable\n"
        "keys, a file that cannot be written), 2 when the command line is wrong.\n"
        "Example: tqm cert register --format xlsx -o 证书台账.xlsx --unit 质量部");
    command->add_option("--format", options->format, "csv (default) or xlsx")
        ->check(CLI::IsMember({"csv", "xlsx"}));
    command->add_option("-o,--output", options->output, "The file to write")->required();
    command->add_option("--as-of", options->asOf, "The day of the statuses (default: today)");
    command->add_option("--unit", options->unit, "Only people of this unit (单位)");
    command->add_option("--position", options->position, "Only rows naming this position (岗位)");
    command->add_option("--type", options->type, "Only this certificate type (its code)");
    command->add_option("--status", options->status, "Only rows with this status word");
    auto* masked = command->add_flag("--masked-id-numbers", options->maskedIdNumbers,
                                     "Add a column of masked ID numbers (身份证号)");
    command
        ->add_flag("--full-id-numbers", options->fullIdNumbers,
                   "Add a column of full ID numbers (organizer password; audit-logged)")
        ->excludes(masked);
    command->add_option("--password-file", options->passwordFile,
                        "Read the organizer password from the first line of this file");
    command->add_flag("--english", options->english, "English headers and status words");
    command->callback(
        [options, &databasePath, &exitCode] { exitCode = runRegister(*options, databasePath); });
}

}  // namespace tqm::cli
