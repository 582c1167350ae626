// The periodic reviews (复审) of certificates: a review is added when it falls due and its result
// recorded once. The certificate's own row is never changed by a review: the status rules read
// a passed review's new end of validity from the review.
#include "store/cert_columns.h"
#include "store/certificate_repository.h"
#include "store/certificate_rows.h"
#include "store/write_scope.h"

namespace tqm::store {

std::int64_t CertificateRepository::writeReview(const cert::ReviewEvent& review, std::int64_t now) {
    SQLite::Statement write(db_.sql(),
                            "INSERT INTO certificate_review (certificate_id, due_on, done_on, "
                            "result, valid_until, note, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, "
                            "?6, ?7)");
    write.bind(1, review.certificateId);
    bindDate(write, 2, review.dueOn);
    bindDate(write, 3, review.doneOn);
    if (review.result)
        write.bind(4, std::string(columnWord(*review.result)));
    else
        write.bind(4);
    bindDate(write, 5, review.validUntil);
    write.bind(6, review.note);
    write.bind(7, now);
    write.exec();
    return db_.sql().getLastInsertRowid();
}

std::optional<cert::ReviewEvent> CertificateRepository::findReview(std::int64_t reviewId) {
    SQLite::Statement query(db_.sql(), std::string(kReviewColumns) + "WHERE id = ?1");
    query.bind(1, reviewId);
    if (!query.executeStep()) return std::nullopt;
    return reviewFrom(query);
}

Written<cert::ReviewEvent> CertificateRepository::addReview(std::int64_t certificateId, Date dueOn,
                                                            std::string_view note) {
    WriteScope scope(db_.sql(), "review_add");
    if (!rowExists(db_.sql(), "certificate", certificateId))
        return Refusal{RefusalCode::UnknownCertificate,
                       "there is no certificate with id " + std::to_string(certificateId)};
    cert::ReviewEvent review;
    review.certificateId = certificateId;
    review.dueOn = dueOn;
    review.note = std::string(note);
    review.id = writeReview(review, unixMillis(db_.clock().now()));
    scope.commit();
    return review;
}

Written<cert::ReviewEvent> CertificateRepository::recordReview(std::int64_t reviewId, Date doneOn,
                                                               cert::ReviewResult result,
                                                               std::optional<Date> validUntil,
                                                               std::string_view note) {
    WriteScope scope(db_.sql(), "review_record");
    std::optional<cert::ReviewEvent> review = findReview(reviewId);
    if (!review)
        return Refusal{RefusalCode::UnknownReview,
                       "there is no review with id " + std::to_string(reviewId)};
    SQLite::Statement number(db_.sql(), "SELECT number FROM certificate WHERE id = ?1");
    number.bind(1, review->certificateId);
    number.executeStep();
    const std::string named = "the review due on " + formatDate(review->dueOn) +
                              " of certificate " + number.getColumn(0).getString();
    if (review->doneOn)
        return Refusal{RefusalCode::ReviewRecorded,
                       named + " was already recorded as done on " + formatDate(*review->doneOn)};
    if (validUntil && result == cert::ReviewResult::Failed)
        return Refusal{RefusalCode::InvalidField,
                       named + ": a failed review cannot extend the certificate"};
    review->doneOn = doneOn;
    review->result = result;
    review->validUntil = validUntil;
    if (!note.empty()) review->note = std::string(note);
    SQLite::Statement write(db_.sql(),
                            "UPDATE certificate_review SET done_on = ?2, result = ?3, "
                            "valid_until = ?4, note = ?5, recorded_at = ?6 WHERE id = ?1");
    write.bind(1, reviewId);
    bindDate(write, 2, doneOn);
    write.bind(3, std::string(columnWord(result)));
    bindDate(write, 4, validUntil);
    write.bind(5, review->note);
    write.bind(6, unixMillis(db_.clock().now()));
    write.exec();
    scope.commit();
    return *review;
}

}  // namespace tqm::store
