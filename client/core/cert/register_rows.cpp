#include "cert/register_rows.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "cert/certificate_status.h"
#include "cert/requirement_status.h"

namespace tqm::cert {

namespace {

// The names of the positions the person holds on the day, sorted.
std::vector<std::string> positionsOn(const CertificateBookIndex& index, std::int64_t personId,
                                     Date day) {
    std::set<std::string> names;
    for (const Assignment* assignment : index.assignmentsOf(personId)) {
        if (assignment->from > day || (assignment->to && *assignment->to < day)) continue;
        if (const Position* position = index.position(assignment->positionId))
            names.insert(position->name);
    }
    return {names.begin(), names.end()};
}

// The person's missing mandatory types, each with the positions (by name) requiring it.
std::map<std::int64_t, std::vector<std::string>> missingTypes(const CertificateBookIndex& index,
                                                              std::int64_t personId, Date asOf) {
    std::map<std::int64_t, std::vector<std::string>> missing;
    for (const RequirementStatusRow& row : personStatusesAsOf(index, personId, asOf)) {
        if (row.level != RequirementLevel::Mandatory || row.status != Status::Missing) continue;
        missing[row.certificateTypeId].push_back(index.position(row.positionId)->name);
    }
    return missing;
}

bool passes(const RegisterFilter& filter, const report::CertificateRegisterRow& row,
            const CertificateType& type) {
    if (filter.unit && row.unit != *filter.unit) return false;
    if (filter.typeCode && type.code != *filter.typeCode) return false;
    if (filter.status && row.status != statusWord(*filter.status)) return false;
    if (filter.position && std::find(row.positions.begin(), row.positions.end(),
                                     *filter.position) == row.positions.end())
        return false;
    return true;
}

report::CertificateRegisterRow personRow(const PersonSummary& person, const CertificateType& type) {
    report::CertificateRegisterRow row;
    row.name = person.name;
    row.employeeNo = person.employeeNo;
    row.unit = person.unit;
    row.typeName = type.name;
    return row;
}

}  // namespace

std::vector<report::CertificateRegisterRow> registerRows(const CertificateBookIndex& index,
                                                         Date asOf, const RegisterFilter& filter,
                                                         const IdNumberLookup& idNumberOf) {
    std::vector<report::CertificateRegisterRow> rows;
    auto add = [&](report::CertificateRegisterRow row, const PersonSummary& person,
                   const CertificateType& type) {
        if (!passes(filter, row, type)) return;
        if (idNumberOf) row.idNumber = idNumberOf(person.id);
        rows.push_back(std::move(row));
    };
    for (const PersonSummary* person : index.peopleByEmployeeNo()) {
        const std::vector<std::string> positions = positionsOn(index, person->id, asOf);
        const std::map<std::int64_t, std::vector<std::string>> missing =
            missingTypes(index, person->id, asOf);
        for (const CertificateType* type : index.typesByCode()) {
            std::vector<const Certificate*> held(index.certificatesOf(person->id, type->id).begin(),
                                                 index.certificatesOf(person->id, type->id).end());
            std::sort(held.begin(), held.end(), [](const Certificate* a, const Certificate* b) {
                return std::tie(a->issuedOn, a->number) < std::tie(b->issuedOn, b->number);
            });
            for (const Certificate* certificate : held) {
                const CertificateStatus status = certificateStatus(*certificate, *type, asOf);
                report::CertificateRegisterRow row = personRow(*person, *type);
                row.number = certificate->number;
                row.positions = positions;
                row.issuedOn = certificate->issuedOn;
                row.validUntil = status.validUntil;
                row.nextReview = status.nextReviewDue;
                row.status = std::string(statusWord(status.status));
                add(std::move(row), *person, *type);
            }
            const auto gap = missing.find(type->id);
            if (gap == missing.end()) continue;
            report::CertificateRegisterRow row = personRow(*person, *type);
            row.positions = gap->second;
            row.status = std::string(statusWord(Status::Missing));
            add(std::move(row), *person, *type);
        }
    }
    return rows;
}

}  // namespace tqm::cert
