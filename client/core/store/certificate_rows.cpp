#include "store/certificate_rows.h"

#include "store/cert_columns.h"

namespace tqm::store {

cert::Position positionFrom(SQLite::Statement& row) {
    return {row.getColumn(0).getInt64(), row.getColumn(1).getString(),
            row.getColumn(2).getInt() != 0, row.getColumn(3).getString()};
}

cert::Assignment assignmentFrom(SQLite::Statement& row) {
    return {row.getColumn(0).getInt64(), row.getColumn(1).getInt64(), row.getColumn(2).getInt64(),
            dateColumn(row, 3), optionalDateColumn(row, 4)};
}

cert::CertificateType typeFrom(SQLite::Statement& row) {
    cert::CertificateType type;
    type.id = row.getColumn(0).getInt64();
    type.code = row.getColumn(1).getString();
    type.name = row.getColumn(2).getString();
    type.issuerKind = issuerKindFromColumn(row.getColumn(3).getText());
    type.issuerName = row.getColumn(4).getString();
    type.validityMonths = optionalNumberColumn(row, 5);
    type.reviewMonths = optionalNumberColumn(row, 6);
    type.renewalWindowDays = row.getColumn(7).getInt();
    type.graceDays = row.getColumn(8).getInt();
    type.examId = optionalIdColumn(row, 9);
    type.numberPattern = row.getColumn(10).getString();
    return type;
}

cert::Requirement requirementFrom(SQLite::Statement& row) {
    return {row.getColumn(0).getInt64(), row.getColumn(1).getInt64(),
            levelFromColumn(row.getColumn(2).getText()), row.getColumn(3).getInt()};
}

cert::Certificate certificateFrom(SQLite::Statement& row) {
    cert::Certificate certificate;
    certificate.id = row.getColumn(0).getInt64();
    certificate.number = row.getColumn(1).getString();
    certificate.personId = row.getColumn(2).getInt64();
    certificate.certificateTypeId = row.getColumn(3).getInt64();
    certificate.issuedOn = dateColumn(row, 4);
    certificate.validFrom = dateColumn(row, 5);
    certificate.validUntil = optionalDateColumn(row, 6);
    certificate.issuer = row.getColumn(7).getString();
    certificate.source = sourceFromColumn(row.getColumn(8).getText());
    certificate.attemptId = optionalIdColumn(row, 9);
    certificate.renewsId = optionalIdColumn(row, 10);
    certificate.evidenceFile = row.getColumn(11).getString();
    certificate.revokedOn = optionalDateColumn(row, 12);
    certificate.revokedReason = row.getColumn(13).getString();  // "" for NULL
    certificate.verificationCode = row.getColumn(14).getString();
    return certificate;
}

cert::ReviewEvent reviewFrom(SQLite::Statement& row) {
    cert::ReviewEvent review;
    review.id = row.getColumn(0).getInt64();
    review.certificateId = row.getColumn(1).getInt64();
    review.dueOn = dateColumn(row, 2);
    review.doneOn = optionalDateColumn(row, 3);
    if (!row.isColumnNull(4)) review.result = reviewResultFromColumn(row.getColumn(4).getText());
    review.validUntil = optionalDateColumn(row, 5);
    review.note = row.getColumn(6).getString();
    return review;
}

}  // namespace tqm::store
