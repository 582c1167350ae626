#include "cert/cert_file_import.h"

#include <map>
#include <set>
#include <utility>

#include "cert/known_records.h"
#include "store/certificate_type_repository.h"
#include "store/position_repository.h"
#include "store/write_scope.h"

namespace tqm::cert {

namespace {

template <class Field>
constexpr std::size_t at(Field field) {
    return static_cast<std::size_t>(field);
}

// Collects the outcome of the writes of one file. A row the database refuses (which the readers'
// checks should have caught) becomes an error of that row; its savepoint has rolled it back.
class WriteTally {
  public:
    explicit WriteTally(FileImportResult& result) : result_(result) {}

    void count(store::UpsertOutcome outcome) {
        switch (outcome) {
            case store::UpsertOutcome::Added:
                ++result_.counts.added;
                break;
            case store::UpsertOutcome::Updated:
                ++result_.counts.updated;
                break;
            case store::UpsertOutcome::Unchanged:
                ++result_.counts.unchanged;
                break;
        }
    }
    void refuse(SourceRow where, std::size_t field, const store::Refusal& refusal) {
        addRowError(result_.report, where, field, "database-refused",
                    "the database refused the row: " + refusal.message);
        refused_.insert(where.row);
    }
    // Sorts the problems and counts every rejected row once.
    void finish() {
        sortProblems(result_.report);
        result_.report.rejected += refused_.size();
        result_.counts.rejected = result_.report.rejected;
    }

  private:
    FileImportResult& result_;
    std::set<std::size_t> refused_;
};

bool hasColumn(const ImportReport& report, std::size_t field) {
    return field < report.columns.size() && report.columns[field].number > 0;
}

// A column the file does not have keeps what the database holds, as a roster without a 岗位
// column keeps everyone's positions: a file that leaves out 说明 must not erase descriptions.
CertificateType keepingAbsentColumns(CertificateType type, const CertificateType& stored,
                                     const ImportReport& report) {
    auto absent = [&](TypeField field) { return !hasColumn(report, at(field)); };
    if (absent(TypeField::IssuerKind)) type.issuerKind = stored.issuerKind;
    if (absent(TypeField::Issuer)) type.issuerName = stored.issuerName;
    if (absent(TypeField::ValidityMonths)) type.validityMonths = stored.validityMonths;
    if (absent(TypeField::ReviewMonths)) type.reviewMonths = stored.reviewMonths;
    if (absent(TypeField::RenewalWindowDays)) type.renewalWindowDays = stored.renewalWindowDays;
    if (absent(TypeField::GraceDays)) type.graceDays = stored.graceDays;
    if (absent(TypeField::ExamId)) type.examId = stored.examId;
    if (absent(TypeField::NumberPattern)) type.numberPattern = stored.numberPattern;
    return type;
}

store::UpsertOutcome outcomeOf(bool known, bool same) {
    if (!known) return store::UpsertOutcome::Added;
    return same ? store::UpsertOutcome::Unchanged : store::UpsertOutcome::Updated;
}

}  // namespace

FileImportResult importCertificateTypes(store::Database& database, std::string_view bytes,
                                        const std::string& fileName) {
    const CertificateTypeFile file =
        resolveCertificateTypes(readCertificateTypes(bytes, fileName), loadKnownRecords(database));
    FileImportResult result{file.report, {}};
    WriteTally tally(result);
    store::CertificateTypeRepository types(database);
    std::map<std::string, CertificateType> before;
    for (CertificateType& type : types.list()) before.emplace(type.code, std::move(type));
    store::WriteScope scope(database.sql(), "certificate_types_import");
    for (const CertificateTypeRow& row : file.rows) {
        const auto old = before.find(row.type.code);
        const CertificateType type = old == before.end()
                                         ? row.type
                                         : keepingAbsentColumns(row.type, old->second, file.report);
        const store::Written<store::TypeUpsert> written = types.upsert(type);
        if (written.ok())
            tally.count(written.value->outcome);
        else
            tally.refuse(row.source, at(TypeField::Code), *written.refusal);
    }
    scope.commit();
    tally.finish();
    return result;
}

FileImportResult importPositions(store::Database& database, std::string_view bytes,
                                 const std::string& fileName) {
    const PositionFile file =
        resolvePositions(readPositions(bytes, fileName), loadKnownRecords(database));
    FileImportResult result{file.report, {}};
    WriteTally tally(result);
    store::PositionRepository positions(database);
    std::map<std::string, Position> before;
    for (Position& position : positions.list()) before.emplace(position.name, std::move(position));
    store::WriteScope scope(database.sql(), "positions_import");
    for (const PositionRow& row : file.rows) {
        const auto old = before.find(row.position.name);
        const bool known = old != before.end();
        Position position = row.position;
        if (known && !hasColumn(file.report, at(PositionField::Key)))
            position.key = old->second.key;
        if (known && !hasColumn(file.report, at(PositionField::Description)))
            position.description = old->second.description;
        const bool same = known && old->second.key == position.key &&
                          old->second.description == position.description;
        const store::Written<Position> written = positions.upsert(position);
        if (written.ok())
            tally.count(outcomeOf(known, same));
        else
            tally.refuse(row.source, at(PositionField::Name), *written.refusal);
    }
    scope.commit();
    tally.finish();
    return result;
}

FileImportResult importRequirements(store::Database& database, std::string_view bytes,
                                    const std::string& fileName) {
    const RequirementFile file =
        resolveRequirements(readRequirements(bytes, fileName), loadKnownRecords(database));
    FileImportResult result{file.report, {}};
    WriteTally tally(result);
    store::CertificateTypeRepository types(database);
    std::map<std::pair<std::int64_t, std::int64_t>, Requirement> before;
    for (const Requirement& requirement : types.requirements())
        before.emplace(std::pair(requirement.positionId, requirement.certificateTypeId),
                       requirement);
    store::WriteScope scope(database.sql(), "requirements_import");
    for (const RequirementRow& row : file.rows) {
        Requirement requirement = row.requirement;
        const auto old =
            before.find(std::pair(requirement.positionId, requirement.certificateTypeId));
        const bool known = old != before.end();
        if (known && !hasColumn(file.report, at(RequirementField::Level)))
            requirement.level = old->second.level;
        if (known && !hasColumn(file.report, at(RequirementField::DaysAllowed)))
            requirement.daysAllowed = old->second.daysAllowed;
        const bool same = known && old->second == requirement;
        if (const store::MaybeRefusal refusal = types.setRequirement(requirement))
            tally.refuse(row.source, at(RequirementField::Position), *refusal);
        else
            tally.count(outcomeOf(known, same));
    }
    scope.commit();
    tally.finish();
    return result;
}

}  // namespace tqm::cert
