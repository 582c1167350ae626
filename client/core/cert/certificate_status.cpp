#include "cert/certificate_status.h"

#include <algorithm>
#include <vector>

namespace tqm::cert {

namespace {

using Days = std::chrono::days;

bool doneBy(const ReviewEvent& review, Date day) {
    return review.doneOn && review.result && *review.doneOn <= day;
}

// Walks a certificate's reviews up to one day and keeps what they decided.
class ReviewTimeline {
  public:
    ReviewTimeline(const Certificate& certificate, const CertificateType& type, Date asOf)
        : certificate_(certificate), type_(type), asOf_(asOf), grace_(type.graceDays) {
        end = certificate.validUntil;
        ending = end ? Ending::Expiry : Ending::None;
        base_ = certificate.validFrom;
    }

    void run() {
        for (const ReviewEvent* review : doneInOrder()) {
            const Date doneOn = *review->doneOn;
            if (doneOn < certificate_.validFrom) continue;  // before it began: not a review of it
            if (const auto due = dueAfter(doneOn); due && doneOn > *due + grace_) {
                closeByMissedReview(*due);
                return;
            }
            if (end && doneOn > *end + grace_) return;  // already ended; nothing revives it
            if (*review->result == ReviewResult::Failed) {
                end = doneOn - Days{1};
                ending = Ending::ReviewFailed;
                closed = true;
                return;
            }
            base_ = doneOn;
            if (review->validUntil) {
                end = review->validUntil;
                ending = Ending::Expiry;
            }
        }
        nextDue = dueAfter(asOf_ + Days{1});
        if (nextDue && asOf_ > *nextDue + grace_) closeByMissedReview(*nextDue);
    }

    std::optional<Date> end;
    Ending ending = Ending::None;
    std::optional<Date> nextDue;
    bool closed = false;  // ended by a review failed or missed

  private:
    std::vector<const ReviewEvent*> doneInOrder() const {
        std::vector<const ReviewEvent*> done;
        for (const ReviewEvent& review : certificate_.reviews)
            if (doneBy(review, asOf_)) done.push_back(&review);
        std::stable_sort(done.begin(), done.end(),
                         [](const auto* a, const auto* b) { return *a->doneOn < *b->doneOn; });
        return done;
    }

    // The review due next after the last passed one, as it stood just before `point`: the
    // interval's day, or a recorded review not done before `point` if that is earlier; nothing
    // when the certificate ends first.
    std::optional<Date> dueAfter(Date point) const {
        std::optional<Date> due;
        if (type_.reviewMonths && *type_.reviewMonths > 0)
            due = addMonths(base_, *type_.reviewMonths);
        for (const ReviewEvent& review : certificate_.reviews) {
            if (doneBy(review, asOf_) && *review.doneOn < point) continue;
            if (review.dueOn > base_ && (!due || review.dueOn < *due)) due = review.dueOn;
        }
        if (due && end && *due > *end) return std::nullopt;
        return due;
    }

    void closeByMissedReview(Date due) {
        nextDue = due;
        end = due + grace_;
        ending = Ending::ReviewMissed;
        closed = true;
    }

    const Certificate& certificate_;
    const CertificateType& type_;
    Date asOf_;
    Days grace_;
    Date base_{};
};

}  // namespace

CertificateStatus certificateStatus(const Certificate& certificate, const CertificateType& type,
                                    Date asOf) {
    ReviewTimeline timeline(certificate, type, asOf);
    timeline.run();

    CertificateStatus result;
    result.validUntil = timeline.end;
    result.ending = timeline.ending;
    result.nextReviewDue = timeline.nextDue;
    const Days grace{type.graceDays};
    if (timeline.nextDue && !timeline.closed) result.reviewDeadline = *timeline.nextDue + grace;
    if (timeline.end && timeline.ending == Ending::Expiry) {
        if (type.graceDays > 0) result.graceEndsOn = *timeline.end + grace;
        if (type.renewalWindowDays > 0)
            result.renewalOpensOn = *timeline.end - Days{type.renewalWindowDays - 1};
    }

    if (certificate.revokedOn && asOf >= *certificate.revokedOn) {
        result.status = Status::Revoked;
        result.ending = Ending::Revocation;
        result.revokedOn = certificate.revokedOn;
    } else if (asOf < certificate.validFrom) {
        result.status = Status::NotYetValid;
    } else if (timeline.end && asOf > *timeline.end) {
        const bool graceApplies = timeline.ending == Ending::Expiry;
        result.status =
            graceApplies && asOf <= *timeline.end + grace ? Status::InGrace : Status::Expired;
    } else if (timeline.nextDue && asOf >= *timeline.nextDue) {
        result.status = Status::ReviewDue;
    } else if (result.renewalOpensOn && asOf >= *result.renewalOpensOn) {
        result.status = Status::RenewalOpen;
    } else {
        result.status = Status::Valid;
    }
    return result;
}

}  // namespace tqm::cert
