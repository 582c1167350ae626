// tqm cert status, due, matrix and coverage: what the plant holds as of a day.
#include <iostream>
#include <map>
#include <memory>

#include "cert/certificate_overview.h"
#include "cert/matrix_table.h"
#include "cert/status_word.h"
#include "cert_cli_support.h"
#include "cert_commands.h"
#include "output.h"

namespace tqm::cli {

namespace {

using Json = nlohmann::ordered_json;

struct StatusOptions {
    std::string asOf;
    bool json = false;
};

struct DueOptions {
    int days = 30;
    std::string asOf;
    bool json = false;
};

struct MatrixOptions {
    std::string format;
    std::string output;
    std::string by = "people";
    std::string asOf;
    std::string lang = "zh";
};

Json dateJson(const std::optional<Date>& date) {
    return date ? Json(formatDate(*date)) : Json(nullptr);
}

std::string levelWord(cert::RequirementLevel level) {
    return level == cert::RequirementLevel::Mandatory ? "mandatory" : "recommended";
}

Json requirementJson(const cert::StatusLine& line) {
    return {{"position", line.positionName},
            {"key_position", line.keyPosition},
            {"certificate_type", line.type.code},
            {"type_name", line.type.name},
            {"level", levelWord(line.level)},
            {"status", std::string(cert::statusWord(line.status))},
            {"certificate",
             line.certificateNumber.empty() ? Json(nullptr) : Json(line.certificateNumber)},
            {"valid_from", dateJson(line.validFrom)},
            {"valid_until", dateJson(line.validUntil)},
            {"next_review", dateJson(line.nextReviewDue)},
            {"grace_ends", dateJson(line.graceEndsOn)},
            {"revoked_on", dateJson(line.revokedOn)},
            {"assigned_from", formatDate(line.assignedFrom)},
            {"required_from", formatDate(line.requiredFrom)}};
}

Json statusJson(const std::vector<cert::StatusLine>& lines, Date asOf) {
    Json people = Json::array();
    for (const cert::StatusLine& line : lines) {
        if (people.empty() || people.back()["employee_no"] != line.person.employeeNo)
            people.push_back({{"employee_no", line.person.employeeNo},
                              {"name", line.person.name},
                              {"unit", line.person.unit},
                              {"requirements", Json::array()}});
        people.back()["requirements"].push_back(requirementJson(line));
    }
    return {{"as_of", formatDate(asOf)}, {"people", std::move(people)}};
}

// "12 rows as of 2026-03-01: 7 valid, 3 missing, 2 not-yet-required", the words in severity order.
std::string statusSummary(const std::vector<cert::StatusLine>& lines, Date asOf) {
    std::map<int, std::pair<cert::Status, int>> counts;
    for (const cert::StatusLine& line : lines) {
        auto& entry = counts[cert::severity(line.status)];
        entry.first = line.status;
        ++entry.second;
    }
    std::string summary =
        countOf(lines.size(), "requirement row", "requirement rows") + " as of " + formatDate(asOf);
    std::string separator = ": ";
    for (const auto& [severity, entry] : counts) {
        summary += separator + std::to_string(entry.second) + " " +
                   std::string(cert::statusWord(entry.first));
        separator = ", ";
    }
    return summary;
}

int runStatus(const StatusOptions& options, const std::string& databasePath) {
    CertCommand command(databasePath);
    if (!command.opened()) return kExitFailed;
    const std::optional<Date> asOf = dateOption(options.asOf, "--as-of", command.today());
    if (!asOf) return kExitUsage;
    const cert::CertificateOverview overview = cert::CertificateOverview::load(command.db());
    const std::vector<cert::StatusLine> lines = overview.statuses(*asOf);
    if (options.json) {
        printJson(statusJson(lines, *asOf));
        return kExitOk;
    }
    std::vector<std::vector<std::string>> table{
        {"工号", "姓名", "岗位", "证书类型", "要求", "状态", "证书编号", "有效期至", "下次复审"}};
    for (const cert::StatusLine& line : lines)
        table.push_back({line.person.employeeNo, line.person.name, line.positionName,
                         line.type.code,
                         line.level == cert::RequirementLevel::Mandatory ? "必需" : "建议",
                         std::string(cert::statusWord(line.status)),
                         line.certificateNumber.empty() ? "-" : line.certificateNumber,
                         dateText(line.validUntil), dateText(line.nextReviewDue)});
    std::cout << alignedTable(table) << std::flush;
    printSummary(statusSummary(lines, *asOf));
    return kExitOk;
}

std::string dueKindWord(cert::DueKind kind) {
    return kind == cert::DueKind::Expiry ? "expiry" : "review";
}

int runDue(const DueOptions& options, const std::string& databasePath) {
    CertCommand command(databasePath);
    if (!command.opened()) return kExitFailed;
    const std::optional<Date> asOf = dateOption(options.asOf, "--as-of", command.today());
    if (!asOf) return kExitUsage;
    const cert::CertificateOverview overview = cert::CertificateOverview::load(command.db());
    const std::vector<cert::DueLine> lines = overview.dueWithin(*asOf, options.days);
    if (options.json) {
        Json items = Json::array();
        for (const cert::DueLine& line : lines)
            items.push_back({{"due_on", formatDate(line.dueOn)},
                             {"days_left", line.daysLeft},
                             {"kind", dueKindWord(line.kind)},
                             {"employee_no", line.person.employeeNo},
                             {"name", line.person.name},
                             {"unit", line.person.unit},
                             {"certificate_type", line.type.code},
                             {"type_name", line.type.name},
                             {"certificate", line.certificateNumber},
                             {"status", std::string(cert::statusWord(line.status))}});
        printJson({{"as_of", formatDate(*asOf)}, {"days", options.days}, {"due", items}});
        return kExitOk;
    }
    std::vector<std::vector<std::string>> table{
        {"到期日", "剩余天数", "事项", "工号", "姓名", "证书类型", "证书编号", "状态"}};
    for (const cert::DueLine& line : lines)
        table.push_back({formatDate(line.dueOn), std::to_string(line.daysLeft),
                         dueKindWord(line.kind), line.person.employeeNo, line.person.name,
                         line.type.code, line.certificateNumber,
                         std::string(cert::statusWord(line.status))});
    std::cout << alignedTable(table) << std::flush;
    printSummary(countOf(lines.size(), "item", "items") + " due from " + formatDate(*asOf) +
                 " through " + formatDate(*asOf + std::chrono::days{options.days}));
    return kExitOk;
}

int runMatrix(const MatrixOptions& options, const std::string& databasePath) {
    CertCommand command(databasePath);
    if (!command.opened()) return kExitFailed;
    const std::optional<Date> asOf = dateOption(options.asOf, "--as-of", command.today());
    if (!asOf) return kExitUsage;
    const cert::CertificateOverview overview = cert::CertificateOverview::load(command.db());
    const cert::MatrixView view = overview.matrix(
        *asOf, options.by == "positions" ? cert::MatrixAxis::Positions : cert::MatrixAxis::People);
    const report::RegisterLanguage language = options.lang == "en"
                                                  ? report::RegisterLanguage::English
                                                  : report::RegisterLanguage::Chinese;
    const report::CertificateMatrixTable table = cert::matrixTable(view, language);
    if (const std::string problem = makeParentFolder(options.output); !problem.empty()) {
        printSummary("tqm: cannot-write: " + problem);
        return kExitFailed;
    }
    const std::optional<report::ExportError> error =
        options.format == "xlsx"
            ? report::writeCertificateMatrixXlsx(options.output, table, language)
            : report::writeCertificateMatrixCsv(options.output, table, language);
    if (error) {
        printSummary("tqm: cannot-write: " + error->message);
        return kExitFailed;
    }
    printSummary(options.output + ": " +
                 countOf(table.rows.size(), options.by == "positions" ? "position" : "person",
                         options.by == "positions" ? "positions" : "people") +
                 " × " + countOf(table.typeCodes.size(), "certificate type", "certificate types") +
                 " as of " + formatDate(*asOf));
    return kExitOk;
}

int runCoverage(const StatusOptions& options, const std::string& databasePath) {
    CertCommand command(databasePath);
    if (!command.opened()) return kExitFailed;
    const std::optional<Date> asOf = dateOption(options.asOf, "--as-of", command.today());
    if (!asOf) return kExitUsage;
    const cert::CertificateOverview overview = cert::CertificateOverview::load(command.db());
    const std::vector<cert::CoverageLine> lines = overview.coverage(*asOf);
    const auto problemWord = [](cert::CoverageProblem problem) {
        return std::string(problem == cert::CoverageProblem::NotCovered
                               ? "not-covered"
                               : "single-point-of-failure");
    };
    if (options.json) {
        Json positions = Json::array();
        for (const cert::CoverageLine& line : lines) {
            Json qualified = Json::array();
            for (const cert::PersonSummary& person : line.qualified)
                qualified.push_back({{"employee_no", person.employeeNo}, {"name", person.name}});
            positions.push_back({{"position", line.positionName},
                                 {"problem", problemWord(line.problem)},
                                 {"assigned", line.assigned},
                                 {"qualified", std::move(qualified)}});
        }
        printJson({{"as_of", formatDate(*asOf)}, {"positions", std::move(positions)}});
        return kExitOk;
    }
    std::vector<std::vector<std::string>> table{{"岗位", "问题", "在岗人数", "持证人"}};
    for (const cert::CoverageLine& line : lines) {
        std::string qualified = "-";
        if (!line.qualified.empty())
            qualified = line.qualified.front().employeeNo + " " + line.qualified.front().name;
        table.push_back({line.positionName, problemWord(line.problem),
                         std::to_string(line.assigned), qualified});
    }
    std::cout << alignedTable(table) << std::flush;
    printSummary(countOf(lines.size(), "key position", "key positions") +
                 " with one qualified person or none as of " + formatDate(*asOf));
    return kExitOk;
}

void addAsOf(CLI::App* command, std::string& asOf) {
    command->add_option("--as-of", asOf, "The day to look at, YYYY-MM-DD (default: today)");
}

}  // namespace

void addCertStatusCommands(CLI::App* cert, const std::string& databasePath, int& exitCode) {
    auto status = std::make_shared<StatusOptions>();
    CLI::App* statusCommand = cert->add_subcommand(
        "status", "Per person and requirement of their positions: the status and its dates");
    statusCommand->fallthrough();
    addAsOf(statusCommand, status->asOf);
    statusCommand->add_flag("--json", status->json, "Print a JSON document instead");
    statusCommand->footer(
        "One row per person × requirement of every position the person holds that day, by 工号,\n"
        "position and type code. Status words: valid, renewal-open, review-due, in-grace,\n"
        "not-yet-required, not-yet-valid, expired, revoked, missing. The counts per status go\n"
        "to standard error.\nExample: tqm cert status --as-of 2026-03-01 --json");
    statusCommand->callback(
        [status, &databasePath, &exitCode] { exitCode = runStatus(*status, databasePath); });

    auto due = std::make_shared<DueOptions>();
    CLI::App* dueCommand =
        cert->add_subcommand("due", "Expiries and reviews (复审) due within N days");
    dueCommand->fallthrough();
    dueCommand->add_option("--days", due->days, "How many days ahead (default 30)")
        ->check(CLI::Range(0, 3650));
    addAsOf(dueCommand, due->asOf);
    dueCommand->add_flag("--json", due->json, "Print a JSON document instead");
    dueCommand->footer(
        "Certificates that still count whose last valid day or next review falls on or before\n"
        "the day + N days, including the ones already past it and still in grace (negative\n"
        "days left); renewed certificates are left out. By due day.\n"
        "Example: tqm cert due --days 90");
    dueCommand->callback(
        [due, &databasePath, &exitCode] { exitCode = runDue(*due, databasePath); });

    auto matrix = std::make_shared<MatrixOptions>();
    CLI::App* matrixCommand = cert->add_subcommand(
        "matrix", "Write the matrix of people or positions × certificate types");
    matrixCommand->fallthrough();
    matrixCommand->add_option("--format", matrix->format, "csv or xlsx")
        ->required()
        ->check(CLI::IsMember({"csv", "xlsx"}));
    matrixCommand->add_option("-o,--output", matrix->output, "The file to write")->required();
    matrixCommand->add_option("--by", matrix->by, "Rows: people (default) or positions")
        ->check(CLI::IsMember({"people", "positions"}));
    addAsOf(matrixCommand, matrix->asOf);
    matrixCommand->add_option("--lang", matrix->lang, "Headers and statuses: zh (default) or en")
        ->check(CLI::IsMember({"zh", "en"}));
    matrixCommand->footer(
        "Each cell is the worst status of the row for the type (有效, 可续证, 待复审, 宽限期,\n"
        "已过期, 已吊销, 缺证 ...), empty where the type is not required. CSV is UTF-8 with a\n"
        "byte-order mark; the workbook colours each cell and has a legend sheet (图例).\n"
        "Example: tqm cert matrix --format xlsx -o 持证矩阵.xlsx --by positions");
    matrixCommand->callback(
        [matrix, &databasePath, &exitCode] { exitCode = runMatrix(*matrix, databasePath); });

    auto coverage = std::make_shared<StatusOptions>();
    CLI::App* coverageCommand = cert->add_subcommand(
        "coverage", "Key positions covered by one qualified person only, or by none");
    coverageCommand->fallthrough();
    addAsOf(coverageCommand, coverage->asOf);
    coverageCommand->add_flag("--json", coverage->json, "Print a JSON document instead");
    coverageCommand->footer(
        "not-covered: nobody in the position holds every mandatory certificate;\n"
        "single-point-of-failure: exactly one person does. By position name.\n"
        "Example: tqm cert coverage --as-of 2026-03-01");
    coverageCommand->callback(
        [coverage, &databasePath, &exitCode] { exitCode = runCoverage(*coverage, databasePath); });
}

}  // namespace tqm::cli
