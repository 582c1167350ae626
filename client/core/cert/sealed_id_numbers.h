// People's full ID numbers (身份证号) opened from their sealed form with the workstation's seal
// key: the one way every full-ID export (the certificate register, the training reports) reads
// them. Callers check the organizer password before they make one of these.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "admin/key_material.h"
#include "store/database.h"
#include "store/id_number_repository.h"

namespace tqm::cert {

// Opens each person's number once; remembers why the first one that does not open did not.
class SealedIdNumbers {
  public:
    SealedIdNumbers(store::Database& database, const admin::SealKey& key)
        : repository_(database), key_(key) {}

    // The full number, "" when none is on record or it does not open (then unreadable() says
    // why). `employeeNo` names the person in that message.
    std::string full(std::int64_t personId, std::string_view employeeNo);

    // The English message of the problem "id-number-unreadable", once a number did not open.
    const std::optional<std::string>& unreadable() const { return unreadable_; }

  private:
    store::IdNumberRepository repository_;
    const admin::SealKey& key_;
    std::map<std::int64_t, std::string> opened_;
    std::optional<std::string> unreadable_;
};

}  // namespace tqm::cert
