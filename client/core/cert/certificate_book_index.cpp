#include "cert/certificate_book_index.h"

#include <algorithm>
#include <tuple>

namespace tqm::cert {

namespace {

template <typename T>
std::unordered_map<std::int64_t, std::size_t> indexById(const std::vector<T>& items) {
    std::unordered_map<std::int64_t, std::size_t> index;
    index.reserve(items.size());
    for (std::size_t at = 0; at < items.size(); ++at) index.emplace(items[at].id, at);
    return index;
}

template <typename T>
const T* lookUp(const std::unordered_map<std::int64_t, std::size_t>& index,
                const std::vector<T>& items, std::int64_t id) {
    const auto found = index.find(id);
    return found == index.end() ? nullptr : &items[found->second];
}

// Where each key's run begins and ends in `sorted`, which is sorted by that key.
template <typename T, typename Key>
std::unordered_map<std::int64_t, CertificateBookIndex::Range> runsOf(
    const std::vector<const T*>& sorted, Key key) {
    std::unordered_map<std::int64_t, CertificateBookIndex::Range> runs;
    for (std::size_t at = 0; at < sorted.size(); ++at)
        runs.try_emplace(key(*sorted[at]), CertificateBookIndex::Range{at, at}).first->second.end =
            at + 1;
    return runs;
}

template <typename T>
std::span<const T* const> runSpan(
    const std::vector<const T*>& sorted,
    const std::unordered_map<std::int64_t, CertificateBookIndex::Range>& runs, std::int64_t key) {
    const auto found = runs.find(key);
    if (found == runs.end()) return {};
    return {sorted.data() + found->second.begin, found->second.end - found->second.begin};
}

}  // namespace

CertificateBookIndex::CertificateBookIndex(const CertificateBook& book)
    : book_(book),
      people_(indexById(book.people)),
      positions_(indexById(book.positions)),
      types_(indexById(book.types)),
      certificates_(indexById(book.certificates)) {
    for (const Certificate& certificate : book.certificates)
        certificatesByOwner_.push_back(&certificate);
    std::stable_sort(certificatesByOwner_.begin(), certificatesByOwner_.end(),
                     [](const Certificate* a, const Certificate* b) {
                         return std::tie(a->personId, a->certificateTypeId) <
                                std::tie(b->personId, b->certificateTypeId);
                     });
    ownerRanges_ = runsOf(certificatesByOwner_, [](const Certificate& c) { return c.personId; });

    for (const Requirement& requirement : book.requirements)
        requirementsByPosition_.push_back(&requirement);
    const auto typeCode = [this](const Requirement* requirement) {
        const CertificateType* found = type(requirement->certificateTypeId);
        return found ? std::string_view(found->code) : std::string_view();
    };
    std::stable_sort(requirementsByPosition_.begin(), requirementsByPosition_.end(),
                     [&](const Requirement* a, const Requirement* b) {
                         if (a->positionId != b->positionId) return a->positionId < b->positionId;
                         return typeCode(a) < typeCode(b);
                     });
    requirementRanges_ =
        runsOf(requirementsByPosition_, [](const Requirement& r) { return r.positionId; });

    for (const Assignment& assignment : book.assignments)
        assignmentsByPerson_.push_back(&assignment);
    std::stable_sort(
        assignmentsByPerson_.begin(), assignmentsByPerson_.end(),
        [](const Assignment* a, const Assignment* b) { return a->personId < b->personId; });
    assignmentRanges_ =
        runsOf(assignmentsByPerson_, [](const Assignment& a) { return a.personId; });

    for (const PersonSummary& person : book.people) peopleSorted_.push_back(&person);
    std::sort(peopleSorted_.begin(), peopleSorted_.end(), [](const auto* a, const auto* b) {
        return std::tie(a->employeeNo, a->id) < std::tie(b->employeeNo, b->id);
    });
    for (const Position& position : book.positions) positionsSorted_.push_back(&position);
    std::sort(positionsSorted_.begin(), positionsSorted_.end(), [](const auto* a, const auto* b) {
        return std::tie(a->name, a->id) < std::tie(b->name, b->id);
    });
    for (const CertificateType& type : book.types) typesSorted_.push_back(&type);
    std::sort(typesSorted_.begin(), typesSorted_.end(), [](const auto* a, const auto* b) {
        return std::tie(a->code, a->id) < std::tie(b->code, b->id);
    });
}

const PersonSummary* CertificateBookIndex::person(std::int64_t id) const {
    return lookUp(people_, book_.people, id);
}
const Position* CertificateBookIndex::position(std::int64_t id) const {
    return lookUp(positions_, book_.positions, id);
}
const CertificateType* CertificateBookIndex::type(std::int64_t id) const {
    return lookUp(types_, book_.types, id);
}
const Certificate* CertificateBookIndex::certificate(std::int64_t id) const {
    return lookUp(certificates_, book_.certificates, id);
}

std::span<const Certificate* const> CertificateBookIndex::certificatesOf(
    std::int64_t personId, std::int64_t typeId) const {
    const auto owned = runSpan(certificatesByOwner_, ownerRanges_, personId);
    const auto from = std::partition_point(owned.begin(), owned.end(), [&](const Certificate* c) {
        return c->certificateTypeId < typeId;
    });
    const auto to = std::partition_point(
        from, owned.end(), [&](const Certificate* c) { return c->certificateTypeId == typeId; });
    return owned.subspan(static_cast<std::size_t>(from - owned.begin()),
                         static_cast<std::size_t>(to - from));
}

std::span<const Requirement* const> CertificateBookIndex::requirementsOf(
    std::int64_t positionId) const {
    return runSpan(requirementsByPosition_, requirementRanges_, positionId);
}

std::span<const Assignment* const> CertificateBookIndex::assignmentsOf(
    std::int64_t personId) const {
    return runSpan(assignmentsByPerson_, assignmentRanges_, personId);
}

}  // namespace tqm::cert
