// The whole certificate book in seven queries, one per table, read inside one savepoint so that
// the lists agree with each other. Reviews are attached to their certificates by id (both lists
// come sorted), never queried per certificate: 10,000 people with 20 certificates each load in
// well under the 200 ms the status screens allow (tools/bench/certificate_book.cpp).
#include <algorithm>
#include <iterator>
#include <stdexcept>

#include "store/certificate_repository.h"
#include "store/certificate_rows.h"
#include "store/write_scope.h"

namespace tqm::store {

namespace {

// The largest id in a rowid table: room for every row, found in one B-tree descent (a count
// would read every page).
std::size_t roomFor(SQLite::Database& sql, const std::string& table) {
    return static_cast<std::size_t>(
        sql.execAndGet("SELECT coalesce(max(id), 0) FROM " + table).getInt64());
}

template <typename Row, typename Read>
std::vector<Row> readAll(SQLite::Database& sql, const std::string& query, Read read,
                         std::size_t room = 0) {
    SQLite::Statement statement(sql, query);
    std::vector<Row> rows;
    rows.reserve(room);
    while (statement.executeStep()) rows.push_back(read(statement));
    return rows;
}

// Reviews are read in table order (a scan of the table alone: in (certificate, due) order SQLite
// would look up every row through the index) and sorted per certificate, where there are few.
void attachReviews(SQLite::Database& sql, std::vector<cert::Certificate>& certificates) {
    SQLite::Statement query(sql, std::string(kReviewColumns) + "ORDER BY id");
    const auto byId = [](const cert::Certificate& c, std::int64_t id) { return c.id < id; };
    // A certificate's reviews are mostly written with it, so the next review usually belongs to
    // the same certificate as the last one or to the one after it.
    auto at = certificates.begin();
    while (query.executeStep()) {
        cert::ReviewEvent review = reviewFrom(query);
        if (at != certificates.end() && at->id != review.certificateId) {
            const auto next = std::next(at);
            at = next != certificates.end() && next->id == review.certificateId
                     ? next
                     : std::lower_bound(certificates.begin(), certificates.end(),
                                        review.certificateId, byId);
        }
        if (at == certificates.end() || at->id != review.certificateId)  // foreign keys forbid it
            throw std::runtime_error("review " + std::to_string(review.id) +
                                     " belongs to no certificate");
        at->reviews.push_back(std::move(review));
    }
    for (cert::Certificate& certificate : certificates) {
        if (certificate.reviews.size() < 2) continue;
        std::sort(certificate.reviews.begin(), certificate.reviews.end(),
                  [](const cert::ReviewEvent& a, const cert::ReviewEvent& b) {
                      return a.dueOn != b.dueOn ? a.dueOn < b.dueOn : a.id < b.id;
                  });
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
        },
        roomFor(sql, "person"));
    book.positions =
        readAll<cert::Position>(sql, std::string(kPositionColumns) + "ORDER BY id", positionFrom);
    book.assignments =
        readAll<cert::Assignment>(sql, std::string(kAssignmentColumns) + "ORDER BY id",
                                  assignmentFrom, roomFor(sql, "position_assignment"));
    book.types =
        readAll<cert::CertificateType>(sql, std::string(kTypeColumns) + "ORDER BY id", typeFrom);
    book.requirements = readAll<cert::Requirement>(
        sql, std::string(kRequirementColumns) + "ORDER BY position_id, certificate_type_id",
        requirementFrom);
    book.certificates =
        readAll<cert::Certificate>(sql, std::string(kCertificateColumns) + "ORDER BY id",
                                   certificateFrom, roomFor(sql, "certificate"));
    attachReviews(sql, book.certificates);
    snapshot.commit();
    return book;
}

}  // namespace tqm::store
