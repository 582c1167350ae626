#include "cert/demo_plant_setup.h"

#include <chrono>
#include <fstream>
#include <sstream>

#include "cert/import_resolution.h"
#include "store/certificate_repository.h"
#include "store/certificate_type_repository.h"
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

// The first error of a file, "" when it has none.
std::string firstError(const cert::ImportReport& report) {
    for (const Diagnostic& diagnostic : report.diagnostics)
        if (diagnostic.severity == Severity::Error) return formatDiagnostic(diagnostic);
    return {};
}

std::string refusalText(const std::optional<store::Refusal>& refusal) {
    return refusal ? refusal->message : std::string();
}

}  // namespace

std::string importDemoPlant(LearnerWorkspace& workspace, Date heldSince) {
    store::Database* database = workspace.database();
    if (!database) return "there is no database";
    if (workspace.people().empty() && !workspace.importDemoRoster())
        return "the demo roster cannot be read";
    const fs::path folder = workspace.contentDir();
    store::CertificateTypeRepository types(*database);
    store::PositionRepository positions(*database);
    store::CertificateRepository certificates(*database);
    store::WriteScope scope(database->sql(), "demo_plant");

    cert::KnownRecords known;
    for (const store::Person& person : workspace.people())
        known.personIds[person.employeeNo] = person.id;
    for (const cert::CertificateType& type : types.list()) known.typeIds[type.code] = type.id;
    for (const cert::Position& position : positions.list())
        known.positionIds[position.name] = position.id;

    auto typeFile = cert::resolveCertificateTypes(
        cert::readCertificateTypes(readFile(folder / "demo-cert-types.csv"), "demo-cert-types.csv"),
        known);
    if (std::string error = firstError(typeFile.report); !error.empty()) return error;
    for (const cert::CertificateTypeRow& row : typeFile.rows) {
        auto written = types.upsert(row.type);
        if (!written.value) return refusalText(written.refusal);
        known.typeIds[written.value->type.code] = written.value->type.id;
    }

    auto positionFile = cert::resolvePositions(
        cert::readPositions(readFile(folder / "demo-positions.csv"), "demo-positions.csv"), known);
    if (std::string error = firstError(positionFile.report); !error.empty()) return error;
    for (const cert::PositionRow& row : positionFile.rows) {
        auto written = positions.upsert(row.position);
        if (!written.value) return refusalText(written.refusal);
        known.positionIds[written.value->name] = written.value->id;
    }

    auto requirementFile = cert::resolveRequirements(
        cert::readRequirements(readFile(folder / "demo-requirements.csv"), "demo-requirements.csv"),
        known);
    if (std::string error = firstError(requirementFile.report); !error.empty()) return error;
    for (const cert::RequirementRow& row : requirementFile.rows)
        if (auto refused = types.setRequirement(row.requirement)) return refused->message;

    for (const cert::Certificate& held : certificates.loadBook().certificates)
        known.certificateNumbers.insert(held.number);
    auto certificateFile = cert::resolveCertificates(
        cert::readCertificates(readFile(folder / "demo-certificates.csv"), "demo-certificates.csv"),
        known);
    if (std::string error = firstError(certificateFile.report); !error.empty()) return error;
    for (const cert::CertificateRow& row : certificateFile.rows) {
        auto written = certificates.insert(row.certificate);
        if (!written.value) return refusalText(written.refusal);
    }

    for (const cert::Assignment& assignment : positions.allAssignments()) {
        if (assignment.to || assignment.from <= heldSince) continue;
        auto written = positions.addAssignment(assignment.personId, assignment.positionId,
                                               heldSince, assignment.from - std::chrono::days{1});
        if (!written.value) return refusalText(written.refusal);
    }
    scope.commit();
    return {};
}

}  // namespace tqm::gui
