#include "store/certificate_type_repository.h"

#include <SQLiteCpp/Statement.h>

#include "store/cert_columns.h"
#include "store/certificate_rows.h"
#include "store/write_scope.h"

namespace tqm::store {

namespace {

std::optional<std::string> invalidField(const cert::CertificateType& type) {
    const std::string named = "certificate type '" + type.code + "'";
    if (type.code.empty()) return "a certificate type needs a code";
    if (type.name.empty()) return named + " needs a name";
    if (type.numberPattern.empty()) return named + " needs a number pattern";
    if (type.validityMonths && *type.validityMonths <= 0)
        return named + ": the validity must be at least one month, or none";
    if (type.reviewMonths && *type.reviewMonths <= 0)
        return named + ": the review interval must be at least one month, or none";
    if (type.renewalWindowDays < 0) return named + ": the renewal window cannot be negative";
    if (type.graceDays < 0) return named + ": the grace days cannot be negative";
    return std::nullopt;
}

}  // namespace

Written<TypeUpsert> CertificateTypeRepository::upsert(const cert::CertificateType& type) {
    if (auto problem = invalidField(type)) return Refusal{RefusalCode::InvalidField, *problem};
    SQLite::Database& sql = db_.sql();
    WriteScope scope(sql, "certificate_type_upsert");
    if (type.examId && !rowExists(sql, "exam", *type.examId))
        return Refusal{RefusalCode::UnknownExam,
                       "certificate type '" + type.code + "' names exam " +
                           std::to_string(*type.examId) + ", which does not exist"};
    const auto before = findByCode(type.code);
    cert::CertificateType stored = type;
    stored.id = before ? before->id : 0;
    if (before && *before == stored) {
        scope.commit();
        return TypeUpsert{stored, UpsertOutcome::Unchanged};
    }
    SQLite::Statement write(
        sql,
        "INSERT INTO certificate_type (code, name, issuer_kind, issuer_name, validity_months, "
        "review_months, renewal_window_days, grace_days, exam_id, number_pattern, created_at, "
        "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11) "
        "ON CONFLICT (code) DO UPDATE SET name = excluded.name, issuer_kind = "
        "excluded.issuer_kind, issuer_name = excluded.issuer_name, validity_months = "
        "excluded.validity_months, review_months = excluded.review_months, renewal_window_days "
        "= excluded.renewal_window_days, grace_days = excluded.grace_days, exam_id = "
        "excluded.exam_id, number_pattern = excluded.number_pattern, updated_at = "
        "excluded.updated_at");
    write.bind(1, type.code);
    write.bind(2, type.name);
    write.bind(3, std::string(columnWord(type.issuerKind)));
    write.bind(4, type.issuerName);
    bindNumber(write, 5, type.validityMonths);
    bindNumber(write, 6, type.reviewMonths);
    write.bind(7, type.renewalWindowDays);
    write.bind(8, type.graceDays);
    bindId(write, 9, type.examId);
    write.bind(10, type.numberPattern);
    write.bind(11, unixMillis(db_.clock().now()));
    write.exec();
    if (!before) stored.id = sql.getLastInsertRowid();
    scope.commit();
    return TypeUpsert{stored, before ? UpsertOutcome::Updated : UpsertOutcome::Added};
}

std::optional<cert::CertificateType> CertificateTypeRepository::findByCode(std::string_view code) {
    SQLite::Statement query(db_.sql(), std::string(kTypeColumns) + "WHERE code = ?1");
    query.bind(1, std::string(code));
    if (!query.executeStep()) return std::nullopt;
    return typeFrom(query);
}

std::vector<cert::CertificateType> CertificateTypeRepository::list() {
    SQLite::Statement query(db_.sql(), std::string(kTypeColumns) + "ORDER BY code");
    std::vector<cert::CertificateType> types;
    while (query.executeStep()) types.push_back(typeFrom(query));
    return types;
}

MaybeRefusal CertificateTypeRepository::setRequirement(const cert::Requirement& requirement) {
    SQLite::Database& sql = db_.sql();
    if (requirement.daysAllowed < 0)
        return Refusal{RefusalCode::InvalidField,
                       "the days allowed to obtain a certificate "
                       "cannot be negative"};
    WriteScope scope(sql, "requirement_set");
    if (!rowExists(sql, "position", requirement.positionId))
        return Refusal{RefusalCode::UnknownPosition,
                       "there is no position with id " + std::to_string(requirement.positionId)};
    if (!rowExists(sql, "certificate_type", requirement.certificateTypeId))
        return Refusal{RefusalCode::UnknownType, "there is no certificate type with id " +
                                                     std::to_string(requirement.certificateTypeId)};
    SQLite::Statement write(sql,
                            "INSERT INTO certificate_requirement (position_id, "
                            "certificate_type_id, level, days_allowed) VALUES (?1, ?2, ?3, ?4) "
                            "ON CONFLICT (position_id, certificate_type_id) DO UPDATE SET "
                            "level = excluded.level, days_allowed = excluded.days_allowed");
    write.bind(1, requirement.positionId);
    write.bind(2, requirement.certificateTypeId);
    write.bind(3, std::string(columnWord(requirement.level)));
    write.bind(4, requirement.daysAllowed);
    write.exec();
    scope.commit();
    return std::nullopt;
}

bool CertificateTypeRepository::removeRequirement(std::int64_t positionId,
                                                  std::int64_t certificateTypeId) {
    WriteScope scope(db_.sql(), "requirement_remove");
    SQLite::Statement remove(db_.sql(),
                             "DELETE FROM certificate_requirement WHERE position_id = ?1 AND "
                             "certificate_type_id = ?2");
    remove.bind(1, positionId);
    remove.bind(2, certificateTypeId);
    const bool removed = remove.exec() > 0;
    scope.commit();
    return removed;
}

std::vector<cert::Requirement> CertificateTypeRepository::requirements() {
    SQLite::Statement query(
        db_.sql(), std::string(kRequirementColumns) + "ORDER BY position_id, certificate_type_id");
    std::vector<cert::Requirement> requirements;
    while (query.executeStep()) requirements.push_back(requirementFrom(query));
    return requirements;
}

}  // namespace tqm::store
