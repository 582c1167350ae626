// tqm cert types import, tqm cert positions import, tqm cert requirements import and
// tqm cert import; the other file commands are registered from their own files.
#include "cert_file_commands.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "admin/key_store.h"
#include "base/clock.h"
#include "cert/cert_file_import.h"
#include "cert/certificate_file_import.h"
#include "cert_file_parts.h"
#include "database_option.h"
#include "output.h"

namespace tqm::cli {
namespace {

using Importer = std::function<cert::FileImportResult(store::Database&, std::string_view bytes,
                                                      const std::string& fileName)>;

int runImport(const std::string& file, const std::string& databasePath, const Importer& import) {
    std::vector<Diagnostic> problems;
    const std::optional<std::string> bytes = readInputFile(file, problems);
    if (!bytes) {
        printDiagnostics(problems);
        printSummary(file + ": nothing imported");
        return kExitFailed;
    }
    const SystemClock clock;
    std::optional<store::Database> db = openDatabase(databasePath, clock);
    if (!db) return kExitFailed;
    const cert::FileImportResult result = import(*db, *bytes, file);
    printDiagnostics(result.report.diagnostics);
    const bool failed = result.counts.rejected > 0 || hasErrors(result.report.diagnostics);
    std::string summary = file + ": " + cert::importCountsSummary(result.counts);
    if (failed)
        summary += result.anyImported()
                       ? "; the other rows were imported, the rejected ones were not"
                       : "; nothing imported";
    printSummary(summary);
    return failed ? kExitFailed : kExitOk;
}

constexpr const char* kImportFooter =
    "Columns, Chinese or English headers, are listed in content/certificate-files.md. UTF-8,\n"
    "with or without BOM (save from Excel as CSV UTF-8). Bad rows are printed as\n"
    "FILE:LINE:COL: error: CODE: message and left out; the good rows are written in one\n"
    "transaction, and the summary (added, updated, unchanged, rejected) goes to standard error.\n"
    "Exit code: 0 when every row was imported, 1 when any row was rejected (the good rows are\n"
    "still imported) or the file cannot be read, 2 when the command line is wrong.";

// Adds `import FILE` to `parent` (a group, or `cert` itself for certificates).
CLI::App* addImport(CLI::App& parent, const std::string& name, const std::string& description,
                    const std::string& example, const std::string& databasePath, int& exitCode,
                    Importer import) {
    auto file = std::make_shared<std::string>();
    CLI::App* command = parent.add_subcommand(name, description);
    command->fallthrough();
    command->footer(std::string(kImportFooter) + "\nExample: " + example);
    command->add_option("FILE", *file, "The CSV file")->required();
    command->callback([file, &databasePath, &exitCode, import = std::move(import)] {
        exitCode = runImport(*file, databasePath, import);
    });
    return command;
}

CLI::App* addGroup(CLI::App& cert, const std::string& name, const std::string& description) {
    CLI::App* group = cert.add_subcommand(name, description);
    group->require_subcommand(1);
    group->fallthrough();
    return group;
}

}  // namespace

void addCertFileCommands(CLI::App& cert, const std::string& databasePath, int& exitCode) {
    addImport(*addGroup(cert, "types", "Certificate types (证书类型)"), "import",
              "Add or update certificate types from CSV, matching them by 代码 (code)",
              "tqm cert types import demo-cert-types.csv", databasePath, exitCode,
              cert::importCertificateTypes);
    addImport(*addGroup(cert, "positions", "Positions (岗位) and whether they are key positions"),
              "import", "Add or update positions from CSV, matching them by name",
              "tqm cert positions import demo-positions.csv", databasePath, exitCode,
              cert::importPositions);
    addImport(*addGroup(cert, "requirements", "The certificates positions require"), "import",
              "Add or update requirements from CSV (岗位 × 证书类型代码)",
              "tqm cert requirements import demo-requirements.csv", databasePath, exitCode,
              cert::importRequirements);
    addImport(cert, "import",
              "Import certificates people already hold from CSV (Chinese headers: 证书编号, "
              "工号, ...)",
              "tqm cert import demo-certificates.csv", databasePath, exitCode,
              [](store::Database& db, std::string_view bytes, const std::string& fileName) {
                  const auto keys = admin::KeyStore::forDatabase(db.file());
                  return cert::importCertificates(db, *keys, bytes, fileName);
              });
    addCertRegisterCommand(cert, databasePath, exitCode);
    addCertCodeCommands(cert, databasePath, exitCode);
}

}  // namespace tqm::cli
