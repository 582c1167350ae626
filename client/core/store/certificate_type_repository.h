// Certificate types (what a certificate certifies, who issues it, how long it lasts, when it is
// reviewed) and the requirements positions make of them. Every write is its own transaction, or
// part of the caller's WriteScope.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "cert/certificate_model.h"
#include "store/database.h"
#include "store/people_repository.h"
#include "store/store_refusal.h"

namespace tqm::store {

struct TypeUpsert {
    cert::CertificateType type;  // as stored, with its id
    UpsertOutcome outcome;       // updated_at moves only when a field really changed
};

class CertificateTypeRepository {
  public:
    explicit CertificateTypeRepository(Database& database) : db_(database) {}

    // Adds the type, or updates the one with the same code. The id in `type` is ignored.
    // Refused for an empty code, name or number pattern, a validity or review interval that is
    // not positive, negative days, or an exam that does not exist.
    Written<TypeUpsert> upsert(const cert::CertificateType& type);

    std::optional<cert::CertificateType> findByCode(std::string_view code);

    // Ordered by code.
    std::vector<cert::CertificateType> list();

    // Adds the requirement or replaces its level and days allowed.
    MaybeRefusal setRequirement(const cert::Requirement& requirement);

    // Whether there was such a requirement to remove.
    bool removeRequirement(std::int64_t positionId, std::int64_t certificateTypeId);

    // Ordered by position id, then type id.
    std::vector<cert::Requirement> requirements();

  private:
    Database& db_;
};

}  // namespace tqm::store
