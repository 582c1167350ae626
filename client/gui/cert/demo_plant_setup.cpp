#include "cert/demo_plant_setup.h"

#include <chrono>
#include <fstream>
#include <functional>
#include <sstream>

#include "admin/key_store.h"
#include "cert/cert_file_import.h"
#include "cert/certificate_file_import.h"
#include "cert/roster_import.h"
#include "store/people_repository.h"
#include "store/position_repository.h"
#include "store/write_scope.h"

namespace tqm::gui {

namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// The first error of an import, "" when it has none.
std::string firstError(const cert::FileImportResult& result) {
    for (const Diagnostic& diagnostic : result.report.diagnostics)
        if (diagnostic.severity == Severity::Error) return formatDiagnostic(diagnostic);
    return {};
}

}  // namespace

std::string importDemoPlant(LearnerWorkspace& workspace, Date heldSince) {
    store::Database* database = workspace.database();
    if (!database) return "there is no database";
    return importDemoPlant(*database, workspace.contentDir(), heldSince);
}

std::string importDemoPlant(store::Database& db, const fs::path& folder, Date heldSince) {
    store::Database* database = &db;
    if (store::PeopleRepository people(db); people.list().empty()) {
        std::error_code ignored;
        const fs::path roster = folder / "demo-roster.csv";
        if (!fs::is_regular_file(roster, ignored)) return "the demo roster cannot be read";
        cert::importRoster(readFile(roster), roster.filename().string(), people);
    }
    const std::unique_ptr<admin::KeyStore> keys = admin::KeyStore::forDatabase(database->file());

    using Import = std::function<cert::FileImportResult(std::string_view, const std::string&)>;
    const std::pair<const char*, Import> files[] = {
        {"demo-cert-types.csv",
         [&](auto bytes, const auto& name) {
             return cert::importCertificateTypes(*database, bytes, name);
         }},
        {"demo-positions.csv",
         [&](auto bytes, const auto& name) {
             return cert::importPositions(*database, bytes, name);
         }},
        {"demo-requirements.csv",
         [&](auto bytes, const auto& name) {
             return cert::importRequirements(*database, bytes, name);
         }},
        {"demo-certificates.csv",
         [&](auto bytes, const auto& name) {
             return cert::importCertificates(*database, *keys, bytes, name);
         }},
    };
    for (const auto& [name, import] : files)
        if (std::string error = firstError(import(readFile(folder / name), name)); !error.empty())
            return error;

    store::PositionRepository positions(*database);
    store::WriteScope scope(database->sql(), "demo_plant_history");
    for (const cert::Assignment& assignment : positions.allAssignments()) {
        if (assignment.to || assignment.from <= heldSince) continue;
        auto written = positions.addAssignment(assignment.personId, assignment.positionId,
                                               heldSince, assignment.from - std::chrono::days{1});
        if (!written.value) return written.refusal ? written.refusal->message : std::string();
    }
    scope.commit();
    return addDemoClass(db);
}

}  // namespace tqm::gui
