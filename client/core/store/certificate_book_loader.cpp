// The whole certificate book in seven queries, one per table, read inside one savepoint so that
// the lists agree with each other. Reviews are attached to their certificates by id (both lists
// come sorted), never queried per certificate: 10,000 people with 20 certificates each load in
// well under the 200 ms the status screens allow (tools/bench/certificate_book.cpp).
#include <algorithm>

#include "store/certificate_repository.h"
#include "store/certificate_rows.h"
#include "store/write_scope.h"

namespace tqm::store {

namespace {

template <typename Row, typename Read>
std::vector<Row> readAll(SQLite::Database& sql, const std::string& query, Read read) {
    SQLite::Statement statement(sql, query);
    std::vector<Row> rows;
    while (statement.executeStep()) rows.push_back(read(statement));
    return rows;
}

void attachReviews(SQLite::Database& sql, std::vector<cert::Certificate>& certificates) {
    SQLite::Statement query(sql,
                            std::string(kReviewColumns) + "ORDER BY certificate_id, due_on, id");
    auto certificate = certificates.begin();
    while (query.executeStep()) {
        cert::ReviewEvent review = reviewFrom(query);
        if (certificate == certificates.end() || certificate->id != review.certificateId)
            certificate = std::lower_bound(
                certificates.begin(), certificates.end(), review.certificateId,
                [](const cert::Certificate& c, std::int64_t id) { return c.id < id; });
        certificate->reviews.push_back(std::move(review));
    }
}

}  // namespace

cert::CertificateBook CertificateRepository::loadBook() {
    SQLite::Database& sql = db_.sql();
    WriteScope snapshot(sql, "certificate_book");
    cert::CertificateBook book;
    book.people = readAll<cert::PersonSummary>(
        sql, "SELECT id, employee_no, name, unit, department FROM person ORDER BY id",
        [](SQLite::Statement& row) {
            return cert::PersonSummary{row.getColumn(0).getInt64(), row.getColumn(1).getString(),
                                       row.getColumn(2).getString(), row.getColumn(3).getString(),
                                       row.getColumn(4).getString()};
        });
    book.positions =
        readAll<cert::Position>(sql, std::string(kPositionColumns) + "ORDER BY id", positionFrom);
    book.assignments = readAll<cert::Assignment>(
        sql, std::string(kAssignmentColumns) + "ORDER BY id", assignmentFrom);
    book.types =
        readAll<cert::CertificateType>(sql, std::string(kTypeColumns) + "ORDER BY id", typeFrom);
    book.requirements = readAll<cert::Requirement>(
        sql, std::string(kRequirementColumns) + "ORDER BY position_id, certificate_type_id",
        requirementFrom);
    book.certificates = readAll<cert::Certificate>(
        sql, std::string(kCertificateColumns) + "ORDER BY id", certificateFrom);
    attachReviews(sql, book.certificates);
    snapshot.commit();
    return book;
}

}  // namespace tqm::store
