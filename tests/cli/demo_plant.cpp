#include "demo_plant.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "base/clock.h"
#include "cert/import_resolution.h"
#include "cert/roster_import.h"
#include "store/certificate_repository.h"
#include "store/certificate_type_repository.h"
#include "store/database.h"
#include "store/people_repository.h"
#include "store/position_repository.h"

namespace tqm::clitest {

namespace {

std::string contentFile(const std::string& name) {
    std::ifstream in(std::filesystem::path(TQM_SOURCE_DIR) / "content" / name, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

void require(bool condition, const std::string& what) {
    if (!condition) throw std::runtime_error("demo plant: " + what);
}

}  // namespace

void buildDemoPlant(const std::filesystem::path& databaseFile) {
    const FakeClock clock(fromUnixMillis(1767578400000));  // 2026-01-05 10:00 +08:00
    store::OpenResult opened = store::Database::open(databaseFile, clock);
    require(opened.ok(), "cannot open " + databaseFile.string());
    store::Database& db = *opened.database;

    store::PositionRepository positions(db);
    for (const cert::PositionRow& row :
         cert::readPositions(contentFile("demo-positions.csv"), "demo-positions.csv").rows)
        require(positions.upsert(row.position).ok(), row.position.name);
    store::PeopleRepository people(db);
    require(
        cert::importRoster(contentFile("demo-roster.csv"), "demo-roster.csv", people).anyImported(),
        "roster");
    store::CertificateTypeRepository types(db);
    for (const cert::CertificateTypeRow& row :
         cert::readCertificateTypes(contentFile("demo-cert-types.csv"), "demo-cert-types.csv").rows)
        require(types.upsert(row.type).ok(), row.type.code);

    cert::KnownRecords known;
    for (const store::Person& person : people.list())
        known.personIds[person.employeeNo] = person.id;
    for (const cert::Position& position : positions.list())
        known.positionIds[position.name] = position.id;
    for (const cert::CertificateType& type : types.list()) known.typeIds[type.code] = type.id;
    const cert::RequirementFile requirements = cert::resolveRequirements(
        cert::readRequirements(contentFile("demo-requirements.csv"), "demo-requirements.csv"),
        known);
    for (const cert::RequirementRow& row : requirements.rows)
        require(!types.setRequirement(row.requirement), row.positionName);
    const cert::CertificateFile certificates = cert::resolveCertificates(
        cert::readCertificates(contentFile("demo-certificates.csv"), "demo-certificates.csv"),
        known);
    require(certificates.report.diagnostics.empty(), "certificates have problems");
    store::CertificateRepository repository(db);
    for (const cert::CertificateRow& row : certificates.rows)
        require(repository.insert(row.certificate).ok(), row.certificate.number);
}

}  // namespace tqm::clitest
