// A large synthetic certificate book for the status benchmark: a plant of N people, 200
// positions (every third one key), 20 certificate types and about ten certificates per person
// (renewal chains, most of the ones positions ask for running past mid-2026, 复审 records, a
// few revocations). The output depends only on the size and the
// seed; the generator draws from std::mt19937_64 directly, whose sequence the standard fixes.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>

#include "cert/certificate_model.h"

namespace bench {

using tqm::Date;
using Days = std::chrono::days;

class CertificateBookGenerator {
  public:
    CertificateBookGenerator(int people, std::uint64_t seed) : people_(people), random_(seed) {}

    tqm::cert::CertificateBook generate() {
        tqm::cert::CertificateBook book;
        addTypes(book);
        addPositions(book);
        for (int person = 1; person <= people_; ++person) addPerson(book, person);
        return book;
    }

    static constexpr int kTypes = 20;
    static constexpr int kPositions = 200;
    static constexpr int kCertificatesPerPerson = 10;

  private:
    int below(int bound) { return static_cast<int>(random_() % static_cast<std::uint64_t>(bound)); }
    Date dayIn(Date from, int days) { return from + Days{below(days)}; }

    static std::string numbered(const char* prefix, int value, int width) {
        char text[32];
        std::snprintf(text, sizeof text, "%s%0*d", prefix, width, value);
        return text;
    }

    void addTypes(tqm::cert::CertificateBook& book) {
        constexpr int kValidity[] = {12, 24, 36, 48};
        constexpr int kWindow[] = {30, 60, 90};
        constexpr int kGrace[] = {0, 15, 30};
        for (int id = 1; id <= kTypes; ++id) {
            tqm::cert::CertificateType type;
            type.id = id;
            type.code = numbered("T", id, 2);
            type.name = "证书类型" + type.code;
            if (id % 5 != 0) type.validityMonths = kValidity[id % 4];
            if (id % 3 == 0) type.reviewMonths = 12;
            type.renewalWindowDays = kWindow[id % 3];
            type.graceDays = kGrace[(id / 3) % 3];
            if (id % 2 == 0) type.examId = id;
            book.types.push_back(std::move(type));
        }
    }

    void addPositions(tqm::cert::CertificateBook& book) {
        constexpr int kAllowed[] = {0, 30, 90};
        for (int id = 1; id <= kPositions; ++id) {
            book.positions.push_back({id, numbered("岗位", id, 3), id % 3 == 0, {}});
            const int count = 2 + below(3);
            std::vector<int> chosen;
            while (static_cast<int>(chosen.size()) < count) {
                const int type = 1 + below(kTypes);
                if (std::find(chosen.begin(), chosen.end(), type) != chosen.end()) continue;
                chosen.push_back(type);
                const auto level = below(4) == 0 ? tqm::cert::RequirementLevel::Recommended
                                                 : tqm::cert::RequirementLevel::Mandatory;
                book.requirements.push_back({id, type, level, kAllowed[below(3)]});
            }
        }
    }

    void addPerson(tqm::cert::CertificateBook& book, int id) {
        book.people.push_back(
            {id, numbered("E", id, 6), "员工" + std::to_string(id), "一厂", "质检科"});
        const Date early{std::chrono::year{2016} / 1 / 1};
        const Date recent{std::chrono::year{2022} / 1 / 1};
        std::vector<int> wanted;  // types the person's positions ask for, held first
        const int positions = 1 + (below(4) == 0 ? 1 : 0);
        for (int at = 0; at < positions; ++at) {
            const int position = 1 + below(kPositions);
            if (below(10) < 3) {  // an earlier, ended time in the same position
                const Date from = dayIn(early, 1500);
                book.assignments.push_back(
                    {nextAssignment_++, id, position, from, from + Days{100 + below(400)}});
            }
            book.assignments.push_back(
                {nextAssignment_++, id, position, dayIn(recent, 1700), std::nullopt});
            for (const auto& requirement : book.requirements)
                if (requirement.positionId == position)
                    wanted.push_back(static_cast<int>(requirement.certificateTypeId));
        }
        int made = 0;
        for (std::size_t slot = 0; made < kCertificatesPerPerson; ++slot) {
            const int type = slot < wanted.size() ? wanted[slot] : 1 + below(kTypes);
            // What a position asks for is mostly kept current; other types lapse as they will.
            const bool current = slot < wanted.size() && below(10) != 0;
            made += addChain(book, id, book.types[static_cast<std::size_t>(type - 1)],
                             kCertificatesPerPerson - made, early, current);
        }
    }

    // A certificate and its renewals; returns how many were made.
    int addChain(tqm::cert::CertificateBook& book, int person,
                 const tqm::cert::CertificateType& type, int room, Date early, bool current) {
        const int length = type.validityMonths ? std::min(room, 1 + below(3)) : 1;
        Date from = dayIn(early, 3000);
        if (current && type.validityMonths) {  // the last link starts in the last validity period
            const Date asOf{std::chrono::year{2026} / 6 / 30};
            from = tqm::addMonths(asOf, -*type.validityMonths) + Days{1 + below(300)};
            from = tqm::addMonths(from, -(length - 1) * *type.validityMonths);
        }
        for (int link = 0; link < length; ++link) {
            tqm::cert::Certificate certificate;
            certificate.id = nextCertificate_++;
            certificate.number = numbered("TQM-", static_cast<int>(certificate.id), 7);
            certificate.personId = person;
            certificate.certificateTypeId = type.id;
            certificate.issuedOn = from;
            certificate.validFrom = from;
            if (type.validityMonths)
                certificate.validUntil = tqm::addMonths(from, *type.validityMonths) - Days{1};
            if (below(50) == 0) {
                certificate.revokedOn = from + Days{below(300)};
                certificate.revokedReason = "违规";
            }
            if (type.reviewMonths) addReviews(certificate, *type.reviewMonths);
            const Date next = certificate.validUntil ? *certificate.validUntil + Days{1} : from;
            book.certificates.push_back(std::move(certificate));
            from = below(5) == 0 ? next + Days{below(200)} : next;
        }
        return length;
    }

    void addReviews(tqm::cert::Certificate& certificate, int months) {
        const Date last{std::chrono::year{2026} / 6 / 30};
        Date base = certificate.validFrom;
        for (int at = 0; at < 8; ++at) {
            const Date due = tqm::addMonths(base, months);
            if (due > last || (certificate.validUntil && due > *certificate.validUntil)) break;
            tqm::cert::ReviewEvent review;
            review.id = nextReview_++;
            review.certificateId = certificate.id;
            review.dueOn = due;
            const Date done = due + Days{below(25)};
            if (done <= last && below(20) != 0) {
                review.doneOn = done;
                review.result = below(25) == 0 ? tqm::cert::ReviewResult::Failed
                                               : tqm::cert::ReviewResult::Passed;
            }
            const bool stop = !review.doneOn || review.result == tqm::cert::ReviewResult::Failed;
            certificate.reviews.push_back(std::move(review));
            if (stop) break;
            base = done;
        }
    }

    int people_;
    std::mt19937_64 random_;
    std::int64_t nextAssignment_ = 1;
    std::int64_t nextCertificate_ = 1;
    std::int64_t nextReview_ = 1;
};

}  // namespace bench
