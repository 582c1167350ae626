// Writes a generated certificate book into a database file with the generator's ids, in one
// transaction of plain INSERTs (the writing is not what is timed), so that a benchmark can time
// loading the same book back (store::CertificateRepository::loadBook) beside computing on it in
// memory. The generator may give a person the same position twice at once; the database holds one
// open assignment per person and position, so the repeat is left out (counted in the result).
#pragma once

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include "cert/certificate_model.h"
#include "store/cert_columns.h"
#include "store/database.h"

namespace bench {

// Returns how many assignments were left out as repeats.
inline std::size_t writeCertificateBook(tqm::store::Database& database,
                                        const tqm::cert::CertificateBook& book) {
    using tqm::store::bindDate;
    using tqm::store::columnWord;
    SQLite::Database& sql = database.sql();
    SQLite::Transaction transaction(sql);
    const auto run = [](SQLite::Statement& statement) {
        statement.exec();
        statement.reset();
    };
    SQLite::Statement person(sql,
                             "INSERT INTO person (id, employee_no, name, unit, department, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, 0)");
    for (const auto& p : book.people) {
        person.bind(1, p.id);
        person.bind(2, p.employeeNo);
        person.bind(3, p.name);
        person.bind(4, p.unit);
        person.bind(5, p.department);
        run(person);
    }
    SQLite::Statement position(
        sql, "INSERT INTO position (id, name, is_key, description) VALUES (?, ?, ?, ?)");
    for (const auto& p : book.positions) {
        position.bind(1, p.id);
        position.bind(2, p.name);
        position.bind(3, p.key ? 1 : 0);
        position.bind(4, p.description);
        run(position);
    }
    std::size_t left = 0;
    SQLite::Statement assignment(
        sql,
        "INSERT OR IGNORE INTO position_assignment (id, person_id, position_id, "
        "from_date, to_date, created_at) VALUES (?, ?, ?, ?, ?, 0)");
    for (const auto& a : book.assignments) {
        assignment.bind(1, a.id);
        assignment.bind(2, a.personId);
        assignment.bind(3, a.positionId);
        bindDate(assignment, 4, a.from);
        bindDate(assignment, 5, a.to);
        run(assignment);
        left += sql.getChanges() == 0 ? 1 : 0;
    }
    SQLite::Statement type(sql,
                           "INSERT INTO certificate_type (id, code, name, issuer_kind, "
                           "issuer_name, validity_months, review_months, renewal_window_days, "
                           "grace_days, number_pattern, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)");
    for (const auto& t : book.types) {
        type.bind(1, t.id);
        type.bind(2, t.code);
        type.bind(3, t.name);
        type.bind(4, std::string(columnWord(t.issuerKind)));
        type.bind(5, t.issuerName);
        if (t.validityMonths) type.bind(6, *t.validityMonths);
        if (t.reviewMonths) type.bind(7, *t.reviewMonths);
        type.bind(8, t.renewalWindowDays);
        type.bind(9, t.graceDays);
        type.bind(10, t.numberPattern);
        run(type);
        type.clearBindings();
    }
    SQLite::Statement requirement(sql, "INSERT INTO certificate_requirement VALUES (?, ?, ?, ?)");
    for (const auto& r : book.requirements) {
        requirement.bind(1, r.positionId);
        requirement.bind(2, r.certificateTypeId);
        requirement.bind(3, std::string(columnWord(r.level)));
        requirement.bind(4, r.daysAllowed);
        run(requirement);
    }
    SQLite::Statement certificate(
        sql,
        "INSERT INTO certificate (id, number, person_id, certificate_type_id, issued_on, "
        "valid_from, valid_until, issuer, source, renews_id, revoked_on, revoked_reason, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
    SQLite::Statement review(sql,
                             "INSERT INTO certificate_review (id, certificate_id, due_on, "
                             "done_on, result, valid_until, note, recorded_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, 0)");
    for (const auto& c : book.certificates) {
        certificate.bind(1, c.id);
        certificate.bind(2, c.number);
        certificate.bind(3, c.personId);
        certificate.bind(4, c.certificateTypeId);
        bindDate(certificate, 5, c.issuedOn);
        bindDate(certificate, 6, c.validFrom);
        bindDate(certificate, 7, c.validUntil);
        certificate.bind(8, c.issuer);
        certificate.bind(9, std::string(columnWord(c.source)));
        if (c.renewsId) certificate.bind(10, *c.renewsId);
        bindDate(certificate, 11, c.revokedOn);
        if (c.revokedOn) certificate.bind(12, c.revokedReason);
        run(certificate);
        certificate.clearBindings();
        for (const auto& r : c.reviews) {
            review.bind(1, r.id);
            review.bind(2, c.id);
            bindDate(review, 3, r.dueOn);
            bindDate(review, 4, r.doneOn);
            if (r.result) review.bind(5, std::string(columnWord(*r.result)));
            bindDate(review, 6, r.validUntil);
            review.bind(7, r.note);
            run(review);
            review.clearBindings();
        }
    }
    transaction.commit();
    return left;
}

}  // namespace bench
