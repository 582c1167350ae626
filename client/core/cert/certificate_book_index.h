// Lookups over a CertificateBook that the status rules make many times: by id, a person's
// certificates of one type, a position's requirements, a person's assignments. Built once per
// book in linear time (plus sorting), so that the statuses of a whole plant take one pass.
// The index holds pointers into the book: the book must outlive it and stay unchanged.
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "cert/certificate_model.h"

namespace tqm::cert {

class CertificateBookIndex {
  public:
    explicit CertificateBookIndex(const CertificateBook& book);

    const CertificateBook& book() const { return book_; }

    const PersonSummary* person(std::int64_t id) const;
    const Position* position(std::int64_t id) const;
    const CertificateType* type(std::int64_t id) const;
    const Certificate* certificate(std::int64_t id) const;

    // The person's certificates of the type, in the book's order.
    std::span<const Certificate* const> certificatesOf(std::int64_t personId,
                                                       std::int64_t typeId) const;
    // The position's requirements, by type code.
    std::span<const Requirement* const> requirementsOf(std::int64_t positionId) const;
    // The person's assignments (any position, any dates), in the book's order.
    std::span<const Assignment* const> assignmentsOf(std::int64_t personId) const;

    // People by 工号 (then id); positions by name (then id); types by code (then id).
    const std::vector<const PersonSummary*>& peopleByEmployeeNo() const { return peopleSorted_; }
    const std::vector<const Position*>& positionsByName() const { return positionsSorted_; }
    const std::vector<const CertificateType*>& typesByCode() const { return typesSorted_; }

    // A run of one key's entries in one of the sorted lists.
    struct Range {
        std::size_t begin = 0;
        std::size_t end = 0;
    };

  private:
    const CertificateBook& book_;
    std::unordered_map<std::int64_t, std::size_t> people_, positions_, types_, certificates_;
    std::vector<const Certificate*> certificatesByOwner_;  // by (person, type)
    std::unordered_map<std::int64_t, Range> ownerRanges_;  // person → range of its certificates
    std::vector<const Requirement*> requirementsByPosition_;
    std::unordered_map<std::int64_t, Range> requirementRanges_;
    std::vector<const Assignment*> assignmentsByPerson_;
    std::unordered_map<std::int64_t, Range> assignmentRanges_;
    std::vector<const PersonSummary*> peopleSorted_;
    std::vector<const Position*> positionsSorted_;
    std::vector<const CertificateType*> typesSorted_;
};

}  // namespace tqm::cert
